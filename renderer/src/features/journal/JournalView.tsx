export function JournalView() {
  return (
    <section aria-labelledby="journal-title">
      <h1 id="journal-title">Journal</h1>
    </section>
  )
}
