import gc
import os

from django.core.wsgi import get_wsgi_application

from moderation.scanning.forms import load_word_lists
from upstander.preload import warm_up

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "upstander.settings.production")
application = get_wsgi_application()

# The moderation engine's word lists (about 170,000 words in sets and sorted lists) are read on
# first use; read now, so that the freeze below keeps them out of full collections too (one
# such pass over them took 50-85 ms inside a request on a busy machine).
load_word_lists()

# The URLconf, the compiled keyword library and its lexicon, loaded once here and not by each
# worker in its first request; every connection closed again before gunicorn forks.
warm_up()

# What the application loaded lives as long as the process (about 200,000 objects): kept out
# of the garbage collector's full passes, one of which, landing in a request, walked them all
# (a long post's scan took 190 ms instead of 40). With gunicorn --preload this runs once,
# before the workers fork, so they also share these pages instead of copying them.
gc.freeze()
