// The path of the request being served, for the audit log's record of a refused request
// (access-denied.ts). proxy.ts sees every request and hands its path on in this header, set on
// every request it passes, so a value sent by the client never arrives; pages, form actions and
// route handlers read it through headers(). Outside a request (tests, jobs) there is none.
// Without imports: the proxy imports it too.
export const requestPathHeader = 'x-ortsbild-path';
