"""pledgetrack: grade a government's written pledges against its next reports."""
