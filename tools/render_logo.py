"""Render upstander/static/img/logo.svg to the PNGs an LMS shows (registration's logo_uri).

    .venv/bin/python tools/render_logo.py

Chromium from the OS draws the SVG on a transparent page (Playwright for Python, the test
extra); nothing is downloaded. Re-run after editing the SVG and commit the PNGs with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

IMG = Path(__file__).resolve().parents[1] / "upstander" / "static" / "img"
SIZES = {"logo.png": 512, "logo-64.png": 64}
CHROMIUM = "/usr/bin/chromium"


def render() -> None:
    svg = (IMG / "logo.svg").read_text()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for name, size in SIZES.items():
            page = browser.new_page(viewport={"width": size, "height": size})
            page.set_content(
                "<!DOCTYPE html><html><head><style>html,body{margin:0;background:transparent}"
                f"svg{{display:block;width:{size}px;height:{size}px}}</style></head>"
                f"<body>{svg}</body></html>"
            )
            page.screenshot(path=str(IMG / name), omit_background=True)
            page.close()
            print(f"{IMG / name}: {size}x{size}")
        browser.close()


if __name__ == "__main__":
    sys.exit(render())
