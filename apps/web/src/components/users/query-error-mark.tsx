/** The query as it was run, with the part the error names underlined. */
import type { QueryErrorPosition } from "../../lib/client-error";
import { splitAtRange } from "../../lib/query-suggestion";

export function QueryErrorMark(props: { text: string; position: QueryErrorPosition }) {
  const parts = () => splitAtRange(props.text, props.position.start, props.position.end);
  return (
    <div class="query-error-mark" aria-hidden="true">
      <code>
        {parts().before}
        <mark>{parts().marked || " "}</mark>
        {parts().after}
      </code>
    </div>
  );
}
