using FileSaga.Domain.Jobs;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace FileSaga.Handlers.Jobs;

/// <summary>
/// Keeps each job's <see cref="JobState"/> document current in the same transaction as its events,
/// so a step loads its job in one read and the job view is always up to date.
/// </summary>
public sealed class JobStateProjection : SingleStreamProjection<JobState, string>
{
    public override JobState Evolve(JobState? snapshot, string id, IEvent e) => JobState.Evolve(snapshot, e.Data);
}
