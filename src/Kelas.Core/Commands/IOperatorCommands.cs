using System.CommandLine;

namespace Kelas.Core.Commands;

/// <summary>A module's operator commands (<c>kelas skyroom …</c>), registered in DI by the module.</summary>
public interface IOperatorCommands
{
    Command Create(IServiceProvider services);
}
