/* Read-aloud: a "Read aloud" button on each block of lesson or guide text, spoken by the
   browser's own speech synthesis (window.speechSynthesis) with a voice installed on the
   device (`localService`): some browsers also offer voices that send the text to a server,
   and those are never used, so nothing a student reads leaves their device. Without the API,
   or without a local voice for the page's language, there are no buttons at all. Where the browser reports word
   boundaries and supports the CSS Custom Highlight API, the word being spoken is highlighted
   (without changing the page's markup, so nothing a screen reader reads moves). */
(function () {
  "use strict";
  if (!("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") {
    return;
  }
  // The button's words are the page's (its chrome's language, translated in base.html), not
  // the block's: an English lesson read in a Spanish course says "Escuchar".
  var script = document.currentScript;
  var LABEL = (script && script.dataset.label) || "Read aloud";
  var STOP = (script && script.dataset.stop) || "Stop reading";
  var TARGETS = "[data-read-aloud], main .block";
  var SKIP = "button, script, style, input, select, textarea, [aria-hidden='true'], .visually-hidden, .read-aloud, .print-only";
  var highlights = window.CSS && CSS.highlights && typeof window.Highlight === "function" ? CSS.highlights : null;
  var current = null; // {button, element}

  function languageOf(element) {
    var holder = element.closest("[lang]") || document.documentElement;
    return (holder.getAttribute("lang") || "en").toLowerCase();
  }

  function localVoice(lang) {
    // The device's own voice for this language: an exact match first, then the same language.
    var voices = window.speechSynthesis.getVoices().filter(function (v) { return v.localService; });
    var base = lang.split("-")[0];
    return voices.filter(function (v) { return v.lang.toLowerCase() === lang; })[0] ||
      voices.filter(function (v) { return v.lang.toLowerCase().split(/[-_]/)[0] === base; })[0] ||
      null;
  }

  function textMap(element) {
    // Every visible text node in order, with where it starts in the spoken string.
    var parts = [], text = "";
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentElement;
        if (!node.nodeValue.trim() || (parent && parent.closest(SKIP))) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (text && !/\s$/.test(text)) { text += " "; }
      parts.push({ node: node, start: text.length });
      text += node.nodeValue;
    }
    return { text: text, parts: parts };
  }

  function rangeAt(map, index, length) {
    for (var i = map.parts.length - 1; i >= 0; i--) {
      var part = map.parts[i];
      if (index >= part.start) {
        var offset = index - part.start;
        var end = Math.min(offset + length, part.node.nodeValue.length);
        if (offset >= part.node.nodeValue.length) { return null; }
        var range = document.createRange();
        range.setStart(part.node, offset);
        range.setEnd(part.node, end);
        return range;
      }
    }
    return null;
  }

  function clearHighlight() {
    if (highlights) { highlights.delete("read-aloud"); }
  }

  function stop() {
    window.speechSynthesis.cancel();
    clearHighlight();
    if (current) {
      current.button.classList.remove("is-speaking");
      current.button.querySelector("span").textContent = current.button.dataset.label;
      current.element.classList.remove("is-reading");
      current = null;
    }
  }

  function speak(button, element) {
    stop();
    var map = textMap(element);
    if (!map.text.trim()) { return; }
    var voice = localVoice(languageOf(element));
    if (!voice) { return; }
    var utterance = new SpeechSynthesisUtterance(map.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = document.body.classList.contains("band-K-2") ? 0.85 : 1;
    utterance.onboundary = function (event) {
      if (!highlights || event.name !== "word") { return; }
      var length = event.charLength || (/^\S+/.exec(map.text.slice(event.charIndex)) || [""])[0].length;
      var range = rangeAt(map, event.charIndex, length);
      if (range) { highlights.set("read-aloud", new Highlight(range)); }
    };
    utterance.onend = utterance.onerror = function () {
      if (current && current.button === button) { stop(); }
    };
    current = { button: button, element: element };
    // The label itself says what a press will do next ("Stop reading"); no aria-pressed, which
    // would contradict a label that changes.
    button.classList.add("is-speaking");
    button.querySelector("span").textContent = button.dataset.stop;
    element.classList.add("is-reading");
    window.speechSynthesis.speak(utterance);
  }

  function addButton(element, icon) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "read-aloud";
    // Inside a block marked with its own language: say which language the label is in.
    button.lang = document.documentElement.lang || "en";
    button.dataset.label = LABEL;
    button.dataset.stop = STOP;
    button.innerHTML = icon + "<span></span>";
    button.querySelector("span").textContent = button.dataset.label;
    button.addEventListener("click", function () {
      if (current && current.button === button) { stop(); } else { speak(button, element); }
    });
    element.insertBefore(button, element.firstChild);
  }

  function start() {
    if (started) { return; }
    started = true;
    var icon = '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M4 9v6h4l5 4V5L8 9z"/><path d="M16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11"/></svg>';
    document.querySelectorAll(TARGETS).forEach(function (element) {
      if (!element.querySelector(".read-aloud") && localVoice(languageOf(element)) && textMap(element).text.trim()) {
        addButton(element, icon);
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && current) { stop(); }
    });
    window.addEventListener("pagehide", stop);
  }

  var started = false;
  function whenVoicesKnown() {
    // Browsers load their voice list lazily: wait for it, once.
    if (window.speechSynthesis.getVoices().length) {
      start();
    } else {
      window.speechSynthesis.addEventListener("voiceschanged", start, { once: true });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", whenVoicesKnown);
  } else {
    whenVoicesKnown();
  }
})();
