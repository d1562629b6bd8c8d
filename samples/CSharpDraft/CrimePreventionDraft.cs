using DraftingKit.Authoring;

namespace CSharpDraft;

/// <summary>A draft on crime prevention, from resolution 74/177, with the slips a drafter makes.</summary>
[Resolution(Session = 75, Title = "Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity")]
public partial class CrimePreventionDraft
{
    [Preambular]
    public const string Reaffirming = "Reaffirming its resolution 73/186 of 17 December 2018,";

    [Preambular]
    public const string Recalling = "*Recalling* its resolution 69/194 of 18 December 2014, by which it adopted the \"Model Strategies\",";

    [Operative]
    public const string Requests = "*Requests* the United Nations Office on Drugs and Crime to continue to assist Member States;";

    [Operative]
    public const string Encourages = "*Encourages* Member States to support the Office;";

    [Operative]
    public const string RequestsAlso = "*Requests also* the Secretary-General to report to it at its seventy-sixth session;";
}
