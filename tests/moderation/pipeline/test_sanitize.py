"""HTML is reduced to a small allow-list, and the scan reads exactly what a person would see."""

import time

import pytest

from moderation.scanning.sanitize import clean_html, plain_text, stored_text, visible_text


def test_it_keeps_only_paragraphs_lists_emphasis_and_links():
    html = (
        '<p class="x" style="color:red">Hi <strong>you</strong> <em>all</em></p>'
        "<ul><li>one</li></ul><h1>Title</h1><div>block</div><span>inline</span>"
    )
    assert clean_html(html) == (
        "<p>Hi <strong>you</strong> <em>all</em></p><ul><li>one</li></ul>\nTitle\n\nblock\ninline"
    )


def test_links_keep_only_href_and_get_nofollow_noopener():
    html = '<a href="https://example.org/x" onclick="steal()" target="_blank" title="t">site</a>'
    assert clean_html(html) == ('<a href="https://example.org/x" rel="nofollow noopener">site</a>')


def test_javascript_links_lose_their_href():
    assert clean_html('<a href="javascript:alert(1)">x</a>') == '<a rel="nofollow noopener">x</a>'


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert('kys')</script>ok",
        "<SCRIPT type=module>alert(1)</SCRIPT>ok",
        "<style>body{display:none}</style>ok",
        "<iframe src=x>alert(1)</iframe>ok",
        "<img src=x onerror=alert(1)>ok",
        "<svg onload=alert(1)><script>alert(1)</script></svg>ok",
        "<!-- alert(1) -->ok",
    ],
)
def test_scripts_styles_and_handlers_never_survive_with_their_content(html):
    cleaned = clean_html(html)
    assert "alert" not in cleaned and "script" not in cleaned.lower()
    assert "onerror" not in cleaned and "onload" not in cleaned
    assert cleaned.endswith("ok")
    assert "alert" not in visible_text(html)


def test_the_visible_text_includes_link_text_and_image_alt():
    html = '<p>look <a href="https://x.org">kill myself</a></p><img src="a.png" alt="kys">'
    assert visible_text(html) == "look kill myself\nkys"


def test_block_boundaries_are_word_boundaries():
    assert visible_text("<p>ki</p><p>ll</p><div>me</div>now<br>then") == "ki\nll\nme\nnow\nthen"
    assert visible_text("<b>ki</b><i>ll</i>") == "kill"  # inline: one word, as on screen
    assert "kill" not in clean_html("<div>ki</div><div>ll</div>")  # shown apart, as scanned


def test_whitespace_collapses_as_a_browser_shows_it():
    assert visible_text("  a \n\n  b\t\tc  ") == "a b c"


def test_entities_are_read_as_the_characters_they_show():
    assert visible_text("Tom &amp; Jerry &lt;3") == "Tom & Jerry <3"


def test_plain_text_keeps_line_breaks_and_drops_typed_tags():
    assert plain_text("line one\r\nline <b>two</b>") == "line one\nline two"
    assert plain_text("&lt;script&gt;alert(1)&lt;/script&gt;hi") == "alert(1)hi"
    assert plain_text("a < b and c > d") == "a < b and c > d"


def test_stored_text_of_html_is_its_visible_text():
    assert stored_text("<p>Hi <a href='x'>there</a></p>", is_html=True) == "Hi there"


@pytest.mark.parametrize(
    "junk",
    [
        b"\xff\xfe\x00binary\x00junk",
        "null\x00byte",
        "lone \ud800 surrogate",
        "<div<p<<<a href='",
        "<![CDATA[x]]><?php echo 1 ?>",
        "\x1b[31mred\x1b[0m",
        None,
        12345,
    ],
)
def test_broken_or_binary_input_never_raises_and_comes_out_storable(junk):
    for result in (clean_html(junk), visible_text(junk), plain_text(junk)):
        assert isinstance(result, str)
        assert "\x00" not in result
        result.encode("utf-8")  # no lone surrogates left


@pytest.mark.parametrize(
    "huge",
    ["<b>" * 30_000, "<a " * 30_000, "<!--" * 30_000, "&" * 100_000, "<p>x</p>" * 20_000],
    ids=["nested-bold", "unclosed-tags", "comments", "ampersands", "paragraphs"],
)
def test_huge_pathological_markup_is_handled_in_linear_time(huge):
    start = time.perf_counter()
    visible_text(huge)
    clean_html(huge)
    plain_text(huge)
    assert time.perf_counter() - start < 10


def test_nothing_shown_is_left_out_of_the_scan():
    html = (
        "<div>one<table><tr><td>two</td><td>three</td></tr></table>"
        "<textarea>four</textarea><noscript>hidden</noscript><b>five</b></div>"
    )
    shown = visible_text(clean_html(html)).split()
    scanned = visible_text(html).split()
    assert set(shown) <= set(scanned)
