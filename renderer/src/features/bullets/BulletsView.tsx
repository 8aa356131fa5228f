export function BulletsView() {
  return (
    <section aria-labelledby="bullets-title">
      <h1 id="bullets-title">Bullets</h1>
    </section>
  )
}
