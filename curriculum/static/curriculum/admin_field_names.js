// Names the editing controls Wagtail's admin leaves without an accessible name, from the labels
// Wagtail itself shows, so a screen reader announces each one (axe: `label`,
// `aria-input-field-name`). Three kinds exist on a lesson's edit form: the Draftail rich-text
// box (its label points at a hidden input), the tag field's typing box (made by the tag-it
// plugin), and the items of a list block such as an activity's steps (Wagtail labels the list,
// not its items). Blocks added later are named as they appear.
(() => {
  "use strict";

  const CONTROLS = "input:not([type=hidden]), textarea, select, [role=textbox][contenteditable]";
  let counter = 0;

  const hasName = (el) =>
    el.hasAttribute("aria-label") ||
    el.hasAttribute("aria-labelledby") ||
    (el.labels && el.labels.length > 0) ||
    el.closest("label") !== null;

  const idOf = (el) => {
    if (!el.id) el.id = `upstander-name-${++counter}`;
    return el.id;
  };

  const text = (el) => (el ? el.textContent.replace(/\*/g, "").replace(/\s+/g, " ").trim() : "");

  // The label Wagtail shows for this field, found through the field's own input.
  const fieldLabel = (control) => {
    const field = control.closest("[data-field]");
    if (!field) return null;
    for (const input of field.querySelectorAll("input[id], textarea[id], select[id]")) {
      if (input === control) continue;
      const label = document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
      if (label && text(label)) return label;
    }
    return null;
  };

  // An item of a list block (an activity's steps): the list's label and the item's place.
  const listItemName = (control) => {
    const item = control.closest("[data-streamfield-child]");
    const list = item && item.parentElement;
    if (!list || !list.matches("[data-streamfield-list-container]")) return "";
    const place = [...list.children].filter((c) => c.matches("[data-streamfield-child]"));
    for (let el = list.parentElement; el && !el.matches("section.w-panel"); el = el.parentElement) {
      const label = el.querySelector(":scope > label");
      if (label && text(label)) return `${text(label)} ${place.indexOf(item) + 1}`;
    }
    return "";
  };

  // A block of the stream (a rich-text block): the heading Wagtail gives the block's panel.
  const blockHeading = (control) => {
    const panel = control.closest("section.w-panel");
    return panel && panel.querySelector(":scope > .w-panel__header [data-panel-heading]");
  };

  const name = (root) => {
    for (const control of root.querySelectorAll(CONTROLS)) {
      if (hasName(control)) continue;
      const label = fieldLabel(control);
      if (label) {
        control.setAttribute("aria-labelledby", idOf(label));
        continue;
      }
      const inList = listItemName(control);
      if (inList) {
        control.setAttribute("aria-label", inList);
        continue;
      }
      const heading = blockHeading(control);
      if (heading && text(heading)) control.setAttribute("aria-labelledby", idOf(heading));
    }
  };

  const start = () => {
    name(document);
    let pending = false;
    new MutationObserver(() => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        name(document);
      });
    }).observe(document.body, { childList: true, subtree: true });
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
