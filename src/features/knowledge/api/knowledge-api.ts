export const KNOWLEDGE_API = '/api/knowledge/v1';
