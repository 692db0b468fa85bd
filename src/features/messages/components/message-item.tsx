import { useId } from 'react';
import { Badge, Button } from '@/components';
import type { Message } from '../api/schemas';
import { typeLabel } from '../lib/attachments';
import { downloadAttachment } from '../lib/download';
import { formatBytes } from '../lib/file-types';
import { formatDateTime } from '@/lib/format';
import { STATUS_TEXT, STATUS_VARIANT } from '../lib/status';

/** One message of a conversation. The text is plain text and stays plain text. */
export function MessageItem({ message }: { message: Message }) {
  const headingId = useId();
  const outbound = message.direction === 'outbound';
  return (
    <article
      className={`sdk-message ${outbound ? 'sdk-message--outbound' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="sdk-message__header">
        <h3 id={headingId} className="sdk-message__from">
          {outbound ? 'Skickat från' : 'Från'} {message.sender.mailboxName},{' '}
          {message.sender.organisationName}
        </h3>
        <p className="sdk-muted">
          <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
          {message.sentBy && ` · ${message.sentBy.name}, ${message.sentBy.title}`} · Till{' '}
          {message.recipient.mailboxName}
        </p>
        <p className="cluster">
          {outbound && (
            <Badge variant={STATUS_VARIANT[message.deliveryStatus]}>
              Status: {STATUS_TEXT[message.deliveryStatus].toLowerCase()}
            </Badge>
          )}
          {message.confidentiality === 'confidential' && (
            <Badge variant="warning">Sekretessmarkerat</Badge>
          )}
        </p>
      </header>
      <p className="sdk-message__label">
        <span className="visually-hidden">Rubrik: </span>
        {message.label}
      </p>
      <div className="sdk-message__body">{message.documents.body}</div>
      {message.documents.attachments.length > 0 && (
        <ul className="sdk-files" aria-label="Bilagor">
          {message.documents.attachments.map((file, index) => (
            <li key={`${file.fileName}-${index}`}>
              <Button variant="secondary" size="sm" onClick={() => downloadAttachment(file)}>
                Ladda ner {file.fileName}
              </Button>{' '}
              <span className="sdk-muted">
                ({typeLabel(file.contentType)}, {formatBytes(file.size)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
