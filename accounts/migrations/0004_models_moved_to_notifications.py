"""The models moved to notifications (see notifications.0001): only the state changes;
the tables stay, renamed nowhere."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0003_delivery_uncertain'),
        ('notifications', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='follow',
                    name='actor',
                ),
                migrations.RemoveField(
                    model_name='follow',
                    name='area',
                ),
                migrations.RemoveField(
                    model_name='follow',
                    name='initiative',
                ),
                migrations.RemoveField(
                    model_name='follow',
                    name='user',
                ),
                migrations.RemoveField(
                    model_name='profile',
                    name='user',
                ),
                migrations.RemoveField(
                    model_name='savedsearch',
                    name='user',
                ),
                migrations.DeleteModel(
                    name='Delivery',
                ),
                migrations.DeleteModel(
                    name='Follow',
                ),
                migrations.DeleteModel(
                    name='Profile',
                ),
                migrations.DeleteModel(
                    name='SavedSearch',
                ),
            ],
            database_operations=[],
        ),
    ]
