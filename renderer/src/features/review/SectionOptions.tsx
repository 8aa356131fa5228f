// Share-safe switch, readiness figures and the sections to include in the export.
import { REVIEW_SECTIONS, SECTION_TITLES } from '../../../../shared/review'
import { useReviewUi } from './reviewSlice'

export function SectionOptions() {
  const { shareSafe, showScores, sections, setShareSafe, setShowScores, toggleSection } =
    useReviewUi()
  return (
    <fieldset className="review-options">
      <legend>Contents</legend>
      <label className="review-switch">
        <input
          type="checkbox"
          role="switch"
          checked={shareSafe}
          aria-describedby="share-safe-hint"
          onChange={(e) => setShareSafe(e.target.checked)}
        />
        Share-safe
      </label>
      <p id="share-safe-hint" className={shareSafe ? 'hint' : 'hint review-warning'}>
        {shareSafe
          ? 'Names are replaced by role and level everywhere, also inside notes and quotes.'
          : 'Names are shown. Keep this export to yourself.'}
      </p>
      <label className="review-check">
        <input
          type="checkbox"
          checked={showScores}
          aria-describedby="show-scores-hint"
          onChange={(e) => setShowScores(e.target.checked)}
        />
        Show readiness figures
      </label>
      <p id="show-scores-hint" className="hint">
        {showScores
          ? 'Scores, bands and weights are printed beside the evidence.'
          : 'The review shows your evidence, not the app’s scores.'}
      </p>
      <ul className="review-sections" aria-label="Sections to include">
        {REVIEW_SECTIONS.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                checked={sections.includes(id)}
                onChange={(e) => toggleSection(id, e.target.checked)}
              />
              {SECTION_TITLES[id]}
            </label>
            {id === 'log' && (
              <span className="hint review-section-hint">Every entry, with its notes.</span>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
