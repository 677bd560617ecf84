// Guided mindfulness steps: a button starts them, each step is announced to screen readers,
// and the remaining time is shown as text (no animation, so reduced-motion users see the same).
(function () {
  if (window.upstanderMindfulness) return;
  window.upstanderMindfulness = true;
  function run(section) {
    var steps = Array.prototype.slice.call(section.querySelectorAll("li[data-seconds]"));
    var status = section.querySelector("[data-mindfulness-status]");
    var button = section.querySelector("[data-mindfulness-start]");
    var index = 0, left = 0, timer = null;
    function show() {
      steps.forEach(function (li, i) { li.toggleAttribute("aria-current", i === index); });
      status.textContent = "Step " + (index + 1) + " of " + steps.length + ": " +
        steps[index].firstChild.textContent.trim() + " (" + left + " seconds left)";
    }
    function tick() {
      left -= 1;
      if (left > 0) { show(); return; }
      index += 1;
      if (index >= steps.length) { stop("Well done. You finished the exercise."); return; }
      left = parseInt(steps[index].dataset.seconds, 10); show();
    }
    function stop(message) {
      clearInterval(timer); timer = null; status.textContent = message;
      steps.forEach(function (li) { li.removeAttribute("aria-current"); });
      button.textContent = "Start the guided exercise";
    }
    button.addEventListener("click", function () {
      if (timer) { stop("Paused. Press start to begin again."); return; }
      index = 0; left = parseInt(steps[0].dataset.seconds, 10); show();
      button.textContent = "Stop";
      timer = setInterval(tick, 1000);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-mindfulness]").forEach(run);
  });
})();
