// A "Copy" button beside each address an LMS administrator pastes into their LMS
// (lti/admin/copy_address.html): one listener for every such button on the page.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-upstander-copy]");
  if (!button) return;
  const code = document.getElementById(button.dataset.upstanderCopy);
  const status = button.parentElement.querySelector(".upstander-copy__status");
  const say = (copied) => {
    // Only the address last copied says so: two "Copied" at once would leave the reader unsure.
    document.querySelectorAll(".upstander-copy__status").forEach((s) => { s.textContent = ""; });
    status.textContent = copied ? status.dataset.copied : status.dataset.copyYourself;
  };
  // The Clipboard API needs a secure context (https, or 127.0.0.1 as in `make demo`); over
  // plain http to a school's own host name, the selected text and the older copy command work.
  const selectAndCopy = () => {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try { return document.execCommand("copy"); } catch { return false; }
  };
  const text = code.textContent.trim();
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(() => say(true), () => say(selectAndCopy()));
  } else {
    say(selectAndCopy());
  }
});
