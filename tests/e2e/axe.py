"""axe-core in the browser journeys: WCAG 2.2 AA, no network.

axe-core 4.12.1 comes bundled in the PyPI package `axe-playwright-python` (pinned in
pyproject.toml; the script carries its MPL-2.0 licence header). We inject it into every frame
of the page ourselves, so a lesson shown inside the demo LMS's iframe is audited with the page
around it, then run it from the top frame and keep what is serious or critical.

A finding inside Wagtail's own admin markup that our hooks cannot reach is excluded by its
exact rule and selector in `WAGTAIL_OWN`, each with the reason; nothing is excluded blanket.
"""

from __future__ import annotations

from dataclasses import dataclass

from axe_playwright_python.base import AXE_SCRIPT

from tests.e2e.conftest import PHONE, scroll_width

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = ("serious", "critical")


@dataclass(frozen=True, slots=True)
class Exclusion:
    rule: str
    selector: str  # CSS the offending element matches
    why: str


# Findings in markup only Wagtail writes, which no hook, panel or widget of ours reaches.
WAGTAIL_OWN: tuple[Exclusion, ...] = (
    Exclusion(
        "scrollable-region-focusable",
        ".w-minimap__list",
        "Wagtail's minimap (the edit form's outline in the side panel): while it is collapsed,"
        " Wagtail itself gives its links tabindex=-1; its toggle button is in the tab order (and"
        " on the ']' key) and opens it with its links focusable, and every section it lists is"
        " reached by keyboard in the form itself.",
    ),
)

RUN = """
async ([tags, exclusions]) => {
  const results = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  const excluded = (rule, target) => {
    if (target.length !== 1) return false;  // inside a frame: never excluded
    const element = document.querySelector(target[0]);
    return element !== null && exclusions.some(
      ([r, selector]) => r === rule && element.matches(selector));
  };
  return results.violations.map((v) => ({
    rule: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.filter((n) => !excluded(v.id, n.target)).map((n) => ({
      target: n.target.join(" >>> "),
      html: n.html.slice(0, 160),
      why: n.failureSummary || "",
    })),
  })).filter((v) => v.nodes.length > 0);
}
"""


def inject(page) -> None:
    for frame in page.frames:
        if not frame.is_detached():
            frame.evaluate(AXE_SCRIPT)


def violations(page, exclusions: tuple[Exclusion, ...] = ()) -> list[dict]:
    """Every serious or critical WCAG 2.2 AA finding on the page as it is now."""
    inject(page)
    found = page.evaluate(RUN, [WCAG_22_AA, [[e.rule, e.selector] for e in exclusions]])
    return [v for v in found if v["impact"] in BLOCKING]


def report(found: list[dict]) -> str:
    lines = []
    for v in found:
        lines.append(f"- {v['rule']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:8]:
            lines.append(f"    {node['target']}: {node['html']}")
            for reason in node["why"].splitlines()[1:3]:
                lines.append(f"      {reason.strip()}")
    return "\n".join(lines)


# Fades and slide-ins finished: axe reads colours as they are, and half-way through Wagtail's
# message fade-in a green notice is lighter than the one a person reads. Loops and long
# attention pings (Wagtail's badge pings 5 x 5 s) are decoration, not a state to wait for.
SETTLED = """() => document.getAnimations().every((a) => a.playState !== "running"
  || a.effect.getComputedTiming().activeDuration > 2000)"""


def assert_accessible(page, what: str, exclusions: tuple[Exclusion, ...] = ()) -> None:
    """axe finds nothing serious or critical, and at phone width nothing scrolls sideways."""
    page.wait_for_load_state("load")
    page.wait_for_function(SETTLED, timeout=10_000)
    found = violations(page, exclusions)
    assert not found, f"axe on {what} ({page.url}):\n{report(found)}"
    viewport = page.viewport_size or {}
    if viewport.get("width") == PHONE["width"]:
        width = scroll_width(page)
        assert width <= PHONE["width"], f"{what} ({page.url}) is {width} px wide at 390 px"
