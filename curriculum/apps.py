from django.apps import AppConfig


class CurriculumConfig(AppConfig):
    name = "curriculum"
    verbose_name = "Curriculum"

    def ready(self) -> None:
        # lti asks curriculum, through this hook, what a verified launch opens (lti never
        # imports curriculum).
        from curriculum.launch import LessonLaunchHandler
        from lti.handlers import register_launch_handler

        register_launch_handler(LessonLaunchHandler())

        # moderation reaches the lesson flow's copies of students' words (subject access,
        # erasure, retention) and the lessons its trends suggest through these hooks.
        from curriculum import moderation_hooks

        moderation_hooks.register()

        # The editor's unnamed controls (rich text, tags, list items) get names (axe, issue 12).
        from curriculum import admin_accessibility

        admin_accessibility.register()
