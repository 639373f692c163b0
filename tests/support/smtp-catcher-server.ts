// The SMTP catcher as a process of its own, for the browser tests (a Playwright webServer): the app
// sends to SMTP_PORT; tests read the mails from
//   GET http://127.0.0.1:MAIL_API_PORT/messages?to=<address>   (JSON, newest first)
// Run: SMTP_PORT=2525 MAIL_API_PORT=2580 node --import tsx tests/support/smtp-catcher-server.ts
import http from 'node:http';
import { startSmtpCatcher, type CaughtMail } from './smtp-catcher';

const smtpPort = Number(process.env.SMTP_PORT ?? 2525);
const apiPort = Number(process.env.MAIL_API_PORT ?? 2580);

const catcher = await startSmtpCatcher({ port: smtpPort });

function asJson(mail: CaughtMail) {
  return { to: mail.to, subject: mail.subject, text: mail.text, receivedAt: mail.receivedAt.toISOString() };
}

const api = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method !== 'GET' || url.pathname !== '/messages') {
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    return;
  }
  const to = url.searchParams.get('to');
  const found = to ? catcher.messagesTo(to) : [...catcher.messages].reverse();
  response
    .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(found.map(asJson)));
});
await new Promise<void>((resolve) => api.listen(apiPort, '127.0.0.1', resolve));
console.info(`SMTP catcher: ${catcher.url}; mails at http://127.0.0.1:${apiPort}/messages?to=<address>`);

async function stop() {
  api.close();
  api.closeAllConnections();
  await catcher.stop();
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
