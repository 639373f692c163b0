-- Invitations are bound to the invited address (security review, finding 7b). Open invitations
-- that exist when this runs become bound as well (false): each was mailed to its address, so the
-- person meant can still accept with an account of that address, while a forwarded or leaked link
-- no longer admits anyone else. An owner who wants "anyone with the link" invites again.

-- AlterTable
ALTER TABLE "invitations" ADD COLUMN     "anyone_with_link" BOOLEAN NOT NULL DEFAULT false;
