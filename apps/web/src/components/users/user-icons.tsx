/** Icons the Users pages need beyond the kit's, in the same 16 px line style. */
export const EditIcon = () => (
  <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
    <path d="M10.5 2.5 13.5 5.5 6 13H3v-3l7.5-7.5Z" />
    <path d="m9 4 3 3" />
  </svg>
);
