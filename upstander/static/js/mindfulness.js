// Guided mindfulness steps with a timer that needs no mouse.
// - Start, pause, resume and skip are real buttons, so Tab, Enter and Space work everywhere;
//   Escape pauses while focus is inside the exercise.
// - Screen readers hear each new step once (a polite live region), not a tick every second:
//   the seconds left are shown in a separate, silent element.
// - The breathing circle only moves when the user has not asked for reduced motion; with
//   reduced motion it stays still and the text says everything.
// - When the last step ends, focus moves to the lesson's "I have finished" button, if any.
(function () {
  if (window.upstanderMindfulness) return;
  window.upstanderMindfulness = true;
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");

  function run(section) {
    var steps = Array.prototype.slice.call(section.querySelectorAll("li[data-seconds]"));
    var status = section.querySelector("[data-mindfulness-status]");
    var start = section.querySelector("[data-mindfulness-start]");
    if (!steps.length || !status || !start) return;
    var index = 0, left = 0, timer = null, started = false;
    // The words come from the page (data-say-*), in the reader's language; English otherwise.
    function say(name, english, values) {
      var words = section.getAttribute("data-say-" + name) || english;
      Object.keys(values || {}).forEach(function (key) { words = words.split("{" + key + "}").join(values[key]); });
      return words;
    }

    var skip = document.createElement("button");
    skip.type = "button";
    skip.textContent = say("skip", "Skip to the next step");
    skip.hidden = true;
    start.insertAdjacentElement("afterend", skip);
    start.insertAdjacentText("afterend", " ");
    var clock = document.createElement("p");
    clock.className = "mindfulness__clock";
    status.insertAdjacentElement("afterend", clock);
    var breath = document.createElement("div");
    breath.className = "mindfulness__breath";
    breath.setAttribute("aria-hidden", "true");
    clock.insertAdjacentElement("afterend", breath);

    function text(li) { return li.firstChild.textContent.trim(); }
    function announce() {
      steps.forEach(function (li, i) {
        if (i === index) li.setAttribute("aria-current", "step"); else li.removeAttribute("aria-current");
      });
      status.textContent = say("step", "Step {n} of {total}:", { n: index + 1, total: steps.length }) + " " + text(steps[index]);
      showClock();
    }
    function showClock() {
      clock.textContent = left === 1 ? say("second-left", "{n} second left", { n: left }) : say("seconds-left", "{n} seconds left", { n: left });
    }
    function moving(on) {
      section.classList.toggle("is-running", on && !(reduceMotion && reduceMotion.matches));
    }
    function goTo(i) {
      index = i;
      if (index >= steps.length) { finish(); return; }
      left = parseInt(steps[index].dataset.seconds, 10);
      announce();
    }
    function tick() {
      left -= 1;
      if (left > 0) { showClock(); return; }
      goTo(index + 1);
    }
    function play() {
      timer = setInterval(tick, 1000);
      start.textContent = say("pause", "Pause");
      skip.hidden = false;
      moving(true);
    }
    function pause(message) {
      clearInterval(timer); timer = null;
      moving(false);
      start.textContent = say("resume", "Resume");
      status.textContent = message;
    }
    function finish() {
      clearInterval(timer); timer = null; started = false;
      moving(false);
      steps.forEach(function (li) { li.removeAttribute("aria-current"); });
      status.textContent = say("finished", "Well done. You finished the exercise.");
      clock.textContent = "";
      start.textContent = say("again", "Start the guided exercise again");
      skip.hidden = true;
      var done = document.querySelector("[data-mindfulness-done]");
      if (done) done.focus();
    }

    start.addEventListener("click", function () {
      if (timer) { pause(say("paused", "Paused on step {n}. Press Resume to carry on.", { n: index + 1 })); return; }
      if (!started) { started = true; goTo(0); } else { announce(); }
      play();
    });
    skip.addEventListener("click", function () {
      if (!started) return;  // nothing to skip before the exercise starts
      goTo(index + 1);
    });
    section.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && timer) {
        event.preventDefault();
        pause(say("paused", "Paused on step {n}. Press Resume to carry on.", { n: index + 1 }));
        start.focus();
      }
    });
  }

  function init() { document.querySelectorAll("[data-mindfulness]").forEach(run); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
