export function ReadinessView() {
  return (
    <section aria-labelledby="readiness-title">
      <h1 id="readiness-title">Readiness</h1>
    </section>
  )
}
