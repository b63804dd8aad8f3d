using AltIdShell.Desktop.Pipe;

namespace AltIdShell.Desktop.Tests.Pipe;

/// <summary>The pipe server's loop, against a scripted pipe: no time passes, every pause is counted instead.</summary>
public class PipeListenLoopTests
{
    private sealed class Script
    {
        public readonly Queue<Func<ScriptedEndpoint>> Creations = new();
        public readonly List<string> Events = new();
        public int Pauses;
        public int PausesBeforeStop = int.MaxValue;
        public readonly List<Exception> Logged = new();

        public PipeListenLoop Loop() => new(
            () => Creations.Count > 0 ? Creations.Dequeue()() : throw new InvalidOperationException("script ended"),
            _ => ++Pauses >= PausesBeforeStop,
            Logged.Add);
    }

    private sealed class ScriptedEndpoint : IPipeEndpoint
    {
        private readonly Script _script;
        private readonly Queue<Action?> _clients;
        private readonly string _name;

        public ScriptedEndpoint(Script script, string name, params Action?[] clients)
        {
            _script = script;
            _name = name;
            _clients = new Queue<Action?>(clients);
        }

        private Action? _current;

        public bool WaitForClient()
        {
            if (_clients.Count == 0)
                return false;
            _current = _clients.Dequeue();
            _script.Events.Add(_name + ": client");
            return true;
        }

        public void Serve()
        {
            _current?.Invoke();
            _script.Events.Add(_name + ": served");
        }

        public void Disconnect() => _script.Events.Add(_name + ": disconnected");

        public void Dispose() => _script.Events.Add(_name + ": disposed");
    }

    [Fact]
    public void One_instance_serves_client_after_client_and_keeps_the_name()
    {
        var script = new Script();
        script.Creations.Enqueue(() => new ScriptedEndpoint(script, "A", null, null, null));

        script.Loop().Run();

        Assert.Equal(new[]
        {
            "A: client", "A: served", "A: disconnected",
            "A: client", "A: served", "A: disconnected",
            "A: client", "A: served", "A: disconnected",
            "A: disposed",
        }, script.Events);
        Assert.Empty(script.Logged);
    }

    [Fact]
    public void Access_denied_on_claiming_the_name_is_logged_and_tried_again_instead_of_ending_the_tray()
    {
        var script = new Script();
        script.Creations.Enqueue(() => throw new UnauthorizedAccessException("Access to the path is denied."));
        script.Creations.Enqueue(() => throw new IOException("All pipe instances are busy."));
        script.Creations.Enqueue(() => new ScriptedEndpoint(script, "B", (Action?)null));

        script.Loop().Run();

        Assert.Equal(2, script.Pauses);
        Assert.Equal(new[] { typeof(UnauthorizedAccessException), typeof(IOException) }, script.Logged.Select(e => e.GetType()));
        Assert.Equal(new[] { "B: client", "B: served", "B: disconnected", "B: disposed" }, script.Events);
    }

    [Fact]
    public void Any_failure_while_serving_recreates_the_instance_and_the_next_client_is_served()
    {
        var script = new Script();
        script.Creations.Enqueue(() => new ScriptedEndpoint(script, "A", () => throw new InvalidOperationException("pipe broken"), null));
        script.Creations.Enqueue(() => new ScriptedEndpoint(script, "B", (Action?)null));

        script.Loop().Run();

        Assert.Equal(new[] { "A: client", "A: disconnected", "A: disposed", "B: client", "B: served", "B: disconnected", "B: disposed" }, script.Events);
        Assert.IsType<InvalidOperationException>(Assert.Single(script.Logged));
    }

    [Fact]
    public void Stopping_during_a_pause_ends_the_loop()
    {
        var script = new Script { PausesBeforeStop = 3 };
        for (var i = 0; i < 10; i++)
            script.Creations.Enqueue(() => throw new UnauthorizedAccessException());

        script.Loop().Run();

        Assert.Equal(3, script.Pauses);
        Assert.Equal(3, script.Logged.Count);
    }
}
