// Every test class has a server and a Chromium of its own: one class at a time keeps a 2-core machine responsive and
// the timeouts meaningful.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
