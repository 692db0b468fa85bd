/** Another tab of the same browser, listening and speaking on the app's session channel. */
export function otherTab() {
  const heard: unknown[] = [];
  const channel = new BroadcastChannel('vardpersonal.session');
  channel.onmessage = (event: MessageEvent) => heard.push(event.data);
  return {
    heard,
    post: (message: unknown) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
