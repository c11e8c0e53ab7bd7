import './ValuePropExamples.css';
// Worked examples, each loaded as a new draft in one click; a before-and-after example loads either version.
import type { ExampleView } from '../lib/value-prop/page-content';

/** What loading needs: the draft's name and its fields. */
export type LoadableExample = Pick<ExampleView, 'draftName' | 'fields'>;

interface Props {
  examples: readonly ExampleView[];
  onLoad: (example: LoadableExample) => void;
}

export default function ValuePropExamples({ examples, onLoad }: Props) {
  return (
    <section id="vp-examples" className="vp-examples-section no-print" aria-labelledby="vp-examples-title">
      <h2 id="vp-examples-title">Start from a worked example</h2>
      <p className="vp-section-intro">
        Each example opens as a new draft, so you can change it freely. Your own drafts stay as they are.
      </p>
      <ul className="vp-example-list">
        {examples.map(({ before, ...example }) => (
          <li key={example.id} className="card vp-example">
            <h3>{example.title}</h3>
            <p>{example.summary}</p>
            <p className="vp-notice-what">
              <strong>What to notice: </strong>
              {example.notice}
            </p>
            {before && (
              <p className="vp-notice-what">
                <strong>Before and after: </strong>
                {before.note}
              </p>
            )}
            <button type="button" className="button secondary" onClick={() => onLoad(example)}>
              Load this example<span className="visually-hidden">: {example.title}</span>
            </button>
            {before && (
              <button type="button" className="button secondary" onClick={() => onLoad(before)}>
                Load the before version<span className="visually-hidden">: {example.title}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
