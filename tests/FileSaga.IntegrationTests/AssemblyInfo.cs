// Integration tests share two cores with PostgreSQL and the hosts they start: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
