"""Feedback pages written for the learner: one per module, a results sheet ("phiếu kết quả") and the trainer's index.

``questions`` reads each question's words from the released exercise (never hidden tests), ``answers`` reads
what the learner gave and how it was scored, ``pages`` renders them with the kit's templates. It may import
``course``, ``learner``, ``grading.scores`` and ``grading.status``; the ``feedback`` verb is its only user.
"""
