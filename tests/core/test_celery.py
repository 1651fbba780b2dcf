import pytest

from disclosure_review.core.tasks import clinic_count, ping


def test_tasks_run_in_process_in_eager_mode():
    assert ping.delay().get(timeout=5) == "pong"


@pytest.mark.redis
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_task_round_trips_through_the_real_broker_and_worker(
    celery_worker_process, real_broker, clinic
):
    assert ping.delay().get(timeout=20) == "pong"
    # The worker reads the very database the test wrote to.
    assert clinic_count.delay().get(timeout=20) == 1
