using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using DraftingKit.Diagnostics;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// Checks documents off the thread that reads the client's messages, so typing is never blocked: each change
/// queues the document, and only its latest text is checked; a check of a text already replaced is cancelled, so
/// that the newest text waits for no stale one. A check that outlives <see cref="Timeout"/> is
/// reported as DK0901 and left to finish on its own; the document's next change is checked once it has.
/// </summary>
internal sealed class DiagnosticsWorker : IDisposable
{
    private readonly DocumentChecker checker;
    private readonly Action<Snapshot, IReadOnlyList<DraftingDiagnostic>> publish;
    private readonly ConcurrentDictionary<string, Snapshot> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> cancellations = new(StringComparer.Ordinal);
    private readonly BlockingCollection<string> queue = new();
    private readonly Thread thread;

    public DiagnosticsWorker(DocumentChecker checker, Action<Snapshot, IReadOnlyList<DraftingDiagnostic>> publish, TimeSpan timeout)
    {
        this.checker = checker;
        this.publish = publish;
        Timeout = timeout;
        thread = new Thread(Run) { IsBackground = true, Name = "DraftingKit diagnostics" };
        thread.Start();
    }

    public TimeSpan Timeout { get; }

    /// <summary>Queues the document's text for checking; an older queued text of it is dropped.</summary>
    public void Schedule(Snapshot snapshot)
    {
        pending[snapshot.Uri] = snapshot;
        if (cancellations.TryGetValue(snapshot.Uri, out var stale))
        {
            stale.Cancel();
        }

        try
        {
            queue.Add(snapshot.Uri);
        }
        catch (InvalidOperationException)
        {
            // Shutting down.
        }
    }

    /// <summary>Forgets a closed document's queued text.</summary>
    public void Forget(string uri) => pending.TryRemove(uri, out _);

    public void Dispose() => queue.CompleteAdding();

    private void Run()
    {
        foreach (var uri in queue.GetConsumingEnumerable())
        {
            if (!pending.TryRemove(uri, out var snapshot))
            {
                continue;
            }

            if (running.TryGetValue(uri, out var stillRunning) && !stillRunning.IsCompleted)
            {
                // The check that timed out is still going; look again when it ends.
                stillRunning.ContinueWith(_ => Schedule(pending.TryRemove(uri, out var newer) ? newer : snapshot), TaskScheduler.Default);
                continue;
            }

            // Not disposed: it holds no timer, and Schedule may cancel it from another thread at any moment.
            var cancellation = new CancellationTokenSource();
            cancellations[uri] = cancellation;
            if (pending.ContainsKey(uri))
            {
                // A newer text came between taking this one and registering its check.
                cancellation.Cancel();
            }

            var check = Task.Run(() => checker.Check(snapshot.Path, snapshot.Text, cancellation.Token));
            running[uri] = check;
            IReadOnlyList<DraftingDiagnostic> findings;
            var timedOut = false;
            try
            {
                if (check.Wait(Timeout))
                {
                    findings = check.Result;
                }
                else
                {
                    timedOut = true;
                    findings = new[] { DocumentChecker.Failure(snapshot.Path, snapshot.Text, $"checking took longer than {Timeout.TotalSeconds:0.#} s; typing goes on and the findings follow if it ends") };
                    check.ContinueWith(
                        done =>
                        {
                            if (!pending.ContainsKey(uri))
                            {
                                try
                                {
                                    publish(snapshot, done.Result);
                                }
                                catch (Exception)
                                {
                                }
                            }
                        },
                        CancellationToken.None,
                        TaskContinuationOptions.OnlyOnRanToCompletion,
                        TaskScheduler.Default);
                }
            }
            catch (AggregateException exception) when (exception.InnerException is OperationCanceledException)
            {
                // A newer text replaced this one: its check publishes.
                continue;
            }
            catch (AggregateException exception)
            {
                findings = new[] { DocumentChecker.Failure(snapshot.Path, snapshot.Text, exception.InnerException?.Message ?? exception.Message) };
            }

            // A newer text of the document is already queued: its findings will replace these at once, unless this
            // check hung, when the newer one waits for it and the user must hear why.
            if (timedOut || !pending.ContainsKey(uri))
            {
                try
                {
                    publish(snapshot, findings);
                }
                catch (Exception)
                {
                    // Publishing to a client that has gone: the reading side ends the server.
                }
            }
        }
    }
}

/// <summary>A document's text at one version, as handed to the checker.</summary>
internal sealed record Snapshot(string Uri, string Path, string Text, int Version);
