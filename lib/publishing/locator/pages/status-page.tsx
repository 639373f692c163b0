/** @jsxImportSource preact */

/** A public page that only says something: not found, too many requests. */
export function StatusPage({ heading, message }: { heading: string; message: string }) {
  return (
    <main class="wrap">
      <h1>{heading}</h1>
      <p>{message}</p>
    </main>
  );
}
