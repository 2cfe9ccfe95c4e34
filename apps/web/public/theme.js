/*
 * Runs before the first paint (a blocking classic script in index.html's head; the CSP allows
 * scripts from this origin only, not inline ones): applies the theme chosen in the user menu, so
 * that a dark console never flashes light. lib/theme.ts writes the same key and keeps it live.
 */
try {
  var choice = localStorage.getItem("roster.theme");
  document.documentElement.dataset.theme = choice === "light" || choice === "dark" ? choice : "system";
} catch (error) {
  document.documentElement.dataset.theme = "system";
}
