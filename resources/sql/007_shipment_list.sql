-- Schema version 7: the Shipments page sorts and pages in SQL. Each sort order has an index
-- whose columns, followed by the row id, are exactly the page's ORDER BY, so a page is an index
-- range however deep it lies (keyset paging). The same indexes serve "one carrier (or one
-- destination country), newest first".
CREATE INDEX shipments_carrier ON shipments(carrier, shipped_at);
CREATE INDEX shipments_destination ON shipments(ifnull(dest_country, ''), shipped_at);
CREATE INDEX shipments_promised ON shipments(ifnull(promised_at, 0));
CREATE INDEX shipments_delivered_sort ON shipments(ifnull(delivered_at, 0));
