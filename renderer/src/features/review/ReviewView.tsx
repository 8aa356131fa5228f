export function ReviewView() {
  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">Review</h1>
    </section>
  )
}
