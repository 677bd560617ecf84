// What a student has chosen or written in a lesson form, kept until the form is sent, so that a
// reload (an LMS frame that stalled, F5) or a Back loses nothing.
// - `<form data-draft="local">` (the quiz): the choices are kept in localStorage, so they are
//   still chosen the next day in the same browser. They are the try's choice codes, which tell
//   nobody anything.
// - `<form data-draft="session">` (reflections, posts): the words are kept in sessionStorage,
//   for this tab only: a student's words are never left behind on a shared computer.
// A box is filled back only while it still shows what the server put in it (empty, or the
// last saved reflection), and a question only while nothing in it is chosen: what the server
// gives back after a refused send always wins. Sending the form forgets its draft.
(function () {
  "use strict";
  var PREFIX = "upstander-draft:" + location.pathname + "#";

  function storageFor(kind) {
    try {
      var storage = kind === "local" ? window.localStorage : window.sessionStorage;
      storage.setItem(PREFIX, "");
      storage.removeItem(PREFIX);
      return storage;
    } catch (e) {
      return null; // storage blocked (a strict browser in the LMS frame): nothing is kept
    }
  }

  function read(storage, key) {
    try {
      return JSON.parse(storage.getItem(key) || "null");
    } catch (e) {
      return null;
    }
  }

  function keep(form, storage) {
    var boxes = Array.prototype.slice.call(form.querySelectorAll("textarea[id]"));
    var radios = Array.prototype.slice.call(form.querySelectorAll("input[type=radio][name]"));

    boxes.forEach(function (box) {
      var draft = read(storage, PREFIX + box.id);
      if (draft && draft.base === box.defaultValue && box.value === box.defaultValue) {
        box.value = draft.text;
        var details = box.closest("details");
        if (details) details.open = true;
      }
    });
    var groups = {};
    radios.forEach(function (radio) {
      groups[radio.name] = groups[radio.name] || radio.form.querySelector(
        "input[type=radio][name='" + radio.name + "']:checked"
      ) !== null;
    });
    radios.forEach(function (radio) {
      if (!groups[radio.name] && read(storage, PREFIX + radio.name) === radio.value) {
        radio.checked = true;
      }
    });

    function save(event) {
      var field = event.target;
      try {
        if (field.matches("textarea[id]")) {
          if (field.value === field.defaultValue) storage.removeItem(PREFIX + field.id);
          else storage.setItem(
            PREFIX + field.id, JSON.stringify({ base: field.defaultValue, text: field.value })
          );
        } else if (field.matches("input[type=radio][name]") && field.checked) {
          storage.setItem(PREFIX + field.name, JSON.stringify(field.value));
        }
      } catch (e) {
        // storage full: the form still works, only the draft is not kept
      }
    }
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    form.addEventListener("submit", function () {
      boxes.forEach(function (box) { storage.removeItem(PREFIX + box.id); });
      radios.forEach(function (radio) { storage.removeItem(PREFIX + radio.name); });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-draft]"), function (form) {
    var storage = storageFor(form.getAttribute("data-draft"));
    if (storage) keep(form, storage);
  });
})();
