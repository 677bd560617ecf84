"""What the product has given a group, recorded so it is given once per database."""

from __future__ import annotations

from django.db import models


class ProductGrant(models.Model):
    """One permission the product gave one group: the safeguarding leads' and trusted adults'
    groups it makes, and the keyword libraries it gives Wagtail's content editors' groups.

    Every migrate gives only what is not recorded here, so a permission a school takes away
    from a group stays away at the next deploy, as with Wagtail's own groups (its data
    migrations give Editors and Moderators their permissions once). A group deleted takes its
    records with it: if the product makes it again, it comes back with what the product gives.
    """

    group = models.ForeignKey("auth.Group", on_delete=models.CASCADE, related_name="+")
    permission = models.ForeignKey("auth.Permission", on_delete=models.CASCADE, related_name="+")
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "permission"], name="one_grant_per_permission")
        ]

    def __str__(self) -> str:
        return f"{self.group_id}: {self.permission_id}"
