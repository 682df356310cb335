import Foundation

/// The Dutch reply analyser. First version: phrase cues per marker; issue 3 replaces it with the full analyser.
public struct DutchReplyAnalyzer: ReplyAnalyzer {
  public init() {}

  private static let cues: [(Marker, [String])] = [
    (
      .gevoelsreflectie,
      ["ik hoor dat u", "u bent boos", "dat klinkt", "u klinkt", "kan me voorstellen", "ik zie dat u"]
    ),
    (.parafrase, ["dus u zegt", "als ik u goed begrijp", "u bedoelt", "met andere woorden"]),
    (.samenvatting, ["samengevat", "kortom", "even op een rij"]),
    (.openVraag, ["hoe ", "wat ", "kunt u daar", "vertel eens", "welke "]),
    (.aanmoediging, ["hm-hm", "ga door", "ik luister", "vertelt u verder"]),
    (.bevelen, ["u moet", "gaat u zitten", "stop met", "zorg ervoor"]),
    (.waarschuwen, ["als u zo doorgaat", "als hij zo doorgaat"]),
    (.moraliseren, ["hoort u", "het is uw plicht"]),
    (.adviseren, ["misschien moet u", "als ik u was", "waarom probeert u niet", "u zou eens"]),
    (.argumenteren, ["u vergist zich", "liegen niet"]),
    (.bekritiseren, ["onredelijk", "zelf naar gemaakt", "zelf zo ver"]),
    (.geruststellen, ["komt wel goed", "valt wel mee", "geen zorgen"]),
    (.afleiden, ["iets leukers"]),
    (.afrondingAankondigen, ["gesprek nu afronden", "gesprek hier stoppen"]),
    (.vervolgafspraak, ["volgende week", "ik bel u"]),
    (.bedanken, ["dank u", "bedankt"]),
  ]

  public func analyze(_ reply: String) -> ReplyAnalysis {
    let text = reply.lowercased()
    var markers: [Marker] = []
    var evidence: [MarkerEvidence] = []
    for (marker, phrases) in Self.cues {
      if let phrase = phrases.first(where: { text.contains($0) }) {
        markers.append(marker)
        evidence.append(MarkerEvidence(marker: marker, words: phrase, explanation: marker.dutchName))
      }
    }
    return ReplyAnalysis(text: reply, markers: markers, evidence: evidence)
  }
}
