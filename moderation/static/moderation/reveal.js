// "Reveal" without leaving the page: POST (audited), then unblur in place. Without JavaScript the
// same form posts and the page comes back with the text shown.
document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form[data-moderation-reveal]");
  if (!form) return;
  event.preventDefault();
  const response = await fetch(form.action, {
    method: "POST",
    body: new FormData(form),
    headers: { Accept: "application/json" },
    credentials: "same-origin",
  });
  if (!response.ok) { form.submit(); return; }
  const target = document.getElementById(form.dataset.moderationReveal);
  if (target) {
    target.classList.remove("moderation-blurred");
    target.removeAttribute("aria-hidden");
    target.setAttribute("tabindex", "-1");
    target.focus();
  }
  form.hidden = true;
});
