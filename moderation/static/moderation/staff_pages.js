// The flags queue and the case page hold no word of a post until the reviewer asks for it.
// "Reveal text" POSTs (CSRF-protected, audited on the server) and the answer carries the text,
// put in place here. Without script the same form posts and the case page comes back with the
// text shown. A page that was shown tells the server so by POST (form[data-moderation-viewed]):
// a plain GET of these pages, from anywhere, changes nothing.
document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form[data-moderation-reveal]");
  if (!form) return;
  event.preventDefault();
  let data;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) throw new Error(String(response.status));
    data = await response.json();
  } catch (error) {
    form.submit();
    return;
  }
  const target = document.getElementById(form.dataset.moderationReveal);
  if (target) {
    if (form.dataset.moderationPart === "snippet") {
      target.textContent = data.snippet;
    } else {
      target.innerHTML = data.html; // rendered and escaped by the server's template
    }
    target.hidden = false;
    target.setAttribute("tabindex", "-1");
    target.focus();
  }
  form.hidden = true;
});

function tellTheServerThePageWasShown() {
  for (const form of document.querySelectorAll("form[data-moderation-viewed]")) {
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin" });
  }
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", tellTheServerThePageWasShown);
} else {
  tellTheServerThePageWasShown();
}
