# Depends only on lti 0001: Course and ResourceLink are the shared contract.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('curriculum', '0001_initial'),
        ('lti', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='LessonProgress',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('status', models.CharField(choices=[('not_started', 'Not started'), ('in_progress', 'In progress'), ('completed', 'Completed')], default='in_progress', max_length=12)),
                ('current_step', models.CharField(blank=True, help_text='Where the student resumes.', max_length=20)),
                ('steps_done', models.JSONField(blank=True, default=list)),
                ('started_at', models.DateTimeField()),
                ('last_activity_at', models.DateTimeField()),
                ('completed_at', models.DateTimeField(blank=True, null=True)),
                ('time_spent_seconds', models.PositiveIntegerField(default=0)),
                ('quiz_attempts_used', models.PositiveSmallIntegerField(default=0)),
                ('quiz_percent', models.PositiveSmallIntegerField(blank=True, help_text='The quiz result that counts (best or last, per the lesson).', null=True)),
                ('quiz_passed', models.BooleanField(default=False)),
                ('score_given', models.DecimalField(blank=True, decimal_places=2, max_digits=7, null=True)),
                ('score_queued', models.DecimalField(blank=True, decimal_places=2, max_digits=7, null=True)),
                ('score_queued_at', models.DateTimeField(blank=True, null=True)),
                ('resource_link', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='progress', to='lti.resourcelink')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='lesson_progress', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name_plural': 'lesson progress',
            },
        ),
        migrations.CreateModel(
            name='QuizAttempt',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.PositiveSmallIntegerField()),
                ('token', models.UUIDField()),
                ('answers', models.JSONField(help_text='The index of the chosen choice, per question.')),
                ('correct_count', models.PositiveSmallIntegerField()),
                ('question_count', models.PositiveSmallIntegerField()),
                ('percent', models.PositiveSmallIntegerField()),
                ('passed', models.BooleanField()),
                ('submitted_at', models.DateTimeField()),
                ('progress', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='quiz_attempts', to='curriculum.lessonprogress')),
            ],
            options={
                'ordering': ['number'],
            },
        ),
        migrations.CreateModel(
            name='Reflection',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('text', models.TextField()),
                ('revision', models.PositiveIntegerField(default=1)),
                ('visible', models.BooleanField(default=True)),
                ('moderation_message', models.CharField(blank=True, max_length=200)),
                ('created_at', models.DateTimeField()),
                ('updated_at', models.DateTimeField()),
                ('read_at', models.DateTimeField(blank=True, help_text='When a teacher last read it.', null=True)),
                ('progress', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='reflection', to='curriculum.lessonprogress')),
            ],
        ),
        migrations.CreateModel(
            name='DiscussionPost',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('text', models.TextField(help_text='Sanitised plain text; templates escape it.')),
                ('status', models.CharField(choices=[('visible', 'Visible to the class'), ('held', 'Held for a teacher')], default='visible', max_length=10)),
                ('moderation_message', models.CharField(blank=True, max_length=200)),
                ('token', models.UUIDField()),
                ('created_at', models.DateTimeField()),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='discussion_posts', to=settings.AUTH_USER_MODEL)),
                ('course', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='discussion_posts', to='lti.course')),
                ('lesson', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='discussion_posts', to='curriculum.lessonpage')),
                ('parent', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='replies', to='curriculum.discussionpost')),
            ],
            options={
                'ordering': ['created_at', 'pk'],
                'indexes': [models.Index(fields=['course', 'lesson', 'created_at'], name='discussion_thread_idx')],
                'constraints': [models.UniqueConstraint(fields=('author', 'token'), name='discussion_post_token_unique')],
            },
        ),
        migrations.AddConstraint(
            model_name='lessonprogress',
            constraint=models.UniqueConstraint(fields=('user', 'resource_link'), name='lesson_progress_unique'),
        ),
        migrations.AddConstraint(
            model_name='quizattempt',
            constraint=models.UniqueConstraint(fields=('progress', 'number'), name='quiz_attempt_number_unique'),
        ),
        migrations.AddConstraint(
            model_name='quizattempt',
            constraint=models.UniqueConstraint(fields=('progress', 'token'), name='quiz_attempt_token_unique'),
        ),
    ]
