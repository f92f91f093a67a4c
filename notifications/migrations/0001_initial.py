"""The follows, saved searches, preferences and delivery log move here from accounts.

Their tables stay where they are (each model keeps its `db_table`): this migration only
tells Django's state that the models are now notifications', and moves their content
types, so that permissions, admin history and anything else that points to a content
type keeps pointing to the same rows. accounts.0004 removes them from accounts' state."""

import django.db.models.deletion
import notifications.models
from django.conf import settings
from django.db import migrations, models

MODELS = ["profile", "follow", "savedsearch", "delivery"]


def _relabel(apps, old: str, new: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    taken = set(ContentType.objects.filter(app_label=new, model__in=MODELS).values_list("model", flat=True))
    ContentType.objects.filter(app_label=old, model__in=set(MODELS) - taken).update(app_label=new)


def move_content_types(apps, schema_editor) -> None:
    _relabel(apps, "accounts", "notifications")


def move_content_types_back(apps, schema_editor) -> None:
    _relabel(apps, "notifications", "accounts")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('accounts', '0003_delivery_uncertain'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('initiatives', '0012_initiative_decided_on_year_inferred'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Delivery',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('digest', 'Digest'), ('reminder_due', 'Reminder: due soon'), ('reminder_overdue', 'Reminder: overdue')], max_length=20)),
                        ('subject_key', models.CharField(help_text='e.g. digest, or action:42.', max_length=100)),
                        ('period', models.CharField(help_text="e.g. the digest's slot, or a due date.", max_length=40)),
                        ('email', models.EmailField(blank=True, max_length=254)),
                        ('status', models.CharField(choices=[('claimed', 'Claimed, being sent'), ('sent', 'Sent'), ('empty', 'Nothing to send'), ('retry', 'Failed, will retry'), ('failed', 'Failed, gave up'), ('bounced', 'Address refused'), ('uncertain', 'Maybe delivered, not retried again')], default='claimed', max_length=10)),
                        ('attempts', models.PositiveSmallIntegerField(default=0)),
                        ('claimed_at', models.DateTimeField()),
                        ('next_attempt_at', models.DateTimeField(blank=True, null=True)),
                        ('sent_at', models.DateTimeField(blank=True, null=True)),
                        ('last_error', models.TextField(blank=True)),
                        ('uncertain_at', models.DateTimeField(blank=True, null=True)),
                        ('period_start', models.DateTimeField(blank=True, null=True)),
                        ('period_end', models.DateTimeField(blank=True, null=True)),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='deliveries', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name_plural': 'deliveries',
                        'db_table': 'accounts_delivery',
                        'ordering': ['-claimed_at', '-pk'],
                        'indexes': [models.Index(fields=['user', 'kind', 'status'], name='accounts_de_user_id_4aae94_idx')],
                        'constraints': [models.UniqueConstraint(fields=('user', 'kind', 'subject_key', 'period'), name='one_delivery_per_period')],
                    },
                ),
                migrations.CreateModel(
                    name='Follow',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('actor', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='follows', to='initiatives.actor')),
                        ('area', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='follows', to='initiatives.cooperationarea')),
                        ('initiative', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='follows', to='initiatives.initiative')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='follows', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'accounts_follow',
                        'ordering': ['-created_at', '-pk'],
                        'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('actor__isnull', True), ('area__isnull', True), ('initiative__isnull', False)), models.Q(('actor__isnull', True), ('area__isnull', False), ('initiative__isnull', True)), models.Q(('actor__isnull', False), ('area__isnull', True), ('initiative__isnull', True)), _connector='OR'), name='follow_exactly_one_target', violation_error_message='Follow exactly one initiative, area or actor.'), models.UniqueConstraint(condition=models.Q(('initiative__isnull', False)), fields=('user', 'initiative'), name='follow_initiative_once'), models.UniqueConstraint(condition=models.Q(('area__isnull', False)), fields=('user', 'area'), name='follow_area_once'), models.UniqueConstraint(condition=models.Q(('actor__isnull', False)), fields=('user', 'actor'), name='follow_actor_once')],
                    },
                ),
                migrations.CreateModel(
                    name='Profile',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('digest_frequency', models.CharField(choices=[('off', 'Off'), ('daily', 'Daily'), ('weekly', 'Weekly')], default='weekly', max_length=8)),
                        ('digest_weekday', models.PositiveSmallIntegerField(choices=[(0, 'Monday'), (1, 'Tuesday'), (2, 'Wednesday'), (3, 'Thursday'), (4, 'Friday'), (5, 'Saturday'), (6, 'Sunday')], default=0, help_text='For weekly digests.')),
                        ('digest_hour', models.PositiveSmallIntegerField(choices=[(0, '00:00'), (1, '01:00'), (2, '02:00'), (3, '03:00'), (4, '04:00'), (5, '05:00'), (6, '06:00'), (7, '07:00'), (8, '08:00'), (9, '09:00'), (10, '10:00'), (11, '11:00'), (12, '12:00'), (13, '13:00'), (14, '14:00'), (15, '15:00'), (16, '16:00'), (17, '17:00'), (18, '18:00'), (19, '19:00'), (20, '20:00'), (21, '21:00'), (22, '22:00'), (23, '23:00')], default=8, help_text='The hour, in your time zone, at which the digest is sent.')),
                        ('time_zone', models.CharField(default='Europe/Brussels', max_length=64, validators=[notifications.models.validate_time_zone])),
                        ('reminders_enabled', models.BooleanField(default=True, help_text='Email me before a follow-up action falls due, and when overdue.')),
                        ('reminder_lead_days', models.PositiveSmallIntegerField(default=14, help_text='How many days before a deadline the reminder is sent.')),
                        ('bounced_email', models.EmailField(blank=True, max_length=254)),
                        ('bounced_at', models.DateTimeField(blank=True, null=True)),
                        ('bounce_reason', models.TextField(blank=True)),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='docket_profile', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'accounts_profile',
                        'constraints': [models.CheckConstraint(condition=models.Q(('digest_hour__lte', 23)), name='profile_digest_hour_0_to_23', violation_error_message='The hour is from 0 to 23.'), models.CheckConstraint(condition=models.Q(('reminder_lead_days__lte', 180)), name='profile_reminder_lead_bounded', violation_error_message='The lead time is at most 180 days.')],
                    },
                ),
                migrations.CreateModel(
                    name='SavedSearch',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=120)),
                        ('query', models.CharField(blank=True, help_text="The initiative list's query string.", max_length=2000)),
                        ('feed_token', models.CharField(default=notifications.models.new_feed_token, max_length=64, unique=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='saved_searches', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name_plural': 'saved searches',
                        'db_table': 'accounts_savedsearch',
                        'ordering': ['name', 'pk'],
                        'constraints': [models.UniqueConstraint(fields=('user', 'name'), name='saved_search_name_once_per_user', violation_error_message='You already have a saved search with this name.')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
