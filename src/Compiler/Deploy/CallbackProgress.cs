namespace Mibc.Compiler.Deploy;

/// <summary>An <see cref="IProgress{T}"/> that calls its callback at once on the reporting thread.</summary>
/// <remarks><see cref="Progress{T}"/> posts to the thread pool instead, so its reports can arrive late and out of order.</remarks>
/// <param name="callback">Receives each report.</param>
internal sealed class CallbackProgress<T>(Action<T> callback) : IProgress<T>
{
    public void Report(T value) => callback(value);
}
