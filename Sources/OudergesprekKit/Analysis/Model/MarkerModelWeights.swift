// swift-format-ignore-file
// Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

/// The weights of the shipped marker model, one `feature|marker|weight` per line.
enum MarkerModelWeights {
  static let text = #"""
basis|ik-boodschap|-14.09
basis|jij-boodschap|-9.68
basis|parafrase|-7.88
basis|gevoelsreflectie|-10.64
basis|samenvatting|-15.34
basis|open-vraag|-18.19
basis|aanmoediging|-2.92
basis|bevelen|-6.73
basis|waarschuwen|-7.63
basis|moraliseren|-6.69
basis|adviseren|-7.89
basis|argumenteren|-8.39
basis|bekritiseren|-8.03
basis|prijzen|-10.14
basis|etiketteren|-6.59
basis|interpreteren|-8.5
basis|geruststellen|-7.38
basis|ondervragen|-8.77
basis|afleiden|-8.3
basis|afronding-aankondigen|-8.54
basis|vervolgafspraak|-13.09
basis|bedanken|-10.78
begin:ach|jij-boodschap|-0.49
begin:ach|gevoelsreflectie|-0.97
begin:ach|open-vraag|-0.94
begin:ach|aanmoediging|-1.0
begin:ach|moraliseren|-0.99
begin:ach|adviseren|0.17
begin:ach|argumenteren|-1.69
begin:ach|bekritiseren|-0.97
begin:ach|prijzen|-1.87
begin:ach|geruststellen|-1.79
begin:ach|ondervragen|-1.0
begin:ach|afleiden|3.48
begin:als|ik-boodschap|1.03
begin:als|jij-boodschap|-1.94
begin:als|parafrase|3.72
begin:als|gevoelsreflectie|-0.96
begin:als|samenvatting|0.88
begin:als|open-vraag|-0.96
begin:als|bevelen|-3.8
begin:als|waarschuwen|2.0
begin:als|moraliseren|0.94
begin:als|argumenteren|-2.63
begin:als|bekritiseren|-2.82
begin:als|prijzen|-2.54
begin:als|etiketteren|-1.0
begin:als|interpreteren|-2.9
begin:als|geruststellen|-1.0
begin:als|ondervragen|-0.99
begin:als|afronding-aankondigen|-0.99
begin:als|vervolgafspraak|-1.79
begin:als|bedanken|-0.99
begin:andere|moraliseren|-0.95
begin:anders|bevelen|-1.0
begin:anders|waarschuwen|1.0
begin:anders|afronding-aankondigen|-0.92
begin:bedankt|jij-boodschap|-0.44
begin:bedankt|samenvatting|-0.99
begin:bedankt|geruststellen|-0.99
begin:bedankt|afronding-aankondigen|-1.94
begin:bedankt|bedanken|1.91
begin:begrijp|parafrase|0.83
begin:blijf|jij-boodschap|-1.0
begin:blijf|bekritiseren|-1.0
begin:bram|jij-boodschap|-0.97
begin:bram|gevoelsreflectie|-0.98
begin:bram|open-vraag|-0.99
begin:bram|prijzen|-0.88
begin:bram|geruststellen|0.93
begin:controleert|jij-boodschap|-0.36
begin:controleert|bekritiseren|-0.85
begin:daan|jij-boodschap|0.97
begin:daan|bekritiseren|0.97
begin:daan|etiketteren|-0.99
begin:daar|jij-boodschap|0.8
begin:daar|samenvatting|-1.0
begin:daar|argumenteren|0.98
begin:daar|bekritiseren|1.76
begin:daar|afleiden|0.38
begin:daar|afronding-aankondigen|-1.0
begin:dan|parafrase|-1.0
begin:dan|prijzen|-0.93
begin:dan|interpreteren|-1.0
begin:dan|afleiden|-1.0
begin:dan|afronding-aankondigen|0.1
begin:dank|jij-boodschap|-0.91
begin:dank|bekritiseren|-0.98
begin:dank|geruststellen|-0.97
begin:dank|afronding-aankondigen|-1.95
begin:dank|vervolgafspraak|-0.97
begin:dank|bedanken|1.97
begin:dankjewel|afronding-aankondigen|-1.0
begin:dat|ik-boodschap|0.89
begin:dat|jij-boodschap|-1.01
begin:dat|parafrase|-1.9
begin:dat|gevoelsreflectie|1.49
begin:dat|samenvatting|-0.97
begin:dat|open-vraag|-1.95
begin:dat|bevelen|-2.42
begin:dat|waarschuwen|-1.0
begin:dat|moraliseren|-3.82
begin:dat|adviseren|-0.96
begin:dat|bekritiseren|1.17
begin:dat|geruststellen|1.05
begin:dat|afleiden|0.71
begin:de|jij-boodschap|-0.97
begin:de|parafrase|-1.68
begin:de|open-vraag|0.97
begin:de|waarschuwen|-0.93
begin:de|argumenteren|1.8
begin:de|bekritiseren|-1.76
begin:de|afleiden|-0.99
begin:de|vervolgafspraak|-0.94
begin:denk|bevelen|-0.96
begin:denk|waarschuwen|0.97
begin:die|jij-boodschap|-0.94
begin:die|adviseren|-0.74
begin:die|argumenteren|-0.93
begin:die|bekritiseren|0.98
begin:dit|waarschuwen|0.96
begin:dit|bekritiseren|0.66
begin:dit|etiketteren|-0.98
begin:dit|interpreteren|0.87
begin:dit|geruststellen|-0.94
begin:dit|afleiden|-0.96
begin:dit|afronding-aankondigen|0.96
begin:dit|vervolgafspraak|-0.91
begin:doe|bevelen|0.75
begin:doe|moraliseren|-0.95
begin:doe|etiketteren|2.7
begin:doe|ondervragen|-1.0
begin:doe|afleiden|-1.0
begin:doet|jij-boodschap|-2.22
begin:drie|samenvatting|1.0
begin:dus|ik-boodschap|-2.93
begin:dus|parafrase|1.78
begin:dus|gevoelsreflectie|-1.98
begin:dus|samenvatting|0.92
begin:dus|open-vraag|-0.17
begin:dus|aanmoediging|-1.0
begin:dus|bevelen|-1.0
begin:dus|waarschuwen|-1.0
begin:dus|moraliseren|-1.87
begin:dus|adviseren|-1.0
begin:dus|argumenteren|-1.0
begin:dus|bekritiseren|0.8
begin:dus|prijzen|-1.96
begin:dus|etiketteren|-1.0
begin:dus|interpreteren|-1.0
begin:dus|ondervragen|-1.86
begin:dus|afleiden|-1.0
begin:dus|afronding-aankondigen|-1.0
begin:dus|bedanken|-1.0
begin:echt|adviseren|0.92
begin:echt|geruststellen|0.97
begin:een|jij-boodschap|-0.65
begin:een|bevelen|-1.0
begin:een|moraliseren|2.81
begin:een|adviseren|1.0
begin:een|argumenteren|0.97
begin:een|prijzen|-0.93
begin:een|etiketteren|-0.75
begin:eerlijk|jij-boodschap|1.61
begin:eerlijk|moraliseren|0.95
begin:eerlijk|bekritiseren|0.81
begin:eerlijk|etiketteren|0.96
begin:eigenlijk|etiketteren|-0.98
begin:eigenlijk|interpreteren|1.96
begin:en|samenvatting|-0.62
begin:enfin|geruststellen|-0.99
begin:er|argumenteren|1.0
begin:er|bekritiseren|-0.87
begin:er|geruststellen|0.98
begin:even|samenvatting|1.05
begin:even|aanmoediging|-0.92
begin:even|moraliseren|-0.97
begin:even|argumenteren|-0.94
begin:even|vervolgafspraak|-0.97
begin:even|bedanken|0.81
begin:fatsoenlijk|moraliseren|0.99
begin:feit|argumenteren|0.99
begin:feit|geruststellen|-0.99
begin:feit|bedanken|-0.99
begin:fenna|bekritiseren|-1.52
begin:fijn|jij-boodschap|0.9
begin:fijn|gevoelsreflectie|-1.0
begin:fijn|bevelen|-0.89
begin:fijn|adviseren|-0.9
begin:fijn|prijzen|-0.97
begin:ga|jij-boodschap|-1.0
begin:ga|parafrase|-0.67
begin:ga|bevelen|1.0
begin:ga|waarschuwen|0.93
begin:ga|bekritiseren|-1.0
begin:ga|geruststellen|-1.0
begin:gaat|bevelen|1.0
begin:gaat|waarschuwen|0.91
begin:gaat|afleiden|-0.89
begin:gebeurt|jij-boodschap|-0.97
begin:geeft|bevelen|0.93
begin:geen|parafrase|-0.95
begin:geen|bevelen|0.96
begin:geweld|jij-boodschap|-0.94
begin:geweld|bekritiseren|-0.94
begin:goed|afleiden|0.2
begin:goed|vervolgafspraak|-0.67
begin:goedemiddag|jij-boodschap|0.3
begin:goedemorgen|bekritiseren|-0.98
begin:goedemorgen|bedanken|-0.94
begin:goedenavond|open-vraag|-0.98
begin:had|jij-boodschap|0.8
begin:had|moraliseren|-0.94
begin:had|bekritiseren|1.73
begin:haha|afleiden|0.94
begin:heb|parafrase|0.99
begin:heeft|gevoelsreflectie|-0.9
begin:heeft|adviseren|0.93
begin:heel|argumenteren|-0.99
begin:heel|bekritiseren|-0.83
begin:heel|geruststellen|0.99
begin:heel|bedanken|0.83
begin:herkent|prijzen|-0.99
begin:herkent|interpreteren|-0.99
begin:het|ik-boodschap|0.95
begin:het|jij-boodschap|-0.95
begin:het|parafrase|0.86
begin:het|gevoelsreflectie|-0.94
begin:het|samenvatting|-0.97
begin:het|open-vraag|-1.0
begin:het|bevelen|-0.91
begin:het|waarschuwen|-1.0
begin:het|moraliseren|0.1
begin:het|adviseren|1.08
begin:het|argumenteren|0.91
begin:het|bekritiseren|-2.2
begin:het|etiketteren|-0.96
begin:het|interpreteren|-1.99
begin:het|geruststellen|0.12
begin:het|afleiden|-0.31
begin:het|bedanken|-0.97
begin:hier|afleiden|-0.98
begin:hij|jij-boodschap|-1.34
begin:hij|parafrase|-0.98
begin:hij|gevoelsreflectie|-0.72
begin:hij|samenvatting|-0.99
begin:hij|bevelen|-0.94
begin:hij|waarschuwen|-0.85
begin:hij|moraliseren|-0.92
begin:hij|adviseren|-1.0
begin:hij|bekritiseren|0.18
begin:hij|etiketteren|-0.96
begin:hij|interpreteren|0.23
begin:hij|geruststellen|-0.62
begin:hij|vervolgafspraak|-1.9
begin:hm|gevoelsreflectie|-1.0
begin:hm|aanmoediging|1.0
begin:hoe|ik-boodschap|-1.98
begin:hoe|parafrase|-1.96
begin:hoe|gevoelsreflectie|-2.73
begin:hoe|samenvatting|-0.99
begin:hoe|open-vraag|1.7
begin:hoe|adviseren|-0.83
begin:hoe|geruststellen|-0.9
begin:hoe|afleiden|-0.84
begin:hoe|vervolgafspraak|-0.99
begin:hoeveel|ondervragen|0.88
begin:hoi|bevelen|-1.45
begin:hoi|moraliseren|-0.94
begin:hé|afleiden|-0.74
begin:iedere|bekritiseren|-0.99
begin:iedere|afleiden|-0.99
begin:iemand|jij-boodschap|-1.8
begin:iemand|moraliseren|2.73
begin:iemand|bekritiseren|-1.8
begin:ik|ik-boodschap|-2.56
begin:ik|jij-boodschap|-0.19
begin:ik|parafrase|-3.79
begin:ik|samenvatting|-2.97
begin:ik|open-vraag|1.79
begin:ik|aanmoediging|-0.8
begin:ik|bevelen|-0.89
begin:ik|waarschuwen|-0.92
begin:ik|moraliseren|-0.98
begin:ik|adviseren|0.8
begin:ik|argumenteren|-1.94
begin:ik|bekritiseren|-1.17
begin:ik|etiketteren|-0.41
begin:ik|geruststellen|-0.92
begin:ik|ondervragen|-1.0
begin:ik|afronding-aankondigen|-1.96
begin:ik|vervolgafspraak|-0.85
begin:ik|bedanken|-3.02
begin:ilias|jij-boodschap|-1.0
begin:ilias|moraliseren|1.0
begin:in|parafrase|0.95
begin:in|moraliseren|0.94
begin:in|adviseren|-0.99
begin:in|geruststellen|-0.87
begin:in|afleiden|-0.94
begin:is|ondervragen|-0.99
begin:ja|open-vraag|-0.88
begin:ja|aanmoediging|1.82
begin:ja|etiketteren|1.0
begin:ja|geruststellen|-0.99
begin:ja|ondervragen|-0.97
begin:jayden|bevelen|0.81
begin:je|ik-boodschap|-1.01
begin:je|jij-boodschap|1.04
begin:je|gevoelsreflectie|3.89
begin:je|samenvatting|-2.94
begin:je|open-vraag|0.94
begin:je|bevelen|3.34
begin:je|waarschuwen|-2.8
begin:je|moraliseren|-1.67
begin:je|argumenteren|1.95
begin:je|bekritiseren|1.53
begin:je|prijzen|-1.97
begin:je|etiketteren|0.31
begin:je|interpreteren|-0.78
begin:je|ondervragen|0.99
begin:je|afronding-aankondigen|-1.0
begin:je|vervolgafspraak|-2.83
begin:jesse|ik-boodschap|-0.91
begin:jij|jij-boodschap|-0.36
begin:jij|gevoelsreflectie|0.94
begin:jij|open-vraag|-0.86
begin:jij|bevelen|0.94
begin:jij|moraliseren|-0.1
begin:jij|adviseren|-0.9
begin:jij|argumenteren|-0.98
begin:jij|bekritiseren|1.98
begin:jij|prijzen|0.92
begin:jij|etiketteren|-1.0
begin:jij|geruststellen|-0.98
begin:jij|ondervragen|-0.98
begin:jij|vervolgafspraak|-0.87
begin:jij|bedanken|-1.0
begin:joh|jij-boodschap|-0.53
begin:joh|bekritiseren|-0.62
begin:joh|geruststellen|0.94
begin:joh|afleiden|0.98
begin:julian|jij-boodschap|-0.73
begin:jullie|ik-boodschap|-0.92
begin:jullie|jij-boodschap|2.65
begin:jullie|parafrase|0.94
begin:jullie|gevoelsreflectie|-1.0
begin:jullie|moraliseren|-1.0
begin:jullie|adviseren|-0.9
begin:jullie|argumenteren|-0.99
begin:jullie|bekritiseren|1.87
begin:jullie|prijzen|0.83
begin:jullie|etiketteren|-0.25
begin:jullie|geruststellen|-1.0
begin:jullie|afleiden|-1.0
begin:jullie|afronding-aankondigen|-1.0
begin:kijk|ik-boodschap|-1.0
begin:kijk|jij-boodschap|-0.54
begin:kijk|moraliseren|-0.96
begin:kijk|argumenteren|2.59
begin:kijk|bekritiseren|-0.9
begin:kijk|etiketteren|-1.0
begin:kijk|afleiden|-1.0
begin:kijkt|samenvatting|-0.79
begin:kijkt|argumenteren|0.9
begin:kinderen|ik-boodschap|-1.0
begin:kinderen|open-vraag|-1.0
begin:kinderen|moraliseren|1.0
begin:kinderen|afleiden|-0.7
begin:klinkt|jij-boodschap|-0.9
begin:klinkt|gevoelsreflectie|0.9
begin:knap|prijzen|0.94
begin:knap|ondervragen|-0.94
begin:knap|bedanken|1.0
begin:komt|jij-boodschap|-0.84
begin:komt|bekritiseren|-0.98
begin:kort|interpreteren|-0.85
begin:kortom|ik-boodschap|-0.98
begin:kortom|jij-boodschap|1.83
begin:kortom|gevoelsreflectie|-0.99
begin:kortom|samenvatting|2.09
begin:kortom|open-vraag|-0.98
begin:kortom|aanmoediging|-1.0
begin:kortom|bevelen|-1.9
begin:kortom|adviseren|-0.99
begin:kortom|bekritiseren|2.36
begin:kortom|geruststellen|-0.94
begin:kortom|afronding-aankondigen|1.14
begin:kortom|vervolgafspraak|0.94
begin:laat|bevelen|-1.14
begin:laat|bekritiseren|-0.91
begin:laat|afleiden|-0.97
begin:laat|vervolgafspraak|0.97
begin:laten|samenvatting|-0.97
begin:laten|prijzen|-1.0
begin:laten|afleiden|1.03
begin:laten|vervolgafspraak|0.81
begin:laten|bedanken|-1.93
begin:leg|bevelen|1.41
begin:leg|adviseren|-0.99
begin:let|samenvatting|-0.55
begin:lever|bevelen|1.77
begin:lotte|bekritiseren|-2.6
begin:lotte|etiketteren|0.98
begin:luister|bekritiseren|-0.83
begin:maak|ik-boodschap|-0.98
begin:maak|bevelen|-0.27
begin:maak|waarschuwen|-1.0
begin:maak|adviseren|-0.58
begin:maak|geruststellen|1.79
begin:maak|bedanken|-1.0
begin:maakt|bekritiseren|-0.81
begin:maakt|geruststellen|1.81
begin:maandag|vervolgafspraak|0.94
begin:maar|open-vraag|-1.61
begin:maar|bevelen|-0.74
begin:maar|argumenteren|0.98
begin:maar|geruststellen|-0.93
begin:maar|afleiden|1.79
begin:mag|adviseren|-0.99
begin:mag|vervolgafspraak|0.99
begin:meneer|geruststellen|0.98
begin:met|parafrase|0.98
begin:met|samenvatting|-0.95
begin:met|bevelen|-0.95
begin:met|prijzen|1.91
begin:met|geruststellen|-0.85
begin:mevrouw|interpreteren|-0.99
begin:mijn|bevelen|-0.81
begin:mijn|adviseren|1.71
begin:mijn|vervolgafspraak|0.95
begin:misschien|ik-boodschap|-0.92
begin:misschien|gevoelsreflectie|-0.66
begin:misschien|argumenteren|-0.99
begin:misschien|prijzen|-0.85
begin:misschien|interpreteren|-0.94
begin:misschien|vervolgafspraak|-0.95
begin:mm|parafrase|-0.76
begin:mm|aanmoediging|0.99
begin:mohammed|jij-boodschap|1.68
begin:mohammed|bekritiseren|1.73
begin:nee|aanmoediging|-0.88
begin:nee|adviseren|-0.95
begin:nee|argumenteren|1.85
begin:neem|ik-boodschap|-0.57
begin:neem|samenvatting|-0.84
begin:neem|bevelen|-0.94
begin:neemt|gevoelsreflectie|-1.0
begin:niemand|etiketteren|-0.83
begin:niemand|geruststellen|1.76
begin:niet|afleiden|-0.99
begin:niks|etiketteren|-1.0
begin:niks|geruststellen|1.0
begin:nog|samenvatting|-0.94
begin:nog|bevelen|-0.81
begin:nog|waarschuwen|0.83
begin:nog|bekritiseren|-0.96
begin:nog|afleiden|-0.82
begin:nou|ik-boodschap|0.96
begin:nou|jij-boodschap|0.9
begin:nou|samenvatting|-0.15
begin:nou|argumenteren|-0.96
begin:nou|bekritiseren|3.66
begin:nou|etiketteren|1.0
begin:nou|bedanken|-3.59
begin:nu|ik-boodschap|0.61
begin:och|afleiden|2.58
begin:oke|afronding-aankondigen|0.95
begin:oké|bekritiseren|-0.93
begin:onze|moraliseren|-0.98
begin:onze|afronding-aankondigen|0.99
begin:onze|bedanken|-0.72
begin:op|argumenteren|-0.96
begin:opruimen|moraliseren|-1.0
begin:opvoeden|moraliseren|0.97
begin:opvoeden|argumenteren|-0.97
begin:ouders|moraliseren|0.99
begin:over|samenvatting|-0.84
begin:over|afleiden|2.42
begin:over|vervolgafspraak|1.0
begin:pak|waarschuwen|-0.82
begin:pas|geruststellen|-0.96
begin:pff|bekritiseren|-0.63
begin:pff|afleiden|0.91
begin:praat|bevelen|0.97
begin:probeer|samenvatting|-1.0
begin:probeer|adviseren|1.0
begin:rayan|gevoelsreflectie|0.92
begin:respect|moraliseren|1.87
begin:respect|afleiden|-0.63
begin:rustig|bevelen|0.3
begin:samengevat|ik-boodschap|-0.96
begin:samengevat|jij-boodschap|0.43
begin:samengevat|parafrase|-0.99
begin:samengevat|samenvatting|1.04
begin:samengevat|open-vraag|-0.99
begin:samengevat|bekritiseren|0.89
begin:samengevat|vervolgafspraak|-0.94
begin:samenvattend|jij-boodschap|-0.99
begin:samenvattend|gevoelsreflectie|0.68
begin:samenvattend|samenvatting|0.98
begin:samenvattend|afronding-aankondigen|-0.96
begin:sanne|gevoelsreflectie|-0.96
begin:school|moraliseren|0.95
begin:school|argumenteren|-0.67
begin:schrijf|waarschuwen|-0.95
begin:schrijf|adviseren|0.84
begin:sem|jij-boodschap|0.89
begin:sem|bekritiseren|-1.75
begin:sem|etiketteren|0.99
begin:sinds|ik-boodschap|2.92
begin:sinds|bekritiseren|-0.99
begin:sinds|geruststellen|-0.99
begin:snap|aanmoediging|0.98
begin:spieken|jij-boodschap|-1.8
begin:spieken|moraliseren|0.91
begin:spieken|bekritiseren|-0.91
begin:statistisch|argumenteren|0.86
begin:stel|etiketteren|0.97
begin:stop|jij-boodschap|-0.98
begin:stop|adviseren|-1.0
begin:stop|bekritiseren|-0.86
begin:stop|interpreteren|-1.0
begin:stop|afleiden|-1.0
begin:straks|waarschuwen|0.9
begin:straks|geruststellen|0.21
begin:stuur|etiketteren|-0.99
begin:stuurt|bevelen|1.31
begin:thanks|bedanken|0.91
begin:thuis|parafrase|0.9
begin:thuis|samenvatting|-0.64
begin:tja|jij-boodschap|3.42
begin:tja|open-vraag|-1.73
begin:tja|aanmoediging|-0.97
begin:tja|argumenteren|-1.82
begin:tja|bekritiseren|1.71
begin:tja|etiketteren|1.9
begin:tja|afleiden|0.97
begin:tja|bedanken|-1.56
begin:toen|ik-boodschap|1.86
begin:toen|jij-boodschap|-0.69
begin:toen|gevoelsreflectie|-0.85
begin:toen|waarschuwen|-1.0
begin:toen|argumenteren|-1.0
begin:toen|bekritiseren|-0.29
begin:toen|etiketteren|-0.91
begin:toen|afleiden|-0.87
begin:toen|vervolgafspraak|-1.91
begin:toen|bedanken|-1.0
begin:top|ik-boodschap|-1.0
begin:top|bedanken|1.0
begin:tot|samenvatting|0.65
begin:trouwens|afleiden|0.99
begin:typisch|waarschuwen|-0.83
begin:u|ik-boodschap|-1.95
begin:u|jij-boodschap|1.29
begin:u|parafrase|-1.15
begin:u|gevoelsreflectie|0.54
begin:u|samenvatting|-1.82
begin:u|open-vraag|-1.8
begin:u|aanmoediging|-0.99
begin:u|bevelen|-0.53
begin:u|waarschuwen|-0.96
begin:u|adviseren|-2.81
begin:u|argumenteren|-0.87
begin:u|bekritiseren|0.98
begin:u|prijzen|-0.1
begin:u|etiketteren|-0.14
begin:u|interpreteren|1.67
begin:u|geruststellen|0.3
begin:u|ondervragen|-0.94
begin:u|vervolgafspraak|-0.93
begin:uit|jij-boodschap|-0.79
begin:uit|argumenteren|0.96
begin:uw|jij-boodschap|0.15
begin:uw|moraliseren|-0.97
begin:uw|bekritiseren|0.86
begin:uw|etiketteren|-0.99
begin:van|moraliseren|0.78
begin:vanaf|bevelen|0.91
begin:vanaf|interpreteren|-0.89
begin:vandaag|samenvatting|-0.93
begin:vertel|afleiden|-0.91
begin:vertelt|parafrase|-1.0
begin:vertelt|open-vraag|-0.18
begin:vertelt|bevelen|0.96
begin:volgende|jij-boodschap|-0.83
begin:volgende|vervolgafspraak|2.63
begin:volgende|bedanken|-0.81
begin:volgens|ik-boodschap|-0.99
begin:volgens|adviseren|0.82
begin:volgens|argumenteren|-0.99
begin:volgens|etiketteren|-0.99
begin:volgens|interpreteren|1.99
begin:voor|ik-boodschap|-0.67
begin:voor|jij-boodschap|-0.93
begin:vorige|ik-boodschap|-0.93
begin:waar|samenvatting|-1.0
begin:waar|open-vraag|0.97
begin:waar|adviseren|-1.0
begin:waar|afleiden|-0.97
begin:waarom|jij-boodschap|-0.14
begin:waarom|gevoelsreflectie|-1.0
begin:waarom|open-vraag|-1.0
begin:waarom|bevelen|-0.98
begin:waarom|waarschuwen|-0.98
begin:waarom|moraliseren|-0.99
begin:waarom|adviseren|1.59
begin:waarom|bekritiseren|0.12
begin:waarom|prijzen|-0.87
begin:waarom|ondervragen|1.08
begin:waarom|afleiden|-0.99
begin:waarom|vervolgafspraak|-0.99
begin:wacht|bevelen|0.94
begin:wanneer|ik-boodschap|2.64
begin:wanneer|samenvatting|-0.83
begin:wanneer|open-vraag|-1.0
begin:wanneer|waarschuwen|-0.97
begin:wanneer|moraliseren|-0.99
begin:wanneer|adviseren|-1.0
begin:wanneer|bekritiseren|-0.98
begin:wanneer|geruststellen|-1.0
begin:wanneer|afleiden|-0.96
begin:wat|ik-boodschap|-1.0
begin:wat|jij-boodschap|1.0
begin:wat|parafrase|-0.91
begin:wat|gevoelsreflectie|-1.4
begin:wat|samenvatting|-0.16
begin:wat|open-vraag|-1.83
begin:wat|aanmoediging|-0.99
begin:wat|bevelen|-0.97
begin:wat|moraliseren|-1.0
begin:wat|adviseren|1.11
begin:wat|argumenteren|-1.99
begin:wat|bekritiseren|2.46
begin:wat|prijzen|0.15
begin:wat|etiketteren|1.61
begin:wat|interpreteren|-0.9
begin:wat|geruststellen|-1.0
begin:wat|ondervragen|-0.95
begin:wat|afleiden|-1.62
begin:wat|bedanken|-0.77
begin:we|ik-boodschap|-0.86
begin:we|parafrase|-0.99
begin:we|samenvatting|1.9
begin:we|open-vraag|-0.83
begin:we|aanmoediging|-0.99
begin:we|bekritiseren|-0.61
begin:we|etiketteren|-0.97
begin:we|geruststellen|-0.97
begin:we|afleiden|-0.85
begin:we|afronding-aankondigen|2.05
begin:we|vervolgafspraak|-1.99
begin:we|bedanken|1.08
begin:wees|waarschuwen|0.98
begin:wees|geruststellen|0.87
begin:weet|ik-boodschap|0.92
begin:weet|jij-boodschap|0.68
begin:weet|bekritiseren|0.96
begin:welk|open-vraag|-2.9
begin:welke|ik-boodschap|-0.94
begin:wie|bekritiseren|-0.96
begin:zal|vervolgafspraak|0.99
begin:ze|jij-boodschap|1.14
begin:ze|parafrase|-1.0
begin:ze|bevelen|-1.54
begin:ze|waarschuwen|-0.93
begin:ze|moraliseren|-0.81
begin:ze|adviseren|-1.0
begin:ze|etiketteren|-0.97
begin:ze|geruststellen|-0.98
begin:zeg|afleiden|1.0
begin:zegt|aanmoediging|1.81
begin:zet|adviseren|0.57
begin:zet|bekritiseren|-0.84
begin:zij|ik-boodschap|-0.89
begin:zij|jij-boodschap|1.0
begin:zij|argumenteren|-1.0
begin:zij|bekritiseren|0.82
begin:zij|geruststellen|-0.93
begin:zij|afleiden|-0.97
begin:zit|argumenteren|-0.98
begin:zit|bekritiseren|-0.94
begin:zit|geruststellen|0.72
begin:zit|ondervragen|0.97
begin:zit|vervolgafspraak|-0.97
begin:zo|samenvatting|-0.98
begin:zo'n|jij-boodschap|-1.9
begin:zo'n|moraliseren|-0.9
begin:zo'n|bekritiseren|1.0
begin:zo'n|prijzen|0.98
begin:zo'n|etiketteren|-0.98
begin:zorg|bevelen|0.82
begin:zorg|interpreteren|-0.99
begin:zorgt|bevelen|0.99
begin:zoveel|geruststellen|1.75
begin:zoveel|afleiden|-0.89
begin:zullen|ik-boodschap|-0.87
begin:zullen|adviseren|-0.96
begin:zullen|ondervragen|-0.96
begin:zullen|afronding-aankondigen|-0.99
begin:zullen|vervolgafspraak|-0.92
deel:gedrag|ik-boodschap|3.06
deel:gedrag|jij-boodschap|-1.79
deel:gedrag|parafrase|-1.92
deel:gedrag|gevoelsreflectie|0.34
deel:gedrag|samenvatting|-1.83
deel:gedrag|open-vraag|1.97
deel:gedrag|aanmoediging|-1.0
deel:gedrag|bevelen|-0.94
deel:gedrag|moraliseren|-0.99
deel:gedrag|adviseren|-1.89
deel:gedrag|argumenteren|-1.0
deel:gedrag|bekritiseren|-2.54
deel:gedrag|prijzen|-1.8
deel:gedrag|interpreteren|1.67
deel:gedrag|geruststellen|-0.85
deel:gedrag|ondervragen|-0.99
deel:gedrag|afleiden|-0.87
deel:gedrag|afronding-aankondigen|-1.0
deel:gedrag|vervolgafspraak|-2.86
deel:gedrag|bedanken|-1.0
deel:gevoel|ik-boodschap|7.33
deel:gevoel|jij-boodschap|-1.22
deel:gevoel|parafrase|-2.88
deel:gevoel|gevoelsreflectie|-1.78
deel:gevoel|samenvatting|-1.97
deel:gevoel|aanmoediging|-1.0
deel:gevoel|waarschuwen|-1.91
deel:gevoel|adviseren|-1.0
deel:gevoel|argumenteren|-1.0
deel:gevoel|bekritiseren|-0.54
deel:gevoel|prijzen|-0.98
deel:gevoel|etiketteren|-0.98
deel:gevoel|interpreteren|-1.99
deel:gevoel|geruststellen|-2.76
deel:gevoel|afleiden|-0.87
deel:gevoel|afronding-aankondigen|-1.0
deel:gevoel|vervolgafspraak|-1.98
deel:gevoel|bedanken|-1.0
deel:gevolg|ik-boodschap|4.02
deel:gevolg|jij-boodschap|-1.92
deel:gevolg|parafrase|-0.95
deel:gevolg|gevoelsreflectie|-0.6
deel:gevolg|samenvatting|-0.99
deel:gevolg|waarschuwen|-1.91
deel:gevolg|moraliseren|-0.99
deel:gevolg|argumenteren|-1.0
deel:gevolg|bekritiseren|-0.98
deel:gevolg|prijzen|-0.98
deel:gevolg|etiketteren|-0.72
deel:gevolg|geruststellen|-1.0
deel:gevolg|ondervragen|-0.99
deel:gevolg|bedanken|-1.0
familie:afronding|ik-boodschap|-2.78
familie:afronding|jij-boodschap|-0.91
familie:afronding|parafrase|-3.08
familie:afronding|gevoelsreflectie|-1.0
familie:afronding|samenvatting|-0.94
familie:afronding|open-vraag|-0.99
familie:afronding|aanmoediging|-1.0
familie:afronding|bevelen|-0.94
familie:afronding|waarschuwen|-1.94
familie:afronding|moraliseren|-0.98
familie:afronding|adviseren|-1.0
familie:afronding|argumenteren|-2.92
familie:afronding|bekritiseren|-2.5
familie:afronding|prijzen|-0.99
familie:afronding|etiketteren|-0.97
familie:afronding|interpreteren|-2.9
familie:afronding|geruststellen|-1.96
familie:afronding|ondervragen|-0.96
familie:afronding|afleiden|-3.86
familie:afronding|afronding-aankondigen|5.0
familie:afronding|vervolgafspraak|4.7
familie:afronding|bedanken|6.23
familie:blokkade|ik-boodschap|-6.69
familie:blokkade|jij-boodschap|-2.4
familie:blokkade|parafrase|-5.7
familie:blokkade|gevoelsreflectie|-3.74
familie:blokkade|samenvatting|-7.16
familie:blokkade|open-vraag|-4.06
familie:blokkade|aanmoediging|-1.98
familie:blokkade|bevelen|0.44
familie:blokkade|waarschuwen|1.89
familie:blokkade|moraliseren|-1.76
familie:blokkade|adviseren|-0.79
familie:blokkade|argumenteren|-0.81
familie:blokkade|bekritiseren|-0.29
familie:blokkade|prijzen|-0.26
familie:blokkade|etiketteren|-1.94
familie:blokkade|interpreteren|-0.27
familie:blokkade|geruststellen|-1.86
familie:blokkade|ondervragen|0.1
familie:blokkade|afronding-aankondigen|-2.92
familie:blokkade|vervolgafspraak|-4.66
familie:blokkade|bedanken|-2.98
familie:ik-boodschap|ik-boodschap|7.73
familie:ik-boodschap|jij-boodschap|-1.68
familie:ik-boodschap|parafrase|-1.95
familie:ik-boodschap|gevoelsreflectie|-1.56
familie:ik-boodschap|samenvatting|-1.97
familie:ik-boodschap|open-vraag|0.98
familie:ik-boodschap|aanmoediging|-1.0
familie:ik-boodschap|waarschuwen|-1.91
familie:ik-boodschap|moraliseren|-0.99
familie:ik-boodschap|adviseren|-1.0
familie:ik-boodschap|argumenteren|-1.0
familie:ik-boodschap|bekritiseren|-3.17
familie:ik-boodschap|prijzen|-0.98
familie:ik-boodschap|interpreteren|-0.99
familie:ik-boodschap|geruststellen|-1.0
familie:ik-boodschap|ondervragen|-0.99
familie:ik-boodschap|afleiden|-0.87
familie:ik-boodschap|afronding-aankondigen|-1.0
familie:ik-boodschap|vervolgafspraak|-2.86
familie:ik-boodschap|bedanken|-1.0
familie:jij-boodschap|ik-boodschap|-0.19
familie:jij-boodschap|jij-boodschap|10.11
familie:jij-boodschap|parafrase|-1.0
familie:jij-boodschap|gevoelsreflectie|-4.38
familie:jij-boodschap|samenvatting|-1.84
familie:jij-boodschap|open-vraag|0.97
familie:jij-boodschap|bevelen|-2.08
familie:jij-boodschap|waarschuwen|-0.22
familie:jij-boodschap|moraliseren|-3.68
familie:jij-boodschap|adviseren|-1.9
familie:jij-boodschap|argumenteren|-1.99
familie:jij-boodschap|bekritiseren|2.71
familie:jij-boodschap|prijzen|-2.84
familie:jij-boodschap|etiketteren|2.72
familie:jij-boodschap|interpreteren|-1.92
familie:jij-boodschap|geruststellen|-1.93
familie:jij-boodschap|ondervragen|-1.86
familie:jij-boodschap|afleiden|-0.97
familie:jij-boodschap|afronding-aankondigen|-1.0
familie:luisteren|ik-boodschap|-5.41
familie:luisteren|jij-boodschap|-3.48
familie:luisteren|parafrase|3.64
familie:luisteren|gevoelsreflectie|5.32
familie:luisteren|samenvatting|4.42
familie:luisteren|open-vraag|5.88
familie:luisteren|bevelen|-3.75
familie:luisteren|waarschuwen|-2.91
familie:luisteren|moraliseren|-3.7
familie:luisteren|adviseren|-3.0
familie:luisteren|argumenteren|-2.95
familie:luisteren|bekritiseren|-3.22
familie:luisteren|prijzen|-1.99
familie:luisteren|etiketteren|-2.84
familie:luisteren|interpreteren|-3.69
familie:luisteren|geruststellen|-3.42
familie:luisteren|ondervragen|-4.92
familie:luisteren|afleiden|-3.55
familie:luisteren|afronding-aankondigen|-2.81
familie:luisteren|vervolgafspraak|-2.9
familie:luisteren|bedanken|-2.74
p:'s avonds|adviseren|0.97
p:'s avonds|bekritiseren|0.26
p:'s avonds|interpreteren|-0.94
p:'s nachts|bekritiseren|0.86
p:'s ochtends|ondervragen|0.93
p:1 dat|samenvatting|-0.79
p:1 dat|argumenteren|0.9
p:1 voor|waarschuwen|0.94
p:14 maart|samenvatting|0.96
p:14 maart|prijzen|-0.96
p:14 maart|vervolgafspraak|0.96
p:2 staat|argumenteren|-0.96
p:2 voor|jij-boodschap|-0.54
p:2 voor|bekritiseren|-0.9
p:24 van|adviseren|-0.95
p:28 leerlingen|adviseren|-0.95
p:3 8|samenvatting|-0.79
p:3 8|argumenteren|0.9
p:3 afronden|jij-boodschap|-0.65
p:3 afronden|argumenteren|0.97
p:3b bij|etiketteren|-0.99
p:3b en|bekritiseren|-0.97
p:4 5|samenvatting|-0.79
p:4 5|argumenteren|0.9
p:4 8|moraliseren|-0.92
p:4 9|jij-boodschap|-0.54
p:4 9|bekritiseren|-0.9
p:4 daar|gevoelsreflectie|0.65
p:4 daar|geruststellen|-0.92
p:4 en|argumenteren|-0.96
p:4 in|gevoelsreflectie|0.97
p:4 is|ik-boodschap|1.0
p:4 is|parafrase|-1.0
p:4 is|gevoelsreflectie|0.65
p:4 is|open-vraag|1.0
p:4 is|geruststellen|-0.92
p:4 voor|gevoelsreflectie|-0.72
p:5 1|samenvatting|-0.79
p:5 1|argumenteren|0.9
p:5 2|jij-boodschap|-0.54
p:5 2|bekritiseren|-0.9
p:5 3|jij-boodschap|-0.65
p:5 3|argumenteren|0.97
p:5 5|moraliseren|-0.9
p:5 en|samenvatting|-0.79
p:5 en|argumenteren|0.9
p:5 omdat|interpreteren|-0.73
p:5 wordt|moraliseren|-0.9
p:6 4|argumenteren|-0.96
p:6 8|argumenteren|0.98
p:6 kan|jij-boodschap|-0.65
p:6 kan|argumenteren|0.97
p:7 1|argumenteren|-0.96
p:7 4|gevoelsreflectie|-0.72
p:7 halen|jij-boodschap|-0.98
p:7 halen|prijzen|0.98
p:7 halen|etiketteren|-0.98
p:7 kunnen|prijzen|0.87
p:7 naar|ik-boodschap|1.0
p:7 naar|parafrase|-1.0
p:7 naar|open-vraag|1.0
p:8 een|samenvatting|-0.79
p:8 een|argumenteren|0.9
p:8 gehaald|jij-boodschap|-0.94
p:8 gemiddeld|moraliseren|-0.92
p:9 voor|jij-boodschap|-0.54
p:9 voor|bekritiseren|-0.9
p:? controleert|ondervragen|0.97
p:? controleert|vervolgafspraak|-0.97
p:? dan|moraliseren|0.87
p:? dan|ondervragen|-0.98
p:? dank|argumenteren|-0.97
p:? dat|jij-boodschap|0.8
p:? dat|moraliseren|-0.94
p:? dat|bekritiseren|1.63
p:? elke|jij-boodschap|-0.36
p:? elke|bekritiseren|-0.85
p:? en|ik-boodschap|-0.94
p:? en|jij-boodschap|-0.36
p:? en|gevoelsreflectie|-1.0
p:? en|open-vraag|-1.88
p:? en|aanmoediging|0.97
p:? en|bevelen|-0.95
p:? en|bekritiseren|-0.85
p:? en|ondervragen|0.92
p:? heeft|prijzen|-0.87
p:? heeft|ondervragen|0.99
p:? heeft|afleiden|-0.99
p:? hoe|bevelen|-0.95
p:? ik|adviseren|0.91
p:? ik|vervolgafspraak|0.91
p:? kunt|prijzen|-0.99
p:? kunt|interpreteren|-0.99
p:? maar|open-vraag|0.88
p:? met|jij-boodschap|-0.94
p:? met|open-vraag|-0.97
p:? met|prijzen|-0.87
p:? met|ondervragen|0.99
p:? met|afleiden|-0.99
p:? ook|jij-boodschap|-0.36
p:? ook|bekritiseren|-0.85
p:? ook|ondervragen|0.88
p:? sinds|ik-boodschap|-0.94
p:? tot|adviseren|-0.83
p:? tot|ondervragen|0.97
p:? tot|vervolgafspraak|-0.97
p:? waar|jij-boodschap|-0.94
p:? waar|bekritiseren|-0.96
p:? waarom|ondervragen|0.95
p:? waarom|afleiden|-0.84
p:? wanneer|bekritiseren|-0.96
p:? was|adviseren|-0.83
p:? was|ondervragen|0.95
p:? was|afleiden|-0.84
p:? wat|gevoelsreflectie|-1.0
p:? wat|open-vraag|-1.0
p:? wat|ondervragen|1.0
p:? wist|open-vraag|-0.97
p:? zijn|afleiden|0.97
p:aan ?|parafrase|0.9
p:aan ?|samenvatting|-0.64
p:aan afspraken|bevelen|-0.92
p:aan alles|argumenteren|-0.99
p:aan alles|bekritiseren|-0.99
p:aan alles|etiketteren|0.75
p:aan als|ik-boodschap|-0.91
p:aan bij|bevelen|-0.59
p:aan bij|ondervragen|-0.91
p:aan breien|vervolgafspraak|-0.97
p:aan dat|jij-boodschap|-0.97
p:aan dat|open-vraag|0.97
p:aan dat|bekritiseren|-0.86
p:aan de|jij-boodschap|-0.97
p:aan de|open-vraag|0.97
p:aan de|bevelen|0.92
p:aan de|moraliseren|0.86
p:aan de|bekritiseren|0.79
p:aan de|etiketteren|-1.0
p:aan en|jij-boodschap|0.97
p:aan en|samenvatting|-0.97
p:aan en|bekritiseren|0.97
p:aan gedaan|bekritiseren|-0.25
p:aan het|open-vraag|-0.99
p:aan het|adviseren|-0.83
p:aan het|bekritiseren|-0.72
p:aan hoor|aanmoediging|0.78
p:aan houden|bevelen|-0.92
p:aan je|ik-boodschap|0.99
p:aan je|jij-boodschap|0.98
p:aan je|bevelen|-0.98
p:aan je|bekritiseren|1.84
p:aan je|geruststellen|-0.99
p:aan maken|bedanken|-1.0
p:aan mevrouw|bevelen|0.94
p:aan mevrouw|bekritiseren|-0.63
p:aan mevrouw|vervolgafspraak|-0.87
p:aan mij|argumenteren|1.0
p:aan mij|bekritiseren|-0.87
p:aan nu|aanmoediging|-0.75
p:aan nu|bevelen|0.3
p:aan school|jij-boodschap|1.0
p:aan school|bevelen|1.0
p:aan school|waarschuwen|-1.0
p:aan school|bekritiseren|1.0
p:aan sem|adviseren|0.62
p:aan te|gevoelsreflectie|0.65
p:aan te|bevelen|-0.95
p:aan te|waarschuwen|-0.94
p:aan te|moraliseren|-0.99
p:aan te|interpreteren|-0.99
p:aan te|geruststellen|-1.67
p:aan te|afleiden|1.62
p:aan toevoegen|samenvatting|0.65
p:aan veranderen|ik-boodschap|-1.0
p:aan veranderen|argumenteren|1.0
p:aan veranderen|etiketteren|-1.0
p:aan veranderen|afleiden|-1.0
p:aan vrijdag|samenvatting|0.83
p:aan vrijdag|bedanken|-0.77
p:aan zijn|ik-boodschap|0.95
p:aan zijn|jij-boodschap|0.88
p:aan zijn|samenvatting|-0.88
p:aan zijn|waarschuwen|0.91
p:aan zijn|bekritiseren|0.34
p:aanbieden aan|bevelen|0.94
p:aandacht hij|interpreteren|0.87
p:aandacht krijgt|waarschuwen|-1.0
p:aandacht krijgt|adviseren|-1.0
p:aandacht krijgt|interpreteren|1.0
p:aandacht te|interpreteren|0.98
p:aangevallen voelt|gevoelsreflectie|-0.91
p:aanpakken ?|ik-boodschap|-0.97
p:aanpakken ?|parafrase|-1.81
p:aanpakken ?|gevoelsreflectie|-0.97
p:aanpakken ?|samenvatting|0.97
p:aanpakken ?|open-vraag|0.97
p:aanpakken ?|moraliseren|-0.87
p:aansluiting met|ik-boodschap|-0.76
p:aansluiting mist|gevoelsreflectie|0.92
p:aansteller dat|moraliseren|-0.96
p:aantoonbaar onjuist|interpreteren|-0.99
p:aardrijkskunde zakt|ik-boodschap|0.91
p:aardrijkskunde zakt|jij-boodschap|-0.13
p:ach dat|adviseren|0.96
p:ach dat|argumenteren|-0.97
p:ach dat|bekritiseren|-0.97
p:ach dat|etiketteren|-0.91
p:ach dat|geruststellen|-0.74
p:ach dat|afleiden|1.95
p:ach die|afleiden|0.71
p:ach een|adviseren|-0.79
p:ach een|afleiden|0.97
p:ach elke|geruststellen|0.74
p:ach elke|afleiden|-0.86
p:ach het|prijzen|-0.97
p:ach het|afleiden|-0.91
p:ach iedereen|aanmoediging|-1.0
p:ach iedereen|argumenteren|-0.72
p:ach iedereen|ondervragen|-1.0
p:ach iedereen|afleiden|1.0
p:ach joh|open-vraag|-0.94
p:ach jongens|moraliseren|-0.99
p:ach plagen|geruststellen|-0.95
p:ach plagen|afleiden|0.95
p:ach ruzietjes|prijzen|-0.9
p:ach ruzietjes|afleiden|0.73
p:ach u|jij-boodschap|-0.49
p:ach u|gevoelsreflectie|-0.97
p:ach u|etiketteren|0.97
p:ach wat|afleiden|-0.93
p:ach zulke|geruststellen|-0.84
p:ach zulke|afleiden|0.84
p:acht bij|bevelen|0.91
p:acht bij|interpreteren|-0.89
p:acht open|bevelen|-0.91
p:acht uur|samenvatting|-0.55
p:acht uur|waarschuwen|1.0
p:acht uur|vervolgafspraak|-1.0
p:acht vakken|bekritiseren|-0.97
p:achter de|adviseren|-0.99
p:achter de|bekritiseren|0.84
p:achter de|ondervragen|0.97
p:achter de|vervolgafspraak|-0.97
p:achter zetten|vervolgafspraak|-0.96
p:achter zetten|bedanken|-0.96
p:achterin zitten|interpreteren|-0.94
p:achterloopt zullen|vervolgafspraak|0.89
p:advies is|adviseren|-0.92
p:advies neem|adviseren|0.84
p:advocaat van|bekritiseren|-1.84
p:advocaat van|prijzen|-0.96
p:advocaat van|etiketteren|0.96
p:advocaat zeg|jij-boodschap|1.87
p:advocaat zeg|etiketteren|0.99
p:af bedankt|bekritiseren|-0.93
p:af dat|samenvatting|0.97
p:af dat|open-vraag|-0.99
p:af dat|vervolgafspraak|0.97
p:af en|bevelen|0.97
p:af en|prijzen|-0.93
p:af en|afronding-aankondigen|0.96
p:af heeft|gevoelsreflectie|-0.89
p:af hoe|ik-boodschap|0.99
p:af is|ik-boodschap|-0.91
p:af is|geruststellen|-0.82
p:af maandag|bedanken|0.76
p:af op|bekritiseren|0.94
p:af te|open-vraag|0.93
p:af te|afronding-aankondigen|0.96
p:af tot|ik-boodschap|-0.91
p:af tot|waarschuwen|0.91
p:af waardoor|bekritiseren|-0.87
p:afdelingsleider erbij|jij-boodschap|-1.0
p:afdelingsleider erbij|bevelen|1.0
p:afdelingsleider erbij|waarschuwen|1.0
p:afdelingsleider erbij|bekritiseren|-1.0
p:afdelingsleider erbij|geruststellen|-1.0
p:afdelingsleider volgende|waarschuwen|-0.99
p:afgaat tijdens|vervolgafspraak|-0.8
p:afgelopen twee|ik-boodschap|0.91
p:afgelopen twee|jij-boodschap|-0.13
p:afgelopen week|ik-boodschap|0.96
p:afgelopen week|argumenteren|-0.96
p:afgerond naar|moraliseren|-0.9
p:afgezegd zo|jij-boodschap|1.83
p:afgezegd zo|bekritiseren|0.94
p:afhaakte moest|jij-boodschap|-0.69
p:afhaakte moest|bekritiseren|-0.29
p:afhaakte moest|afleiden|-0.87
p:afleiding misschien|adviseren|0.82
p:aflopen voor|bekritiseren|-0.97
p:afmaken en|open-vraag|-1.0
p:afmaken en|adviseren|-1.0
p:afmaken en|argumenteren|-1.0
p:afmaken en|geruststellen|-1.0
p:afmaken en|vervolgafspraak|-1.0
p:afmaken en|bedanken|-1.0
p:afronden de|etiketteren|-0.97
p:afronden en|vervolgafspraak|0.92
p:afronden naar|jij-boodschap|-0.65
p:afronden naar|argumenteren|0.97
p:afronden over|bedanken|0.54
p:afsluiten de|afronding-aankondigen|0.99
p:afsluiten de|vervolgafspraak|-0.99
p:afsluiten voor|samenvatting|1.0
p:afsluiten voor|aanmoediging|-1.0
p:afsluiten voor|afronding-aankondigen|1.0
p:afsluiten we|bevelen|-0.99
p:afspraak bij|samenvatting|0.96
p:afspraak bij|prijzen|-0.96
p:afspraak bij|vervolgafspraak|0.96
p:afspraak laten|bekritiseren|-1.0
p:afspraak maken|argumenteren|-0.97
p:afspraken ?|jij-boodschap|1.0
p:afspraken ?|bekritiseren|1.0
p:afspraken ?|ondervragen|-1.0
p:afspraken aan|jij-boodschap|0.88
p:afspraken aan|samenvatting|-0.88
p:afspraken aan|bekritiseren|0.34
p:afspraken en|bevelen|-0.92
p:afspraken en|afronding-aankondigen|-0.95
p:afspraken houdt|jij-boodschap|-0.97
p:afspraken houdt|open-vraag|0.97
p:afspraken houdt|bekritiseren|-0.86
p:afspraken met|parafrase|-0.95
p:afspraken nooit|jij-boodschap|0.87
p:afspraken nooit|bekritiseren|0.73
p:afspraken op|ik-boodschap|-0.98
p:afspraken te|bevelen|0.92
p:afspraken te|moraliseren|0.86
p:afspraken van|bekritiseren|0.98
p:afspreken ?|adviseren|0.91
p:afspreken ?|vervolgafspraak|0.91
p:afspreken u|samenvatting|0.83
p:afspreken u|bedanken|-0.77
p:afwezig moeten|ik-boodschap|0.97
p:afwezig moeten|waarschuwen|-0.97
p:afwezig was|geruststellen|-0.99
p:afwezig was|bedanken|-0.99
p:agenda door|adviseren|1.0
p:agenda door|vervolgafspraak|0.94
p:agenda door|bedanken|-0.54
p:akkoord met|prijzen|1.0
p:akkoord met|etiketteren|-0.98
p:akkoord met|geruststellen|-0.98
p:al als|ik-boodschap|0.97
p:al als|waarschuwen|-0.97
p:al die|parafrase|0.98
p:al drie|jij-boodschap|-0.94
p:al drie|adviseren|-0.96
p:al drie|bekritiseren|0.98
p:al drie|vervolgafspraak|0.89
p:al een|bekritiseren|-0.96
p:al eens|geruststellen|-0.99
p:al gebeuren|ik-boodschap|-0.76
p:al gedaan|gevoelsreflectie|-1.0
p:al gedaan|open-vraag|-1.0
p:al gedaan|ondervragen|1.0
p:al geprobeerd|adviseren|-0.91
p:al gezien|afleiden|1.0
p:al in|samenvatting|-0.89
p:al in|open-vraag|-0.99
p:al inleverde|ik-boodschap|-0.91
p:al inpakt|open-vraag|-0.99
p:al inpakt|adviseren|1.88
p:al laten|ondervragen|-1.0
p:al ondertekend|ondervragen|-0.93
p:al oor|ik-boodschap|-0.57
p:al oor|samenvatting|-0.84
p:al over|vervolgafspraak|-0.99
p:al te|jij-boodschap|0.84
p:al twee|argumenteren|0.96
p:al vanaf|gevoelsreflectie|-0.91
p:al vier|parafrase|-0.75
p:al weken|argumenteren|0.99
p:alle afspraken|jij-boodschap|0.88
p:alle afspraken|samenvatting|-0.88
p:alle afspraken|bekritiseren|0.34
p:alle tijd|aanmoediging|0.78
p:allebei bent|gevoelsreflectie|-1.0
p:allebei bij|bedanken|1.0
p:allebei dat|samenvatting|0.99
p:allebei dat|bekritiseren|-0.99
p:allebei het|vervolgafspraak|-0.91
p:allebei konden|afronding-aankondigen|0.81
p:allebei niks|ik-boodschap|0.91
p:alleen aan|argumenteren|1.0
p:alleen aan|bekritiseren|-0.87
p:alleen bij|ik-boodschap|0.92
p:alleen bij|argumenteren|0.99
p:alleen dat|ik-boodschap|-0.91
p:alleen dat|geruststellen|-0.82
p:alleen in|ik-boodschap|0.99
p:alleen in|vervolgafspraak|-0.96
p:alleen loopt|bevelen|-0.94
p:alleen maar|ik-boodschap|-0.98
p:alleen maar|jij-boodschap|1.77
p:alleen maar|waarschuwen|-0.86
p:alleen maar|moraliseren|-0.78
p:alleen maar|bekritiseren|1.26
p:alleen maar|prijzen|-0.97
p:alleen naar|ik-boodschap|-0.98
p:alleen niet|samenvatting|-0.99
p:alleen omdat|jij-boodschap|-0.97
p:alleen omdat|gevoelsreflectie|-0.91
p:alleen omdat|bekritiseren|-0.82
p:alleen omdat|interpreteren|0.99
p:alleen omdat|geruststellen|-0.98
p:alleen op|adviseren|-0.91
p:alleen op|vervolgafspraak|-0.91
p:alleen staan|moraliseren|0.91
p:alleen terugduwde|gevoelsreflectie|-0.9
p:alleen voelde|gevoelsreflectie|1.84
p:alleen voelt|ik-boodschap|-0.86
p:alleen voelt|gevoelsreflectie|-0.36
p:alleen voelt|samenvatting|0.86
p:alleen voelt|bekritiseren|-0.85
p:alleen voor|ik-boodschap|1.0
p:alleen voor|waarschuwen|-1.0
p:alleen voor|argumenteren|-0.98
p:alleen voor|interpreteren|-1.0
p:alleen zo|jij-boodschap|-0.97
p:allemaal goed|open-vraag|-1.0
p:allemaal goed|bevelen|-0.85
p:allemaal goed|waarschuwen|-1.0
p:allemaal goed|geruststellen|1.0
p:allemaal goed|bedanken|-1.0
p:allemaal in|argumenteren|0.93
p:allemaal kan|ik-boodschap|0.98
p:allemaal op|bekritiseren|-0.97
p:allemaal op|geruststellen|0.84
p:allemaal regelt|prijzen|0.94
p:allemaal regelt|ondervragen|-0.94
p:allemaal te|gevoelsreflectie|0.9
p:allemaal veel|parafrase|-0.99
p:alles aan|bekritiseren|-0.25
p:alles beter|bekritiseren|0.99
p:alles bij|gevoelsreflectie|-0.85
p:alles bij|samenvatting|0.7
p:alles doen|adviseren|-0.9
p:alles en|gevoelsreflectie|-0.74
p:alles en|afronding-aankondigen|-1.0
p:alles maar|jij-boodschap|0.89
p:alles maar|bekritiseren|0.94
p:alles op|samenvatting|0.94
p:als afwezig|ik-boodschap|0.97
p:als afwezig|waarschuwen|-0.97
p:als bilal|ik-boodschap|0.99
p:als bilal|bevelen|-0.99
p:als daan|open-vraag|0.96
p:als daan|vervolgafspraak|0.91
p:als dat|jij-boodschap|2.34
p:als dat|waarschuwen|1.91
p:als dat|bekritiseren|1.77
p:als die|moraliseren|0.91
p:als die|vervolgafspraak|-0.8
p:als dit|ik-boodschap|-0.76
p:als dit|gevoelsreflectie|0.92
p:als dit|bevelen|-1.0
p:als dit|waarschuwen|-0.91
p:als dit|moraliseren|-1.0
p:als dit|prijzen|-1.0
p:als dit|etiketteren|-1.0
p:als dit|interpreteren|-0.91
p:als een|jij-boodschap|1.87
p:als een|moraliseren|-0.97
p:als een|etiketteren|1.7
p:als een|afleiden|-0.93
p:als eerste|ik-boodschap|-0.97
p:als eerste|parafrase|-1.81
p:als eerste|gevoelsreflectie|-0.97
p:als eerste|samenvatting|0.97
p:als eerste|open-vraag|1.96
p:als eerste|moraliseren|-0.87
p:als er|jij-boodschap|0.99
p:als er|gevoelsreflectie|-0.99
p:als er|vervolgafspraak|0.97
p:als finn|jij-boodschap|-0.98
p:als finn|prijzen|0.98
p:als finn|etiketteren|-0.98
p:als geen|prijzen|0.96
p:als gijs|ik-boodschap|0.98
p:als gijs|vervolgafspraak|-0.98
p:als het|ik-boodschap|-0.97
p:als het|jij-boodschap|2.69
p:als het|samenvatting|-0.98
p:als het|waarschuwen|0.86
p:als het|moraliseren|-1.0
p:als het|bekritiseren|0.95
p:als het|prijzen|-1.0
p:als het|etiketteren|0.99
p:als het|geruststellen|0.94
p:als hij|jij-boodschap|-0.98
p:als hij|parafrase|-0.93
p:als hij|waarschuwen|-0.97
p:als hij|moraliseren|0.9
p:als hij|argumenteren|-1.0
p:als hij|bekritiseren|0.87
p:als hij|prijzen|0.98
p:als hij|etiketteren|-0.98
p:als hij|ondervragen|0.93
p:als ik|ik-boodschap|-1.05
p:als ik|jij-boodschap|-0.95
p:als ik|parafrase|4.58
p:als ik|gevoelsreflectie|-0.96
p:als ik|samenvatting|0.87
p:als ik|open-vraag|-0.99
p:als ik|bevelen|-0.41
p:als ik|waarschuwen|-0.93
p:als ik|bekritiseren|-1.0
p:als ik|prijzen|0.72
p:als ik|etiketteren|-0.99
p:als ik|afronding-aankondigen|-0.99
p:als je|jij-boodschap|-0.12
p:als je|samenvatting|-1.0
p:als je|bevelen|0.86
p:als je|waarschuwen|3.99
p:als je|adviseren|1.88
p:als je|argumenteren|0.66
p:als je|bekritiseren|-0.52
p:als je|interpreteren|-1.99
p:als je|geruststellen|-1.0
p:als je|ondervragen|-0.99
p:als je|afronding-aankondigen|-1.0
p:als je|vervolgafspraak|-1.0
p:als jesse|ik-boodschap|1.0
p:als jesse|waarschuwen|-1.91
p:als jij|ik-boodschap|0.95
p:als jij|moraliseren|-0.9
p:als keuzevak|open-vraag|-0.93
p:als leerling|jij-boodschap|-0.34
p:als leerling|moraliseren|0.9
p:als leerling|argumenteren|-0.65
p:als leerling|bekritiseren|-0.99
p:als lieke|ik-boodschap|0.98
p:als lotte|ik-boodschap|0.92
p:als lucas|waarschuwen|0.99
p:als lucas|moraliseren|-0.84
p:als lucas|argumenteren|-0.99
p:als mijn|prijzen|-0.98
p:als mila|open-vraag|0.92
p:als moeder|waarschuwen|-1.0
p:als moeder|moraliseren|1.94
p:als moeder|bekritiseren|-0.9
p:als ouder|ik-boodschap|-0.98
p:als ouder|moraliseren|1.96
p:als ouder|adviseren|-1.95
p:als ouder|argumenteren|0.82
p:als ouder|bekritiseren|0.84
p:als ouder|geruststellen|-1.0
p:als ouder|afleiden|-0.99
p:als ouders|bevelen|-0.99
p:als ouders|adviseren|0.99
p:als thomas|open-vraag|-0.99
p:als tim|jij-boodschap|-0.99
p:als tim|samenvatting|-0.99
p:als u|jij-boodschap|-0.36
p:als u|parafrase|-0.86
p:als u|open-vraag|-0.97
p:als u|bekritiseren|-0.9
p:als u|prijzen|-0.61
p:als u|vervolgafspraak|0.99
p:als u|bedanken|-0.99
p:als uw|gevoelsreflectie|0.97
p:als vader|moraliseren|1.0
p:als vader|adviseren|-0.86
p:als vader|bekritiseren|0.96
p:als verpleegkundige|prijzen|0.93
p:als we|jij-boodschap|-2.48
p:als we|open-vraag|-0.96
p:als we|waarschuwen|-0.91
p:als we|bekritiseren|-1.33
p:als we|etiketteren|-0.96
p:als we|ondervragen|0.98
p:als we|vervolgafspraak|-0.91
p:als ze|ik-boodschap|-0.99
p:als ze|waarschuwen|0.94
p:als ze|argumenteren|0.89
p:alsof de|bevelen|-0.91
p:alsof er|bekritiseren|0.77
p:alsof er|geruststellen|-0.93
p:alsof je|jij-boodschap|-0.9
p:alsof je|gevoelsreflectie|1.49
p:alsof je|samenvatting|-0.97
p:alsof je|open-vraag|-0.97
p:alsof je|bekritiseren|-0.85
p:alsof u|gevoelsreflectie|1.0
p:alsof u|open-vraag|0.97
p:alsof u|argumenteren|-0.98
p:altijd binnenslenteren|bevelen|-0.91
p:altijd je|ik-boodschap|-0.84
p:altijd meteen|bekritiseren|-1.84
p:altijd meteen|prijzen|-0.96
p:altijd meteen|etiketteren|0.96
p:altijd pas|jij-boodschap|0.84
p:altijd snel|jij-boodschap|-0.94
p:altijd snel|bekritiseren|-0.94
p:altijd te|jij-boodschap|1.0
p:altijd te|bekritiseren|1.0
p:altijd te|ondervragen|-1.0
p:altijd voor|waarschuwen|-0.99
p:altijd voor|prijzen|0.92
p:altijd voor|vervolgafspraak|-0.82
p:altijd voor|bedanken|-0.92
p:altijd zijn|etiketteren|-0.97
p:altijd zo|jij-boodschap|-0.99
p:altijd zo|parafrase|-0.99
p:altijd zo|bevelen|-0.97
p:altijd zo|waarschuwen|-0.91
p:altijd zo|bekritiseren|-1.09
p:altijd zo|prijzen|2.82
p:amira in|ik-boodschap|0.97
p:amira in|gevoelsreflectie|-0.97
p:amira in|open-vraag|0.99
p:ander profiel|parafrase|0.72
p:ander rooster|ondervragen|-0.96
p:ander waarom|prijzen|0.96
p:ander zoals|jij-boodschap|-0.96
p:ander zoals|moraliseren|0.96
p:andere kamer|geruststellen|-0.93
p:andere leerlingen|argumenteren|1.0
p:andere moeder|parafrase|1.61
p:andere ouders|jij-boodschap|-0.74
p:andere ouders|moraliseren|-0.95
p:andere plek|samenvatting|-0.75
p:andere school|parafrase|0.96
p:andere school|adviseren|0.93
p:andere stappen|parafrase|-0.86
p:andere toetsen|ik-boodschap|1.0
p:andere vakken|parafrase|0.77
p:andere vakken|open-vraag|0.94
p:andere woorden|parafrase|0.98
p:andere woorden|samenvatting|-0.95
p:andere woorden|argumenteren|-0.92
p:anderen alles|gevoelsreflectie|-0.74
p:anderen alles|afronding-aankondigen|-1.0
p:anderen hun|ik-boodschap|0.95
p:anderen liggen|ik-boodschap|0.98
p:anderen maken|jij-boodschap|0.98
p:anderen maken|bevelen|-0.98
p:anderen maken|bekritiseren|1.84
p:anders bel|afronding-aankondigen|-0.92
p:anders dan|parafrase|0.77
p:anders dan|open-vraag|0.94
p:anders de|afleiden|0.12
p:anders even|adviseren|0.84
p:anders ga|jij-boodschap|-0.98
p:anders ga|waarschuwen|0.92
p:anders gaat|afleiden|0.72
p:anders gezien|aanmoediging|-0.99
p:anders hebben|adviseren|-0.96
p:anders hebben|afleiden|0.97
p:anders laat|waarschuwen|0.91
p:anders moet|bevelen|-1.0
p:anders moet|waarschuwen|1.0
p:anders of|prijzen|0.93
p:anders stop|bevelen|0.97
p:angst zit|gevoelsreflectie|0.83
p:anouk en|open-vraag|0.99
p:apart gaat|gevoelsreflectie|-0.74
p:apart gaat|afronding-aankondigen|-1.0
p:app het|vervolgafspraak|-0.94
p:app je|samenvatting|-0.82
p:app je|vervolgafspraak|1.87
p:app zelf|jij-boodschap|0.95
p:app zelf|bekritiseren|0.95
p:avond achter|ondervragen|0.97
p:avond achter|vervolgafspraak|-0.97
p:avond controleren|gevoelsreflectie|-0.99
p:avond een|ondervragen|-0.96
p:avond samen|adviseren|1.0
p:avond tot|argumenteren|0.89
p:avond van|open-vraag|-0.99
p:avond van|adviseren|1.88
p:avonden verlopen|open-vraag|0.81
p:avonds beneden|adviseren|0.97
p:avonds beneden|bekritiseren|-0.71
p:avonds gewoon|interpreteren|-0.94
p:avonds thuiskomt|bekritiseren|0.96
p:ayoub hielp|ik-boodschap|0.91
p:ayoub is|samenvatting|0.79
p:baalt er|gevoelsreflectie|0.94
p:baalt er|open-vraag|-0.86
p:baalt ervan|gevoelsreflectie|0.97
p:bakker van|vervolgafspraak|0.91
p:balen voor|gevoelsreflectie|-0.6
p:balen voor|open-vraag|0.98
p:balen voor|bekritiseren|-0.98
p:bang bent|jij-boodschap|-0.97
p:bang bent|etiketteren|-0.99
p:bang daarom|interpreteren|0.6
p:bang dat|samenvatting|0.62
p:bang dat|geruststellen|0.92
p:bang is|moraliseren|-0.92
p:bang is|interpreteren|0.89
p:bang voor|adviseren|-1.0
p:bang voor|geruststellen|1.0
p:bank zitten|bekritiseren|-0.98
p:bas naast|ik-boodschap|0.95
p:basisschool zat|open-vraag|0.71
p:beantwoord worden|prijzen|-0.98
p:bed gaat|geruststellen|-0.9
p:bed gegaan|adviseren|-0.83
p:bed moeten|jij-boodschap|0.8
p:bed moeten|moraliseren|-0.94
p:bed moeten|bekritiseren|0.85
p:bed te|ik-boodschap|-1.0
p:bed te|open-vraag|-1.0
p:bed te|moraliseren|1.93
p:bedankt dat|bekritiseren|-0.93
p:bedankt dat|afronding-aankondigen|-0.16
p:bedankt en|waarschuwen|-0.95
p:bedankt voor|jij-boodschap|-0.44
p:bedankt voor|bekritiseren|1.93
p:bedankt voor|geruststellen|-0.99
p:bedankt voor|afronding-aankondigen|-0.97
p:bedankt voor|bedanken|0.2
p:bedoel niet|ik-boodschap|-1.0
p:bedoeld dat|gevoelsreflectie|-0.81
p:bedoeld zijn|ik-boodschap|0.99
p:bedoeld zijn|bevelen|-0.99
p:bedoeling van|afleiden|-0.94
p:bedoelt dat|parafrase|0.86
p:bedoelt dat|gevoelsreflectie|-0.9
p:bedoelt dat|argumenteren|-0.97
p:bedoelt dus|parafrase|1.0
p:bedoelt het|geruststellen|0.98
p:bedtijd en|samenvatting|0.83
p:bedtijd en|bedanken|-0.77
p:beeindig het|afronding-aankondigen|0.96
p:beetje geschrokken|gevoelsreflectie|1.7
p:beetje heimwee|geruststellen|0.93
p:beetje mee|jij-boodschap|-0.85
p:beetje mee|open-vraag|-0.99
p:beetje uitlokt|argumenteren|-0.94
p:beetje verdrietig|gevoelsreflectie|0.12
p:beetje verdrietig|geruststellen|-0.93
p:beetje zorgen|open-vraag|0.99
p:beetje zorgen|adviseren|-0.91
p:beetje zorgen|vervolgafspraak|-0.91
p:beginnen ?|afleiden|-1.79
p:beginnen en|ik-boodschap|0.92
p:begint er|jij-boodschap|0.82
p:begint er|bekritiseren|0.74
p:begint mijn|vervolgafspraak|-0.96
p:begint mijn|bedanken|-0.96
p:begint na|ik-boodschap|-1.0
p:begint om|interpreteren|0.99
p:begint op|bekritiseren|-0.9
p:begon al|samenvatting|-0.89
p:begon bij|ik-boodschap|-0.96
p:begon bij|samenvatting|0.96
p:begon het|open-vraag|-0.99
p:begon maar|parafrase|0.92
p:begon maar|gevoelsreflectie|-0.88
p:begon met|gevoelsreflectie|-0.9
p:begon na|parafrase|-0.92
p:begon na|samenvatting|0.92
p:begon na|open-vraag|-0.98
p:begon pas|parafrase|0.92
p:begonnen na|open-vraag|-0.99
p:begrepen dat|parafrase|0.99
p:begrijp dat|gevoelsreflectie|0.87
p:begrijp dat|samenvatting|-1.0
p:begrijp dat|geruststellen|1.03
p:begrijp dat|ondervragen|-1.0
p:begrijp heeft|ik-boodschap|-0.93
p:begrijp heeft|parafrase|0.93
p:begrijp het|aanmoediging|0.93
p:begrijp ik|gevoelsreflectie|-0.99
p:begrijp is|parafrase|0.99
p:begrijp is|gevoelsreflectie|-0.99
p:begrijp voelt|gevoelsreflectie|0.87
p:begrijp wil|adviseren|-0.92
p:begrijpen dat|argumenteren|0.98
p:begrijpt er|bekritiseren|0.99
p:begrijpt u|prijzen|0.96
p:behandeld door|gevoelsreflectie|0.97
p:behandeld door|samenvatting|-0.97
p:behandeld wilt|jij-boodschap|-0.96
p:behandeld wilt|moraliseren|0.96
p:behandelt een|jij-boodschap|-0.96
p:behandelt een|moraliseren|0.96
p:behoorlijk alleen|gevoelsreflectie|1.84
p:behoorlijk in|samenvatting|-0.97
p:behoorlijk in|open-vraag|-0.97
p:behulpzaam is|bekritiseren|1.81
p:behulpzaam weer|bekritiseren|1.8
p:behulpzaam weer|bedanken|-1.8
p:behulpzame leerling|jij-boodschap|-0.95
p:bel gaat|samenvatting|-0.99
p:bel gaat|etiketteren|-0.97
p:bel gaat|vervolgafspraak|-0.99
p:bel getrokken|bekritiseren|0.88
p:bel ik|samenvatting|0.98
p:bel ik|waarschuwen|0.95
p:bel ik|afronding-aankondigen|-0.92
p:bel ik|vervolgafspraak|0.99
p:bel ik|bedanken|-0.17
p:bel je|vervolgafspraak|0.98
p:bel je|bedanken|0.19
p:bel u|ik-boodschap|-0.98
p:bel u|samenvatting|-0.96
p:bel u|adviseren|0.91
p:bel u|bekritiseren|-0.98
p:bel u|afronding-aankondigen|-0.97
p:bel u|vervolgafspraak|1.86
p:bel u|bedanken|-0.6
p:belabberde inzet|argumenteren|-1.0
p:belabberde inzet|bekritiseren|1.0
p:belabberde inzet|geruststellen|-1.0
p:belangrijk is|argumenteren|0.96
p:belangrijkere dingen|bekritiseren|-0.89
p:belangrijkere dingen|geruststellen|-0.99
p:belangrijkere dingen|afleiden|1.58
p:belangrijkste om|open-vraag|0.93
p:bellen ?|vervolgafspraak|1.9
p:bellen om|adviseren|-0.99
p:bellen we|afronding-aankondigen|-0.95
p:beloningssysteem ?|adviseren|0.97
p:beloof ik|geruststellen|0.97
p:belt bij|bedanken|0.54
p:belt morgen|bevelen|0.96
p:belt morgen|vervolgafspraak|-0.96
p:belt u|jij-boodschap|0.84
p:belt u|vervolgafspraak|0.95
p:belt zelf|bevelen|0.9
p:belt zelf|interpreteren|-0.9
p:belt zelf|vervolgafspraak|-0.9
p:bemoeien je|jij-boodschap|1.0
p:bemoeien je|bevelen|1.0
p:bemoeien je|waarschuwen|-1.0
p:bemoeien je|bekritiseren|1.0
p:bemoeit zich|jij-boodschap|0.3
p:bemoeit zich|gevoelsreflectie|-0.78
p:bemoeit zich|samenvatting|-1.0
p:bemoeit zich|bekritiseren|0.92
p:ben benieuwd|gevoelsreflectie|-0.95
p:ben best|ik-boodschap|0.92
p:ben best|jij-boodschap|-0.92
p:ben best|bekritiseren|-0.92
p:ben echt|ik-boodschap|0.97
p:ben een|ik-boodschap|-0.57
p:ben een|samenvatting|-0.84
p:ben er|parafrase|-1.0
p:ben erg|ik-boodschap|0.91
p:ben het|adviseren|-0.97
p:ben ik|ik-boodschap|0.98
p:ben ik|open-vraag|-1.0
p:ben ik|geruststellen|1.0
p:ben je|parafrase|1.93
p:ben je|adviseren|-0.84
p:ben je|geruststellen|1.76
p:ben jij|bekritiseren|-0.94
p:ben teleurgesteld|jij-boodschap|0.87
p:ben teleurgesteld|bekritiseren|0.73
p:ben u|bedanken|0.6
p:ben vandaag|ik-boodschap|-1.0
p:beneden te|adviseren|0.97
p:beneden te|bekritiseren|-0.71
p:benieuwd naar|gevoelsreflectie|-0.95
p:bent altijd|waarschuwen|-0.91
p:bent altijd|bekritiseren|0.89
p:bent altijd|prijzen|1.0
p:bent bang|samenvatting|0.62
p:bent bang|geruststellen|0.92
p:bent blijven|interpreteren|0.85
p:bent boos|gevoelsreflectie|0.99
p:bent boos|adviseren|0.98
p:bent boos|geruststellen|-0.99
p:bent boos|ondervragen|0.99
p:bent bram|ik-boodschap|-0.91
p:bent bram|geruststellen|-0.82
p:bent dan|adviseren|-0.81
p:bent dank|gevoelsreflectie|-1.0
p:bent dat|jij-boodschap|-0.97
p:bent dat|etiketteren|-0.99
p:bent de|jij-boodschap|-1.82
p:bent de|parafrase|-0.95
p:bent de|prijzen|-0.96
p:bent denk|jij-boodschap|-0.9
p:bent denk|interpreteren|0.9
p:bent deze|jij-boodschap|-0.9
p:bent duidelijk|gevoelsreflectie|0.82
p:bent duidelijk|bevelen|-0.38
p:bent duidelijk|prijzen|0.85
p:bent dus|jij-boodschap|-0.97
p:bent dus|gevoelsreflectie|1.72
p:bent dus|prijzen|0.97
p:bent echt|jij-boodschap|3.32
p:bent echt|adviseren|-0.9
p:bent echt|bekritiseren|-1.86
p:bent echt|etiketteren|1.87
p:bent echt|geruststellen|-0.98
p:bent een|jij-boodschap|0.82
p:bent een|bevelen|-0.99
p:bent een|prijzen|0.78
p:bent eigenlijk|ondervragen|-0.94
p:bent en|parafrase|-0.72
p:bent er|jij-boodschap|-0.84
p:bent er|gevoelsreflectie|0.99
p:bent er|moraliseren|-1.0
p:bent er|prijzen|-1.0
p:bent er|geruststellen|-0.62
p:bent gekomen|bedanken|0.95
p:bent gekwetst|parafrase|1.61
p:bent geweest|gevoelsreflectie|-0.97
p:bent gewoon|gevoelsreflectie|-0.95
p:bent gewoon|moraliseren|-0.96
p:bent gewoon|bekritiseren|-0.94
p:bent heel|gevoelsreflectie|-0.53
p:bent hier|open-vraag|-1.0
p:bent hier|etiketteren|-0.85
p:bent ik|gevoelsreflectie|0.99
p:bent kwaad|gevoelsreflectie|0.83
p:bent maar|gevoelsreflectie|0.65
p:bent maar|bevelen|0.91
p:bent net|jij-boodschap|-0.7
p:bent niet|jij-boodschap|-0.96
p:bent nogal|bekritiseren|0.95
p:bent nooit|bekritiseren|0.31
p:bent nooit|etiketteren|-0.96
p:bent oneerlijk|jij-boodschap|0.73
p:bent oneerlijk|gevoelsreflectie|-1.67
p:bent ook|bekritiseren|-1.84
p:bent ook|prijzen|-0.96
p:bent ook|etiketteren|0.96
p:bent soms|jij-boodschap|1.87
p:bent soms|etiketteren|0.98
p:bent teleurgesteld|parafrase|-1.0
p:bent tevreden|gevoelsreflectie|-0.85
p:bent tevreden|samenvatting|0.7
p:bent toch|moraliseren|0.87
p:bent toch|argumenteren|-0.98
p:bent toch|prijzen|1.98
p:bent toch|ondervragen|-0.98
p:bent toch|bedanken|-1.0
p:bent trots|gevoelsreflectie|0.79
p:bent trots|interpreteren|-0.93
p:bent u|jij-boodschap|1.26
p:bent u|open-vraag|-1.91
p:bent u|adviseren|-0.1
p:bent u|bekritiseren|0.12
p:bent u|prijzen|0.15
p:bent u|etiketteren|0.99
p:bent u|geruststellen|0.99
p:bent u|ondervragen|2.98
p:bent van|open-vraag|0.99
p:bent verdrietig|ik-boodschap|-0.99
p:bent volgens|jij-boodschap|-0.74
p:bent voor|gevoelsreflectie|0.85
p:bent voor|geruststellen|0.99
p:bent vorig|vervolgafspraak|-0.93
p:bent wat|gevoelsreflectie|1.0
p:bent wat|open-vraag|1.0
p:bent wat|ondervragen|-1.0
p:bent wel|jij-boodschap|1.85
p:bent wel|etiketteren|0.99
p:bent zo|interpreteren|-0.98
p:bent zo'n|jij-boodschap|-1.38
p:bent zo'n|gevoelsreflectie|-0.97
p:bent zo'n|samenvatting|-1.0
p:bent zo'n|adviseren|-0.97
p:bent zo'n|geruststellen|-0.91
p:bent zo'n|afronding-aankondigen|-1.0
p:beoordelingscriteria stonden|bevelen|-0.86
p:bereikbaar als|bekritiseren|0.31
p:bereikbaar als|etiketteren|-0.96
p:bereiken en|open-vraag|0.96
p:bericht krijgt|argumenteren|0.93
p:bericht van|jij-boodschap|0.95
p:bericht van|bekritiseren|0.95
p:bericht wegblijft|ik-boodschap|-0.99
p:bericht wist|vervolgafspraak|-0.91
p:berichten in|jij-boodschap|1.67
p:berichten in|bekritiseren|1.45
p:berichten niets|parafrase|-0.95
p:berichten van|jij-boodschap|0.84
p:beschermt haar|jij-boodschap|-0.9
p:beschermt haar|interpreteren|0.9
p:beslissing van|bekritiseren|0.89
p:bespreken ?|open-vraag|1.97
p:bespreken hoe|prijzen|-0.91
p:bespreken waar|ik-boodschap|0.98
p:bespreken waar|vervolgafspraak|-0.98
p:bespreken we|samenvatting|0.96
p:bespreken we|prijzen|-0.96
p:bespreken we|vervolgafspraak|0.96
p:besproken dan|samenvatting|1.0
p:besproken dan|aanmoediging|-1.0
p:besproken dan|afronding-aankondigen|1.0
p:besproken dat|ik-boodschap|-0.86
p:besproken dat|samenvatting|0.86
p:besproken hoe|open-vraag|-0.84
p:best bezorgd|ik-boodschap|0.92
p:best bezorgd|jij-boodschap|-0.92
p:best bezorgd|bekritiseren|-0.92
p:best bij|afleiden|-0.97
p:best dat|jij-boodschap|-0.97
p:best een|adviseren|-0.9
p:best een|prijzen|0.9
p:best eng|gevoelsreflectie|0.9
p:best gespannen|bekritiseren|-0.63
p:best niet|jij-boodschap|0.95
p:best verdrietig|ik-boodschap|-0.92
p:beste gebruiken|open-vraag|-0.98
p:beste is|adviseren|-0.97
p:beste is|etiketteren|-1.0
p:beste keus|jij-boodschap|-0.97
p:beste keus|prijzen|0.97
p:beste kunt|adviseren|1.0
p:beste leerling|moraliseren|0.87
p:beste leerling|argumenteren|-0.98
p:beste leerling|prijzen|0.98
p:beste voor|vervolgafspraak|-0.91
p:betekent het|ik-boodschap|-0.67
p:betekent het|jij-boodschap|-0.93
p:beter dan|parafrase|0.98
p:beter dan|etiketteren|0.98
p:beter duits|samenvatting|0.83
p:beter eerst|bevelen|-1.0
p:beter eerst|adviseren|1.0
p:beter eerst|prijzen|-1.0
p:beter had|bekritiseren|0.99
p:beter in|bevelen|1.0
p:beter in|bekritiseren|-0.78
p:beter maar|jij-boodschap|-0.99
p:beter maar|samenvatting|0.98
p:beter met|geruststellen|-0.96
p:beter moet|gevoelsreflectie|-0.98
p:beter plannen|bevelen|1.34
p:beter plannen|geruststellen|0.96
p:beter sinds|samenvatting|-0.91
p:beter weet|bekritiseren|0.99
p:betrokken bent|adviseren|-0.81
p:betrokken moeder|bevelen|-0.38
p:betrokken vader|etiketteren|-0.98
p:betrokken vader|geruststellen|-0.98
p:betrokken zijn|ik-boodschap|-0.99
p:bevalt het|open-vraag|-1.73
p:bevalt het|aanmoediging|-0.97
p:bevalt het|afleiden|0.97
p:bevorderen zit|argumenteren|0.99
p:bezig met|ik-boodschap|0.98
p:bezig weer|jij-boodschap|-0.95
p:bezorgd ze|ik-boodschap|0.92
p:bezorgd ze|jij-boodschap|-0.92
p:bezorgd ze|bekritiseren|-0.92
p:bezwaar moet|argumenteren|-0.95
p:beëindig dit|samenvatting|-0.98
p:bibliotheek ?|ondervragen|-0.99
p:bibliotheek ?|vervolgafspraak|-0.99
p:bieden als|bevelen|-0.95
p:bieden als|waarschuwen|-0.94
p:biedt je|bevelen|0.95
p:bij ?|ondervragen|0.95
p:bij ?|afleiden|-0.84
p:bij anouk|open-vraag|0.99
p:bij dank|parafrase|-1.0
p:bij dank|interpreteren|-1.0
p:bij dank|afleiden|-1.0
p:bij dank|afronding-aankondigen|1.0
p:bij de|ik-boodschap|1.95
p:bij de|jij-boodschap|-0.97
p:bij de|parafrase|0.77
p:bij de|gevoelsreflectie|-0.74
p:bij de|samenvatting|0.42
p:bij de|open-vraag|0.94
p:bij de|bevelen|-0.58
p:bij de|waarschuwen|-1.11
p:bij de|moraliseren|-1.89
p:bij de|prijzen|-0.96
p:bij de|interpreteren|-0.99
p:bij de|geruststellen|-0.74
p:bij de|ondervragen|-0.91
p:bij de|afleiden|1.62
p:bij de|afronding-aankondigen|-1.0
p:bij de|vervolgafspraak|0.11
p:bij deze|samenvatting|-0.99
p:bij duits|parafrase|0.77
p:bij duits|open-vraag|0.94
p:bij elkaar|gevoelsreflectie|-0.85
p:bij elkaar|samenvatting|0.7
p:bij engels|ik-boodschap|0.96
p:bij engels|geruststellen|-0.9
p:bij engels|vervolgafspraak|0.96
p:bij gedaan|vervolgafspraak|-0.97
p:bij geschiedenis|geruststellen|-0.9
p:bij hem|adviseren|0.62
p:bij hem|interpreteren|0.99
p:bij het|ik-boodschap|-0.96
p:bij het|bevelen|0.91
p:bij het|waarschuwen|0.98
p:bij het|moraliseren|-0.94
p:bij het|adviseren|-0.1
p:bij het|interpreteren|-0.89
p:bij hoe|moraliseren|0.94
p:bij hoe|afleiden|-0.94
p:bij iedereen|etiketteren|-0.91
p:bij iedereen|afleiden|0.87
p:bij jou|ik-boodschap|0.99
p:bij kan|ik-boodschap|-0.82
p:bij kan|vervolgafspraak|0.99
p:bij laten|argumenteren|-0.97
p:bij laten|vervolgafspraak|-0.92
p:bij leerplicht|ik-boodschap|-0.97
p:bij mevrouw|etiketteren|-0.99
p:bij mij|ik-boodschap|-0.96
p:bij mij|jij-boodschap|-0.97
p:bij mij|afronding-aankondigen|-1.0
p:bij moeten|afronding-aankondigen|0.95
p:bij nodig|open-vraag|-0.99
p:bij ons|moraliseren|-0.9
p:bij op|moraliseren|0.99
p:bij op|geruststellen|-0.95
p:bij op|afleiden|0.95
p:bij scheikunde|waarschuwen|-0.92
p:bij school|ik-boodschap|-0.98
p:bij school|moraliseren|0.98
p:bij te|samenvatting|-0.97
p:bij toch|prijzen|0.94
p:bij toch|ondervragen|-0.94
p:bij voetbal|bekritiseren|-0.94
p:bij was|bedanken|1.0
p:bij wat|gevoelsreflectie|0.95
p:bij wiskunde|ik-boodschap|-0.95
p:bij wiskunde|gevoelsreflectie|-0.98
p:bij wiskunde|samenvatting|0.81
p:bij wiskunde|aanmoediging|-0.92
p:bij wiskunde|afleiden|-0.97
p:bij zich|ik-boodschap|-0.91
p:bij zich|bevelen|0.9
p:bij zich|vervolgafspraak|0.91
p:bij ziekte|argumenteren|0.99
p:bij ziekte|bedanken|0.54
p:bij zijn|parafrase|0.95
p:bij zijn|geruststellen|0.93
p:bijhoudt en|samenvatting|0.97
p:bijles besproken|samenvatting|1.0
p:bijles besproken|aanmoediging|-1.0
p:bijles besproken|afronding-aankondigen|1.0
p:bijles daarmee|parafrase|-0.99
p:bijles daarmee|samenvatting|0.99
p:bijles daarmee|afronding-aankondigen|0.99
p:bijles en|afleiden|-0.85
p:bijles en|bedanken|0.54
p:bijles krijgt|prijzen|0.83
p:bijles krijgt|vervolgafspraak|0.97
p:bijles op|parafrase|0.99
p:bijles over|afronding-aankondigen|-0.99
p:bijles tot|parafrase|0.92
p:bijna door|bedanken|-0.65
p:bijna niet|ik-boodschap|0.99
p:bijna niet|geruststellen|-0.99
p:bijwerkt kan|ik-boodschap|0.98
p:bijwerkt kan|vervolgafspraak|-0.98
p:bilal bij|ik-boodschap|0.99
p:bilal bij|bevelen|-0.99
p:bilal tegen|ik-boodschap|0.91
p:binnen erg|interpreteren|0.99
p:binnen twee|ik-boodschap|-0.92
p:binnen twee|geruststellen|-0.92
p:binnen vijf|argumenteren|-0.95
p:binnengekregen waardoor|ik-boodschap|0.99
p:binnengekregen waardoor|bekritiseren|-0.99
p:binnenkomt moet|open-vraag|0.99
p:binnenkwam wat|ik-boodschap|0.91
p:binnenkwam wat|parafrase|-0.91
p:binnenslenteren alsof|bevelen|-0.91
p:biologie dat|gevoelsreflectie|-0.72
p:biologie nog|ik-boodschap|0.99
p:biologie nog|bekritiseren|-0.99
p:blauw oog|ik-boodschap|0.91
p:blauw oog|parafrase|-0.91
p:blij met|geruststellen|0.99
p:blijf even|jij-boodschap|-1.0
p:blijf even|bekritiseren|-1.0
p:blijft een|samenvatting|0.98
p:blijft femke|bevelen|-1.0
p:blijft het|ik-boodschap|0.98
p:blijft hij|waarschuwen|0.99
p:blijft na|bevelen|0.89
p:blijft oefenen|waarschuwen|-0.97
p:blijft praten|moraliseren|-0.95
p:blijft reageren|prijzen|-0.71
p:blijft schreeuwen|ik-boodschap|-0.93
p:blijft schreeuwen|waarschuwen|0.93
p:blijft weigeren|parafrase|-0.86
p:blijft wordt|waarschuwen|0.91
p:blijft zitten|geruststellen|0.92
p:blijkbaar heel|etiketteren|1.73
p:blijkbaar niet|bekritiseren|1.0
p:blijkt dat|jij-boodschap|-0.79
p:blijkt dat|argumenteren|0.96
p:blijven praten|ik-boodschap|0.91
p:blijven zitten|bevelen|-0.74
p:blijven zitten|interpreteren|0.85
p:blijven zitten|afleiden|0.93
p:blijven zorgpunten|jij-boodschap|-0.99
p:boeken dat|geruststellen|0.93
p:boeken elke|bevelen|0.9
p:boeken niet|ik-boodschap|-0.91
p:boeken niet|parafrase|-0.93
p:boos bent|gevoelsreflectie|0.99
p:boos bent|bevelen|0.91
p:boos bent|afleiden|0.97
p:boos dat|adviseren|0.98
p:boos om|parafrase|-0.72
p:boos omdat|gevoelsreflectie|1.0
p:boos op|gevoelsreflectie|0.99
p:boos op|geruststellen|-0.99
p:boos over|geruststellen|-0.99
p:boos te|geruststellen|0.91
p:boos toch|jij-boodschap|-0.96
p:boos werd|gevoelsreflectie|-1.73
p:boos zie|vervolgafspraak|-0.91
p:bosman bedoelt|geruststellen|0.98
p:bovenbouw krijgt|geruststellen|-0.87
p:boze gedrag|jij-boodschap|-1.0
p:boze gedrag|bekritiseren|-1.0
p:boze gedrag|interpreteren|1.0
p:bram als|jij-boodschap|1.0
p:bram als|open-vraag|-0.99
p:bram als|waarschuwen|1.0
p:bram dat|afleiden|-0.74
p:bram erbij|vervolgafspraak|0.99
p:bram ga|gevoelsreflectie|-0.98
p:bram gisteren|ik-boodschap|0.91
p:bram gisteren|parafrase|-0.91
p:bram hou|bevelen|0.99
p:bram ik|ik-boodschap|-0.91
p:bram ik|geruststellen|-0.82
p:bram is|vervolgafspraak|-0.94
p:bram jij|jij-boodschap|-0.97
p:bram jij|prijzen|-0.88
p:bram nog|samenvatting|-0.55
p:bram vergeet|geruststellen|0.93
p:bram wat|open-vraag|-0.96
p:bram wat|afleiden|0.96
p:bram zit|ik-boodschap|0.99
p:bram zit|geruststellen|-0.99
p:brief laat|parafrase|-0.82
p:brief over|ik-boodschap|-0.93
p:brief over|parafrase|0.93
p:brief over|bekritiseren|-0.92
p:brief van|ik-boodschap|-0.98
p:briefje van|bevelen|1.31
p:broertje ook|adviseren|0.96
p:brugklas gewoon|etiketteren|-0.91
p:brugklas gewoon|afleiden|0.87
p:brutaal kevin|etiketteren|-0.94
p:buikpijn is|adviseren|-0.74
p:buikpijn is|argumenteren|-0.93
p:buiten begeleiden|ik-boodschap|-0.93
p:buiten begeleiden|waarschuwen|1.84
p:buiten je|ik-boodschap|0.98
p:buiten je|open-vraag|-0.98
p:buiten je|moraliseren|-0.98
p:buiten wachten|aanmoediging|-0.98
p:buiten zit|open-vraag|0.99
p:buitengesloten het|parafrase|-0.92
p:buitengesloten het|samenvatting|0.92
p:buitengesloten voelt|interpreteren|-0.99
p:bus wil|gevoelsreflectie|-1.0
p:capuchon af|bevelen|0.97
p:capuchon ophoudt|ik-boodschap|-0.95
p:chagrijn vandaag|jij-boodschap|-0.81
p:chagrijn vandaag|prijzen|-0.99
p:chagrijn vandaag|etiketteren|0.99
p:checken of|parafrase|0.94
p:checken of|samenvatting|-0.75
p:cijfer dit|gevoelsreflectie|-0.72
p:cijfer dit|afleiden|-0.96
p:cijfer kan|ik-boodschap|0.99
p:cijfer kan|bekritiseren|-0.99
p:cijfer niet|parafrase|0.92
p:cijfer niet|gevoelsreflectie|0.92
p:cijfer nog|ik-boodschap|0.93
p:cijfer te|parafrase|0.93
p:cijfer te|samenvatting|-0.83
p:cijfer te|argumenteren|1.76
p:cijfer toe|vervolgafspraak|0.95
p:cijfer voor|ik-boodschap|-0.98
p:cijfer voor|jij-boodschap|-0.87
p:cijfer voor|samenvatting|1.0
p:cijfer voor|bevelen|-1.0
p:cijfer voor|argumenteren|-0.84
p:cijfer voor|bedanken|-0.98
p:cijfers die|open-vraag|-0.97
p:cijfers die|moraliseren|-0.97
p:cijfers die|vervolgafspraak|-0.97
p:cijfers dit|interpreteren|0.87
p:cijfers een|samenvatting|-0.79
p:cijfers een|argumenteren|0.9
p:cijfers en|parafrase|-0.99
p:cijfers en|gevoelsreflectie|0.68
p:cijfers hebben|afleiden|-0.93
p:cijfers het|samenvatting|1.0
p:cijfers het|open-vraag|-0.92
p:cijfers het|aanmoediging|-1.0
p:cijfers het|argumenteren|0.86
p:cijfers het|afronding-aankondigen|1.0
p:cijfers hij|samenvatting|0.79
p:cijfers liegen|waarschuwen|-0.93
p:cijfers niet|parafrase|0.9
p:cijfers niet|samenvatting|-0.64
p:cijfers spreken|argumenteren|0.99
p:cijfers te|argumenteren|-0.8
p:cijfers voor|jij-boodschap|-0.95
p:cijfers voor|samenvatting|0.62
p:cijfers voor|bekritiseren|-0.95
p:cijfers zakken|ik-boodschap|-0.97
p:cijfers zakken|jij-boodschap|-0.96
p:cijfers zakken|parafrase|-0.97
p:cijfers zakken|gevoelsreflectie|-0.97
p:cijfers zakken|samenvatting|0.97
p:cijfers zakken|open-vraag|0.97
p:cijfers zakken|moraliseren|-0.87
p:cijfers zelf|jij-boodschap|-0.8
p:cijfers zijn|moraliseren|-0.92
p:cijfers zijn|argumenteren|-0.94
p:clown van|jij-boodschap|0.62
p:clown van|argumenteren|-1.82
p:clown van|prijzen|-0.88
p:clown van|etiketteren|0.91
p:collega blijft|ik-boodschap|-0.93
p:collega blijft|waarschuwen|0.93
p:collega geeft|bevelen|-0.81
p:collega van|vervolgafspraak|0.95
p:collega's die|argumenteren|1.0
p:collega's die|bekritiseren|-0.87
p:communicatie beter|gevoelsreflectie|-0.98
p:communicatie daarover|open-vraag|0.98
p:communicatie met|ik-boodschap|-0.98
p:communicatie met|jij-boodschap|-0.87
p:communicatie met|bedanken|-0.98
p:computer ?|ondervragen|0.97
p:computer ?|vervolgafspraak|-0.97
p:conciërge naar|ik-boodschap|-0.93
p:conciërge naar|waarschuwen|1.84
p:consequent geweest|gevoelsreflectie|-0.53
p:contact met|parafrase|-0.99
p:contact met|samenvatting|0.99
p:contact met|open-vraag|-0.97
p:contact met|moraliseren|-0.97
p:contact met|vervolgafspraak|-0.97
p:contact oké|open-vraag|-0.99
p:contact oké|aanmoediging|-0.99
p:controleert over|vervolgafspraak|0.97
p:controleert u|jij-boodschap|-0.36
p:controleert u|bekritiseren|-0.85
p:controleert u|ondervragen|0.97
p:controleert u|vervolgafspraak|-0.97
p:daan daarop|ondervragen|-0.95
p:daan er|gevoelsreflectie|-0.86
p:daan het|gevoelsreflectie|1.62
p:daan in|open-vraag|0.96
p:daan in|bevelen|-0.94
p:daan jij|jij-boodschap|0.97
p:daan jij|bekritiseren|0.97
p:daan jij|etiketteren|-0.99
p:daan niet|samenvatting|0.92
p:daan vaak|interpreteren|-0.99
p:daan voelt|parafrase|-0.99
p:daan voelt|samenvatting|0.99
p:daan zijn|vervolgafspraak|0.91
p:daar anders|parafrase|0.77
p:daar anders|open-vraag|0.94
p:daar ben|open-vraag|-1.0
p:daar ben|geruststellen|1.0
p:daar bent|jij-boodschap|1.76
p:daar bent|bekritiseren|1.76
p:daar best|ik-boodschap|-0.92
p:daar echt|ik-boodschap|1.62
p:daar echt|jij-boodschap|-0.95
p:daar echt|bekritiseren|-0.87
p:daar eerlijk|ik-boodschap|0.93
p:daar gaat|adviseren|0.96
p:daar gaat|afleiden|0.91
p:daar grenzen|moraliseren|0.94
p:daar hebben|etiketteren|0.98
p:daar hoeft|moraliseren|-0.99
p:daar hoeft|interpreteren|-0.99
p:daar hoeft|geruststellen|-0.74
p:daar hoeft|afleiden|1.0
p:daar is|interpreteren|0.98
p:daar kan|ik-boodschap|-1.0
p:daar kan|argumenteren|1.0
p:daar kan|etiketteren|-1.0
p:daar kan|afleiden|-1.0
p:daar komt|bekritiseren|0.98
p:daar last|argumenteren|-0.99
p:daar last|geruststellen|0.99
p:daar lig|adviseren|-0.79
p:daar maak|ik-boodschap|-0.97
p:daar maak|adviseren|-0.91
p:daar maak|argumenteren|0.97
p:daar maak|vervolgafspraak|-0.91
p:daar maar|bekritiseren|-0.81
p:daar maar|geruststellen|0.81
p:daar maken|afleiden|0.9
p:daar niet|geruststellen|-0.99
p:daar niets|ondervragen|0.96
p:daar nog|samenvatting|0.65
p:daar nu|gevoelsreflectie|0.81
p:daar nu|bevelen|0.99
p:daar schrik|waarschuwen|-0.91
p:daar schrok|ik-boodschap|1.74
p:daar schrok|gevoelsreflectie|-0.97
p:daar schrok|aanmoediging|-1.0
p:daar slaat|jij-boodschap|-0.97
p:daar valt|gevoelsreflectie|0.65
p:daar valt|argumenteren|0.98
p:daar valt|geruststellen|-0.92
p:daar voel|ik-boodschap|0.99
p:daar voel|bevelen|-0.99
p:daar was|jij-boodschap|-0.69
p:daar was|bekritiseren|-0.29
p:daar was|afleiden|-0.87
p:daar wil|samenvatting|-1.0
p:daar wil|afleiden|1.0
p:daar wil|afronding-aankondigen|-1.0
p:daar zelf|parafrase|0.96
p:daar zenuwachtig|ik-boodschap|-0.9
p:daardoor de|etiketteren|-0.72
p:daardoor doen|gevoelsreflectie|-0.74
p:daardoor doen|afronding-aankondigen|-1.0
p:daardoor elke|ik-boodschap|0.92
p:daarin ?|parafrase|0.72
p:daarmee anders|jij-boodschap|-0.98
p:daarmee wil|parafrase|-0.99
p:daarmee wil|samenvatting|0.99
p:daarmee wil|afronding-aankondigen|0.99
p:daarna ?|bevelen|-0.95
p:daarna weten|adviseren|-0.93
p:daarom doet|waarschuwen|-0.85
p:daarom doet|interpreteren|0.6
p:daarom niet|parafrase|0.96
p:daarom op|argumenteren|-0.99
p:daarom zoekt|adviseren|0.82
p:daaronder vooral|gevoelsreflectie|0.83
p:daarop gereageerd|ondervragen|-0.95
p:daarover wat|open-vraag|0.98
p:daartegenaan ?|jij-boodschap|-0.97
p:daartegenaan ?|open-vraag|1.96
p:daartegenaan ?|bekritiseren|-0.86
p:daarvan ?|ik-boodschap|0.91
p:daarvan ?|parafrase|-0.91
p:daarvan ?|open-vraag|-0.97
p:daarvoor moet|bevelen|-0.82
p:dacht u|adviseren|1.0
p:daden gevolgen|moraliseren|0.9
p:dag ?|jij-boodschap|-0.36
p:dag ?|bekritiseren|-0.85
p:dag bij|bevelen|0.9
p:dag echt|geruststellen|0.97
p:dag een|argumenteren|-0.91
p:dag een|geruststellen|-0.96
p:dag interne|jij-boodschap|-0.97
p:dag niet|argumenteren|0.99
p:dag op|ondervragen|0.88
p:dag zijn|open-vraag|-0.99
p:dag zorgen|ik-boodschap|0.97
p:dag één|gevoelsreflectie|-0.91
p:dagen wegbleef|vervolgafspraak|-0.91
p:dalen en|open-vraag|-0.97
p:dalen en|moraliseren|-0.97
p:dalen en|vervolgafspraak|-0.97
p:dan ?|ik-boodschap|-0.94
p:dan ?|adviseren|-0.83
p:dan ben|geruststellen|0.83
p:dan bij|parafrase|0.77
p:dan bij|open-vraag|0.94
p:dan de|etiketteren|0.98
p:dan doet|bekritiseren|-0.92
p:dan doet|geruststellen|-0.93
p:dan ga|etiketteren|-0.98
p:dan ga|geruststellen|-0.98
p:dan gaan|bedanken|-1.0
p:dan gaat|bevelen|-0.97
p:dan gaat|prijzen|1.0
p:dan hoor|moraliseren|1.73
p:dan in|ik-boodschap|0.93
p:dan in|adviseren|0.8
p:dan is|ik-boodschap|0.99
p:dan kan|prijzen|0.94
p:dan kan|ondervragen|-0.94
p:dan kijken|samenvatting|-0.84
p:dan komt|prijzen|-0.93
p:dan komt|geruststellen|0.91
p:dan kun|prijzen|1.0
p:dan kun|ondervragen|-0.98
p:dan kun|bedanken|-1.0
p:dan kunt|adviseren|-0.81
p:dan kunt|prijzen|0.97
p:dan laten|parafrase|-1.0
p:dan laten|interpreteren|-1.0
p:dan laten|afleiden|-1.0
p:dan laten|afronding-aankondigen|1.0
p:dan loop|ik-boodschap|0.96
p:dan loop|vervolgafspraak|0.96
p:dan moet|ik-boodschap|0.83
p:dan moet|prijzen|0.87
p:dan moet|afronding-aankondigen|-0.89
p:dan niet|prijzen|-0.98
p:dan normaal|jij-boodschap|-1.0
p:dan normaal|moraliseren|1.0
p:dan om|ondervragen|0.93
p:dan op|parafrase|0.98
p:dan over|interpreteren|0.93
p:dan ronden|ik-boodschap|-1.0
p:dan ronden|bedanken|1.0
p:dan ruzie|prijzen|-0.87
p:dan ruzie|ondervragen|0.99
p:dan ruzie|afleiden|-0.99
p:dan sta|ik-boodschap|1.0
p:dan sta|waarschuwen|-1.0
p:dan sta|interpreteren|-1.0
p:dan tekenen|geruststellen|-0.7
p:dan thuisgehouden|bekritiseren|0.78
p:dan verwacht|bevelen|-0.92
p:dan vinden|prijzen|0.83
p:dan volgt|jij-boodschap|-0.97
p:dan wil|samenvatting|1.0
p:dan wil|aanmoediging|-1.0
p:dan wil|afronding-aankondigen|1.0
p:dan wordt|moraliseren|-1.0
p:dan wordt|prijzen|-1.0
p:dan wordt|etiketteren|-1.0
p:dan zie|parafrase|-0.93
p:dank daarvoor|bekritiseren|-0.8
p:dank je|parafrase|-1.0
p:dank je|interpreteren|-1.0
p:dank je|geruststellen|-0.97
p:dank je|afleiden|-1.0
p:dank je|afronding-aankondigen|1.01
p:dank je|vervolgafspraak|0.98
p:dank je|bedanken|1.96
p:dank u|jij-boodschap|-0.91
p:dank u|gevoelsreflectie|-1.01
p:dank u|bevelen|-0.89
p:dank u|argumenteren|-0.97
p:dank u|bekritiseren|-0.15
p:dank u|prijzen|-1.9
p:dank u|afronding-aankondigen|0.97
p:dank u|vervolgafspraak|-0.98
p:dank u|bedanken|1.69
p:dank voor|afronding-aankondigen|-0.99
p:dank voor|bedanken|0.99
p:dankbaar dat|bedanken|0.6
p:dankjewel dan|ik-boodschap|-1.0
p:dankjewel dan|bedanken|1.0
p:dankjewel voor|afronding-aankondigen|-1.0
p:dankjewel voor|bedanken|0.76
p:dat ?|parafrase|0.99
p:dat ?|gevoelsreflectie|-0.99
p:dat ?|samenvatting|0.98
p:dat ?|bekritiseren|-0.96
p:dat ?|ondervragen|0.88
p:dat ?|bedanken|-0.81
p:dat alleen|jij-boodschap|-0.97
p:dat alleen|bekritiseren|-0.82
p:dat alleen|interpreteren|0.99
p:dat alleen|geruststellen|-0.98
p:dat allemaal|prijzen|0.94
p:dat allemaal|ondervragen|-0.94
p:dat als|jij-boodschap|-0.36
p:dat als|bekritiseren|-0.85
p:dat amira|open-vraag|0.99
p:dat begrijp|gevoelsreflectie|-0.99
p:dat beloof|geruststellen|0.97
p:dat boze|jij-boodschap|-1.0
p:dat boze|bekritiseren|-1.0
p:dat boze|interpreteren|1.0
p:dat bram|ik-boodschap|0.91
p:dat bram|parafrase|-0.91
p:dat briefje|bevelen|1.31
p:dat daan|gevoelsreflectie|1.62
p:dat daan|bevelen|-0.94
p:dat daan|interpreteren|-0.99
p:dat daaronder|gevoelsreflectie|0.83
p:dat de|parafrase|2.84
p:dat de|gevoelsreflectie|-1.97
p:dat de|open-vraag|-1.72
p:dat de|moraliseren|-0.86
p:dat de|argumenteren|0.19
p:dat dit|jij-boodschap|-1.82
p:dat dit|gevoelsreflectie|0.97
p:dat dit|open-vraag|0.98
p:dat dit|aanmoediging|-0.98
p:dat dit|bevelen|1.0
p:dat dit|adviseren|-0.97
p:dat dit|argumenteren|-1.0
p:dat dit|bekritiseren|-0.98
p:dat dit|prijzen|0.97
p:dat dit|geruststellen|0.99
p:dat doet|jij-boodschap|-0.99
p:dat doet|parafrase|-0.99
p:dat doet|bekritiseren|-0.99
p:dat doet|prijzen|0.99
p:dat doet|afleiden|1.68
p:dat duidelijk|bevelen|0.96
p:dat een|moraliseren|-0.96
p:dat een|geruststellen|-0.98
p:dat emma|ik-boodschap|-0.86
p:dat emma|samenvatting|0.86
p:dat er|bekritiseren|0.97
p:dat er|prijzen|-0.99
p:dat eva|aanmoediging|-1.0
p:dat even|prijzen|-1.0
p:dat even|afleiden|1.96
p:dat evi|ik-boodschap|-0.98
p:dat filmpje|ik-boodschap|0.91
p:dat frustreert|jij-boodschap|-0.99
p:dat frustreert|samenvatting|-0.99
p:dat frustreert|open-vraag|-1.0
p:dat frustreert|adviseren|-1.0
p:dat frustreert|geruststellen|-1.0
p:dat gaat|geruststellen|2.88
p:dat gaat|afleiden|-0.99
p:dat gebeurd|ondervragen|0.95
p:dat gebeurd|afleiden|-0.84
p:dat gebeurt|afleiden|-0.91
p:dat gedoe|open-vraag|-0.96
p:dat gedoe|afleiden|0.96
p:dat gedrag|geruststellen|-0.94
p:dat geen|bekritiseren|1.73
p:dat gemiddelde|samenvatting|-0.79
p:dat gemiddelde|argumenteren|0.9
p:dat gesprek|gevoelsreflectie|0.82
p:dat getik|waarschuwen|0.92
p:dat gezegd|bekritiseren|-0.96
p:dat goed|parafrase|-1.81
p:dat haalt|geruststellen|0.96
p:dat haar|bevelen|-0.38
p:dat haar|prijzen|0.85
p:dat had|jij-boodschap|0.8
p:dat had|moraliseren|-0.94
p:dat had|bekritiseren|0.85
p:dat hebben|prijzen|-0.9
p:dat hebben|afleiden|0.73
p:dat heeft|bekritiseren|0.99
p:dat heel|geruststellen|-0.76
p:dat hem|adviseren|-0.98
p:dat herexamen|gevoelsreflectie|-0.98
p:dat herexamen|geruststellen|1.87
p:dat het|ik-boodschap|-1.0
p:dat het|parafrase|-0.87
p:dat het|gevoelsreflectie|-1.7
p:dat het|samenvatting|0.61
p:dat het|argumenteren|-0.89
p:dat het|vervolgafspraak|-1.0
p:dat hij|ik-boodschap|-1.97
p:dat hij|jij-boodschap|0.24
p:dat hij|parafrase|1.86
p:dat hij|samenvatting|0.99
p:dat hij|open-vraag|-0.14
p:dat hij|bevelen|1.8
p:dat hij|waarschuwen|-0.9
p:dat hij|adviseren|-0.89
p:dat hij|bekritiseren|-1.03
p:dat hij|prijzen|-0.14
p:dat hij|etiketteren|0.97
p:dat hij|ondervragen|-1.84
p:dat hij|vervolgafspraak|0.97
p:dat hij|bedanken|-0.99
p:dat hoort|jij-boodschap|-0.94
p:dat hoort|argumenteren|-0.97
p:dat hoort|bekritiseren|-0.94
p:dat hoort|prijzen|-0.91
p:dat hoort|etiketteren|-0.91
p:dat hoort|interpreteren|-0.99
p:dat hoort|geruststellen|-0.66
p:dat hoort|afleiden|1.54
p:dat huiswerkritme|prijzen|0.94
p:dat huiswerkritme|ondervragen|-0.94
p:dat hun|moraliseren|0.98
p:dat ik|ik-boodschap|-0.67
p:dat ik|jij-boodschap|0.76
p:dat ik|samenvatting|0.97
p:dat ik|waarschuwen|0.99
p:dat ik|bekritiseren|0.98
p:dat ik|etiketteren|0.96
p:dat in|bevelen|-0.9
p:dat incident|afleiden|0.89
p:dat is|ik-boodschap|-1.0
p:dat is|jij-boodschap|-1.17
p:dat is|parafrase|-0.98
p:dat is|gevoelsreflectie|-0.72
p:dat is|aanmoediging|-1.0
p:dat is|bevelen|-0.43
p:dat is|moraliseren|-0.97
p:dat is|bekritiseren|1.17
p:dat is|interpreteren|-0.88
p:dat is|geruststellen|1.75
p:dat is|ondervragen|-1.0
p:dat is|afleiden|-0.16
p:dat jammer|gevoelsreflectie|-0.74
p:dat jammer|afronding-aankondigen|-1.0
p:dat jayden|jij-boodschap|-0.97
p:dat jayden|gevoelsreflectie|0.99
p:dat jayden|open-vraag|0.97
p:dat jayden|bekritiseren|-0.86
p:dat je|ik-boodschap|1.32
p:dat je|gevoelsreflectie|-0.7
p:dat je|samenvatting|-0.98
p:dat je|open-vraag|-1.05
p:dat je|waarschuwen|-0.91
p:dat je|moraliseren|1.0
p:dat je|bekritiseren|0.98
p:dat je|etiketteren|-0.99
p:dat je|interpreteren|0.81
p:dat je|geruststellen|-1.74
p:dat je|afleiden|-1.0
p:dat je|afronding-aankondigen|-1.93
p:dat je|bedanken|1.03
p:dat jesse|parafrase|0.94
p:dat jesse|samenvatting|-0.75
p:dat jesse|vervolgafspraak|-0.95
p:dat jij|ik-boodschap|-1.75
p:dat jij|jij-boodschap|1.64
p:dat jij|gevoelsreflectie|-0.9
p:dat jij|samenvatting|0.97
p:dat jij|bekritiseren|1.51
p:dat jij|etiketteren|-0.83
p:dat jij|interpreteren|-0.9
p:dat jij|geruststellen|0.95
p:dat julia|open-vraag|-0.92
p:dat jullie|ik-boodschap|-0.99
p:dat jullie|bekritiseren|-0.98
p:dat jullie|afronding-aankondigen|0.81
p:dat jullie|bedanken|0.99
p:dat kan|jij-boodschap|0.97
p:dat kan|bekritiseren|0.97
p:dat kinderen|bekritiseren|-0.99
p:dat kinderen|afleiden|-0.99
p:dat klinkt|gevoelsreflectie|3.39
p:dat klinkt|samenvatting|-0.97
p:dat klinkt|bekritiseren|-0.85
p:dat klinkt|afleiden|-0.93
p:dat klopt|ik-boodschap|-0.92
p:dat klopt|aanmoediging|-0.98
p:dat klopt|argumenteren|0.99
p:dat klopt|geruststellen|-1.91
p:dat komt|parafrase|-0.84
p:dat komt|bevelen|-0.85
p:dat komt|waarschuwen|-1.0
p:dat komt|adviseren|0.96
p:dat komt|interpreteren|1.0
p:dat komt|afleiden|-0.85
p:dat komt|bedanken|-1.0
p:dat kost|open-vraag|0.99
p:dat leren|parafrase|0.9
p:dat leren|samenvatting|-0.64
p:dat liegen|moraliseren|0.97
p:dat liegen|argumenteren|-0.97
p:dat lijkt|adviseren|-0.96
p:dat lossen|bevelen|-0.99
p:dat lossen|moraliseren|-0.99
p:dat luuk|ik-boodschap|-0.91
p:dat luuk|vervolgafspraak|-0.88
p:dat maakt|parafrase|1.04
p:dat maakt|gevoelsreflectie|1.77
p:dat maakt|samenvatting|-1.95
p:dat maakt|open-vraag|-0.97
p:dat mag|aanmoediging|-0.97
p:dat meneer|gevoelsreflectie|-0.91
p:dat merk|jij-boodschap|1.0
p:dat merk|gevoelsreflectie|-1.0
p:dat merk|moraliseren|-1.0
p:dat merk|argumenteren|-0.99
p:dat merk|etiketteren|0.75
p:dat merk|afleiden|-1.0
p:dat milan|ik-boodschap|2.54
p:dat milan|jij-boodschap|-1.08
p:dat milan|parafrase|0.83
p:dat milan|bekritiseren|-0.87
p:dat moet|ik-boodschap|-0.98
p:dat moet|parafrase|-0.98
p:dat moet|gevoelsreflectie|3.73
p:dat mohammed|bekritiseren|-0.92
p:dat morgen|jij-boodschap|1.0
p:dat morgen|waarschuwen|1.0
p:dat niemand|ik-boodschap|0.93
p:dat niemand|parafrase|1.91
p:dat niemand|gevoelsreflectie|1.04
p:dat niemand|interpreteren|-0.9
p:dat niet|jij-boodschap|0.97
p:dat niet|gevoelsreflectie|0.99
p:dat niet|bekritiseren|-0.78
p:dat niet|geruststellen|-0.99
p:dat niet|ondervragen|0.99
p:dat nieuwe|afleiden|1.0
p:dat nina|ik-boodschap|0.88
p:dat noah|adviseren|0.91
p:dat noah|vervolgafspraak|0.91
p:dat nog|bevelen|-0.96
p:dat noor|gevoelsreflectie|-1.0
p:dat nu|ondervragen|0.98
p:dat overkomt|bevelen|-0.74
p:dat overkomt|geruststellen|-1.93
p:dat overkomt|afleiden|1.04
p:dat pas|bevelen|-0.98
p:dat prettiger|prijzen|-0.83
p:dat put|ik-boodschap|0.92
p:dat raakt|ik-boodschap|0.99
p:dat raakt|open-vraag|-0.98
p:dat raakt|aanmoediging|0.98
p:dat ravi|gevoelsreflectie|-0.89
p:dat regelen|argumenteren|-0.98
p:dat sara|ik-boodschap|-0.92
p:dat school|interpreteren|0.98
p:dat sem|gevoelsreflectie|-0.9
p:dat sem|adviseren|-0.91
p:dat sem|vervolgafspraak|-0.91
p:dat slaap|argumenteren|0.96
p:dat slaat|argumenteren|0.96
p:dat slaat|geruststellen|-0.96
p:dat snap|parafrase|-0.72
p:dat snap|adviseren|0.98
p:dat soort|afleiden|0.96
p:dat staat|geruststellen|-0.99
p:dat staat|bedanken|-0.99
p:dat steeds|moraliseren|-0.99
p:dat stelt|moraliseren|-0.99
p:dat stelt|afleiden|0.91
p:dat tess|ik-boodschap|1.0
p:dat thuis|ik-boodschap|1.0
p:dat thuis|parafrase|-1.0
p:dat thuis|open-vraag|1.96
p:dat tom|interpreteren|0.99
p:dat trekt|bekritiseren|-0.81
p:dat trekt|geruststellen|0.81
p:dat u|jij-boodschap|1.03
p:dat u|parafrase|0.14
p:dat u|gevoelsreflectie|0.93
p:dat u|samenvatting|-0.91
p:dat u|open-vraag|-0.84
p:dat u|bevelen|1.01
p:dat u|adviseren|0.16
p:dat u|bekritiseren|1.09
p:dat u|prijzen|-0.93
p:dat u|etiketteren|-0.67
p:dat u|interpreteren|0.1
p:dat u|geruststellen|1.64
p:dat u|ondervragen|-1.0
p:dat u|vervolgafspraak|0.97
p:dat u|bedanken|2.65
p:dat uw|ik-boodschap|-1.0
p:dat verteld|bekritiseren|-0.78
p:dat vind|ik-boodschap|2.43
p:dat vind|parafrase|-0.95
p:dat vind|gevoelsreflectie|-0.6
p:dat vind|open-vraag|1.9
p:dat vind|waarschuwen|-1.0
p:dat vind|adviseren|0.91
p:dat vind|bekritiseren|-1.14
p:dat vind|interpreteren|-1.0
p:dat vind|vervolgafspraak|0.91
p:dat voelt|parafrase|0.92
p:dat voelt|gevoelsreflectie|0.92
p:dat vond|argumenteren|-1.0
p:dat vond|vervolgafspraak|-1.91
p:dat vond|bedanken|-1.0
p:dat voor|parafrase|0.82
p:dat voor|gevoelsreflectie|-0.82
p:dat waait|afleiden|-0.73
p:dat was|gevoelsreflectie|-0.97
p:dat was|argumenteren|-0.88
p:dat was|bekritiseren|2.57
p:dat was|afleiden|-0.94
p:dat we|argumenteren|1.94
p:dat we|interpreteren|-0.98
p:dat we|afronding-aankondigen|0.95
p:dat weet|bevelen|-1.0
p:dat weet|moraliseren|0.93
p:dat weet|bekritiseren|0.86
p:dat wel|geruststellen|0.74
p:dat wel|ondervragen|0.97
p:dat wel|afleiden|-0.86
p:dat wel|vervolgafspraak|-0.97
p:dat werkstuk|bevelen|1.77
p:dat wij|bevelen|-0.92
p:dat ze|ik-boodschap|-0.8
p:dat ze|jij-boodschap|-0.97
p:dat ze|parafrase|0.97
p:dat ze|gevoelsreflectie|0.78
p:dat ze|samenvatting|-0.11
p:dat ze|open-vraag|-0.99
p:dat ze|bevelen|0.96
p:dat ze|argumenteren|0.9
p:dat ze|prijzen|0.93
p:dat ze|interpreteren|-1.98
p:dat ze|geruststellen|0.93
p:dat ze|ondervragen|-0.92
p:dat zegt|parafrase|-0.95
p:dat zegt|gevoelsreflectie|-0.91
p:dat zegt|bekritiseren|-0.87
p:dat zegt|interpreteren|0.93
p:dat zie|ik-boodschap|-1.75
p:dat zie|bevelen|-0.98
p:dat zie|bekritiseren|1.84
p:dat ziet|argumenteren|1.85
p:dat zijn|moraliseren|0.9
p:dat zit|ik-boodschap|0.96
p:dat zit|argumenteren|-0.96
p:dat zo|jij-boodschap|1.34
p:dat zo|waarschuwen|0.91
p:dat zo|bekritiseren|1.77
p:dat zou|moraliseren|0.95
p:dat zoë|ik-boodschap|1.0
p:dat zoë|parafrase|-1.0
p:dat zoë|open-vraag|1.0
p:dat zoë|argumenteren|-0.94
p:datum dankjewel|bedanken|0.76
p:de 28|adviseren|-0.95
p:de aansluiting|ik-boodschap|-0.76
p:de aansluiting|gevoelsreflectie|0.92
p:de aansluiting|waarschuwen|-0.9
p:de absenties|samenvatting|-0.93
p:de administratie|ik-boodschap|0.97
p:de administratie|waarschuwen|-0.97
p:de administratie|bekritiseren|-0.94
p:de advocaat|bekritiseren|-1.84
p:de advocaat|prijzen|-0.96
p:de advocaat|etiketteren|1.95
p:de afdelingsleider|jij-boodschap|-1.0
p:de afdelingsleider|bevelen|1.0
p:de afdelingsleider|bekritiseren|-1.0
p:de afdelingsleider|geruststellen|-1.0
p:de afgelopen|ik-boodschap|1.88
p:de afgelopen|jij-boodschap|-0.13
p:de afgelopen|argumenteren|-0.96
p:de afspraken|ik-boodschap|-0.98
p:de afspraken|jij-boodschap|-0.97
p:de afspraken|parafrase|-0.95
p:de afspraken|open-vraag|0.97
p:de afspraken|bevelen|0.92
p:de afspraken|moraliseren|0.86
p:de afspraken|bekritiseren|0.11
p:de afspraken|vervolgafspraak|0.81
p:de agenda|adviseren|1.0
p:de agenda|vervolgafspraak|1.85
p:de agenda|bedanken|-0.54
p:de andere|jij-boodschap|-0.74
p:de andere|parafrase|0.77
p:de andere|open-vraag|0.94
p:de andere|argumenteren|1.0
p:de anderen|ik-boodschap|1.93
p:de anderen|gevoelsreflectie|-0.74
p:de anderen|afronding-aankondigen|-1.0
p:de app|vervolgafspraak|-0.94
p:de avond|open-vraag|-0.99
p:de avond|adviseren|1.88
p:de avonden|open-vraag|0.81
p:de bank|bekritiseren|-0.98
p:de basisschool|open-vraag|0.71
p:de bedoeling|afleiden|-0.94
p:de bedtijd|samenvatting|0.83
p:de bedtijd|bedanken|-0.77
p:de bel|samenvatting|-0.99
p:de bel|bekritiseren|0.88
p:de bel|etiketteren|-0.97
p:de bel|vervolgafspraak|-0.99
p:de beoordelingscriteria|bevelen|-0.86
p:de berichten|jij-boodschap|2.52
p:de berichten|bekritiseren|1.45
p:de beste|jij-boodschap|-0.97
p:de beste|prijzen|0.97
p:de beste|geruststellen|0.7
p:de bibliotheek|ondervragen|-0.99
p:de bibliotheek|vervolgafspraak|-0.99
p:de bijles|parafrase|0.92
p:de bijles|samenvatting|2.91
p:de bijles|aanmoediging|-1.0
p:de bijles|bevelen|1.84
p:de bijles|etiketteren|-0.97
p:de bijles|afleiden|-0.85
p:de bijles|afronding-aankondigen|1.0
p:de boer|gevoelsreflectie|0.97
p:de boer|samenvatting|-0.97
p:de bovenbouw|geruststellen|-0.87
p:de brief|ik-boodschap|-0.93
p:de brief|parafrase|0.11
p:de brief|bekritiseren|-0.92
p:de brugklas|etiketteren|-0.91
p:de brugklas|afleiden|0.87
p:de bus|gevoelsreflectie|-1.0
p:de carnavalsvakantie|vervolgafspraak|-0.94
p:de cijfers|jij-boodschap|-0.8
p:de cijfers|parafrase|0.9
p:de cijfers|samenvatting|0.21
p:de cijfers|open-vraag|-1.89
p:de cijfers|aanmoediging|-1.0
p:de cijfers|waarschuwen|-0.93
p:de cijfers|moraliseren|-1.89
p:de cijfers|argumenteren|0.15
p:de cijfers|interpreteren|0.87
p:de cijfers|vervolgafspraak|-0.97
p:de clown|jij-boodschap|0.62
p:de clown|argumenteren|-1.82
p:de clown|prijzen|-0.88
p:de clown|etiketteren|0.91
p:de communicatie|ik-boodschap|-0.98
p:de communicatie|jij-boodschap|-0.87
p:de communicatie|gevoelsreflectie|-0.98
p:de communicatie|open-vraag|0.98
p:de communicatie|bedanken|-0.98
p:de computer|ondervragen|0.97
p:de computer|vervolgafspraak|-0.97
p:de conciërge|ik-boodschap|-0.93
p:de conciërge|samenvatting|-0.55
p:de conciërge|waarschuwen|1.84
p:de dag|waarschuwen|0.91
p:de dag|interpreteren|-0.99
p:de deadline|ik-boodschap|-0.97
p:de deadline|argumenteren|0.97
p:de debatclub|ik-boodschap|0.61
p:de derde|ik-boodschap|-0.96
p:de derde|vervolgafspraak|-0.94
p:de deur|ik-boodschap|0.89
p:de deur|gevoelsreflectie|-0.85
p:de deur|waarschuwen|-1.0
p:de directeur|bevelen|-1.0
p:de directeur|waarschuwen|1.0
p:de directeur|bekritiseren|1.0
p:de directeur|geruststellen|-1.0
p:de docent|ik-boodschap|-0.98
p:de docent|jij-boodschap|-0.87
p:de docent|moraliseren|0.92
p:de docent|afleiden|-0.63
p:de docent|bedanken|-0.98
p:de docenten|jij-boodschap|1.0
p:de docenten|parafrase|-1.0
p:de docenten|moraliseren|-0.81
p:de docenten|bekritiseren|1.0
p:de draad|jij-boodschap|-0.99
p:de draad|samenvatting|-0.99
p:de drukte|parafrase|-0.97
p:de eerste|ik-boodschap|0.98
p:de eerste|jij-boodschap|-0.91
p:de eerste|parafrase|-0.95
p:de eerste|samenvatting|-0.89
p:de eerste|bevelen|-0.86
p:de eerste|argumenteren|-0.99
p:de eerste|bekritiseren|-0.75
p:de eerste|etiketteren|-0.91
p:de eerste|geruststellen|1.91
p:de eerste|afleiden|0.87
p:de examensecretaris|ik-boodschap|-0.97
p:de examensecretaris|argumenteren|0.97
p:de excursie|ondervragen|-0.93
p:de familie|bekritiseren|-0.93
p:de familie|etiketteren|-0.91
p:de fietsenstalling|bekritiseren|-0.92
p:de gang|ik-boodschap|0.77
p:de gang|samenvatting|-0.94
p:de gang|waarschuwen|0.11
p:de gang|argumenteren|-0.99
p:de gasbrander|waarschuwen|-0.91
p:de gaten|bevelen|1.0
p:de gaten|bedanken|0.54
p:de gemeente|vervolgafspraak|0.96
p:de gesprekken|ik-boodschap|0.99
p:de gesprekken|bevelen|-0.99
p:de grammatica|ik-boodschap|0.88
p:de grens|jij-boodschap|0.97
p:de grens|bekritiseren|0.99
p:de grens|etiketteren|-0.97
p:de groep|jij-boodschap|2.05
p:de groep|open-vraag|-0.99
p:de groepsapp|samenvatting|0.65
p:de groepsapp|bekritiseren|0.98
p:de groepsapp|prijzen|-0.9
p:de groepsapp|afleiden|0.73
p:de groepsopdracht|gevoelsreflectie|-0.74
p:de groepsopdracht|afronding-aankondigen|-1.0
p:de grond|gevoelsreflectie|1.62
p:de grote|ik-boodschap|-0.87
p:de grote|etiketteren|0.98
p:de grote|afleiden|-0.97
p:de gymdocent|jij-boodschap|-0.97
p:de gymdocent|open-vraag|0.97
p:de gymdocent|bekritiseren|-0.86
p:de gymdocent|bedanken|0.93
p:de gymles|ik-boodschap|0.97
p:de gymles|gevoelsreflectie|0.99
p:de gymles|adviseren|-0.74
p:de hand|bekritiseren|0.77
p:de hand|etiketteren|-1.0
p:de havo|bevelen|-0.82
p:de havo|waarschuwen|0.96
p:de hele|ik-boodschap|0.77
p:de hele|jij-boodschap|1.0
p:de hele|parafrase|0.93
p:de hele|gevoelsreflectie|0.77
p:de hele|samenvatting|-0.83
p:de hele|bevelen|0.99
p:de hele|waarschuwen|-0.92
p:de hele|argumenteren|1.76
p:de hele|prijzen|-0.96
p:de hele|etiketteren|1.22
p:de hele|afronding-aankondigen|-0.89
p:de hele|vervolgafspraak|-0.91
p:de helft|jij-boodschap|0.94
p:de helft|parafrase|-0.94
p:de helft|argumenteren|0.94
p:de helft|bekritiseren|0.94
p:de herfstvakantie|ik-boodschap|1.91
p:de herfstvakantie|jij-boodschap|-0.92
p:de herfstvakantie|bekritiseren|-1.91
p:de herkansing|ik-boodschap|0.93
p:de herkansing|parafrase|1.0
p:de hoogte|gevoelsreflectie|1.0
p:de hoogte|samenvatting|0.98
p:de hoogte|bedanken|0.81
p:de huisarts|ik-boodschap|0.93
p:de huisarts|gevoelsreflectie|0.79
p:de huisarts|samenvatting|0.96
p:de huisarts|bevelen|1.31
p:de huisarts|adviseren|0.8
p:de huisarts|argumenteren|-0.99
p:de huisarts|prijzen|-0.96
p:de huisarts|geruststellen|0.91
p:de huisarts|afleiden|-0.98
p:de huisarts|vervolgafspraak|1.95
p:de huisarts|bedanken|0.98
p:de huiswerkbegeleiding|ondervragen|-0.91
p:de huiswerkklas|jij-boodschap|-1.0
p:de huiswerkklas|parafrase|-0.91
p:de huiswerkklas|samenvatting|0.84
p:de huiswerkklas|bevelen|-0.82
p:de huiswerkklas|waarschuwen|-0.98
p:de huiswerkklas|adviseren|1.0
p:de huiswerkklas|bekritiseren|-1.0
p:de informatieavond|vervolgafspraak|-0.93
p:de inspectie|bekritiseren|0.97
p:de kampweek|parafrase|-0.92
p:de kampweek|samenvatting|0.92
p:de kans|ik-boodschap|0.98
p:de kans|bevelen|0.93
p:de kantine|ik-boodschap|0.99
p:de kast|adviseren|1.0
p:de kerst|bekritiseren|-0.81
p:de kerst|geruststellen|0.81
p:de keuken|ik-boodschap|-0.92
p:de keuken|adviseren|0.99
p:de klas|ik-boodschap|-0.81
p:de klas|jij-boodschap|-2.15
p:de klas|parafrase|-0.94
p:de klas|gevoelsreflectie|-1.0
p:de klas|samenvatting|0.24
p:de klas|open-vraag|-0.85
p:de klas|moraliseren|-1.0
p:de klas|adviseren|-0.9
p:de klas|argumenteren|0.11
p:de klas|bekritiseren|0.69
p:de klas|prijzen|0.98
p:de klas|etiketteren|0.84
p:de klas|interpreteren|-0.99
p:de klas|geruststellen|-0.98
p:de klas|ondervragen|-0.98
p:de klas|afleiden|-1.0
p:de kleedkamer|open-vraag|-0.99
p:de kluis|bevelen|-0.38
p:de kluis|prijzen|0.85
p:de kluisjes|ik-boodschap|0.92
p:de koelkast|samenvatting|-1.0
p:de koelkast|adviseren|1.0
p:de kritiek|bekritiseren|-0.97
p:de laatste|ik-boodschap|-0.91
p:de laatste|waarschuwen|0.99
p:de laatste|interpreteren|-0.73
p:de laatste|geruststellen|0.92
p:de lat|interpreteren|0.99
p:de leerplicht|ik-boodschap|-0.99
p:de leerplichtambtenaar|ik-boodschap|-0.98
p:de leerplichtambtenaar|waarschuwen|0.84
p:de leraar|adviseren|-0.99
p:de les|ik-boodschap|-0.7
p:de les|parafrase|-0.93
p:de les|samenvatting|-0.99
p:de les|open-vraag|1.87
p:de les|waarschuwen|1.0
p:de les|adviseren|-0.2
p:de les|argumenteren|-0.94
p:de les|geruststellen|-1.0
p:de leukste|jij-boodschap|-0.81
p:de leukste|prijzen|0.96
p:de leukste|etiketteren|-0.96
p:de luiste|jij-boodschap|1.72
p:de luiste|etiketteren|0.91
p:de lunch|open-vraag|0.99
p:de mail|ik-boodschap|-0.98
p:de mail|ondervragen|1.86
p:de mediatheek|samenvatting|0.83
p:de mentor|ik-boodschap|-1.0
p:de mentor|vervolgafspraak|-0.94
p:de mentor|bedanken|0.81
p:de mentorgroep|ik-boodschap|-0.96
p:de mentorlessen|gevoelsreflectie|-0.85
p:de mentorlessen|samenvatting|0.7
p:de moeder|jij-boodschap|-0.91
p:de moeite|jij-boodschap|0.5
p:de moeite|samenvatting|0.81
p:de moeite|aanmoediging|-0.92
p:de muur|ik-boodschap|0.91
p:de nieuwe|ik-boodschap|0.96
p:de nieuwe|samenvatting|-0.99
p:de nieuwe|argumenteren|-0.96
p:de nieuwsbrief|argumenteren|0.93
p:de normering|parafrase|0.93
p:de normering|samenvatting|-0.83
p:de normering|argumenteren|1.76
p:de oefeningen|gevoelsreflectie|-0.6
p:de oefeningen|open-vraag|0.98
p:de oefeningen|bekritiseren|-0.98
p:de oefentoets|open-vraag|-0.99
p:de opdracht|gevoelsreflectie|-0.81
p:de opdracht|argumenteren|0.96
p:de opdracht|etiketteren|-0.96
p:de opdracht|afleiden|-0.94
p:de opdrachten|parafrase|-0.93
p:de opgaven|vervolgafspraak|0.91
p:de ouderavond|adviseren|-1.0
p:de ouderavond|bekritiseren|-0.92
p:de ouderavond|ondervragen|1.0
p:de ouderavond|afleiden|0.12
p:de overstap|afleiden|-0.85
p:de pauze|ik-boodschap|1.03
p:de pauze|jij-boodschap|-0.98
p:de pauze|gevoelsreflectie|-0.97
p:de pauze|samenvatting|0.86
p:de pauze|afleiden|-0.63
p:de pauze|vervolgafspraak|-0.96
p:de pauzes|bevelen|-0.94
p:de pauzes|adviseren|-0.91
p:de pauzes|vervolgafspraak|-0.91
p:de pesterijen|parafrase|-0.99
p:de pesterijen|samenvatting|0.99
p:de pesterijen|afronding-aankondigen|0.99
p:de planner|ik-boodschap|-0.95
p:de planner|argumenteren|0.99
p:de planning|jij-boodschap|-0.11
p:de planning|parafrase|-0.99
p:de planning|samenvatting|-0.88
p:de planning|open-vraag|-0.92
p:de planning|bekritiseren|0.18
p:de planning|afleiden|-0.73
p:de planning|afronding-aankondigen|-0.99
p:de planning|vervolgafspraak|-0.67
p:de playstation|adviseren|0.87
p:de plicht|ik-boodschap|-0.98
p:de plicht|moraliseren|0.98
p:de plusklas|adviseren|0.82
p:de puberteit|moraliseren|-0.99
p:de puberteit|interpreteren|-0.99
p:de puberteit|geruststellen|-0.74
p:de puberteit|afleiden|1.62
p:de pubertijd|moraliseren|-0.91
p:de pubertijd|argumenteren|-0.97
p:de pubertijd|bekritiseren|-0.97
p:de rapportage|vervolgafspraak|-0.95
p:de rector|argumenteren|-0.95
p:de regels|moraliseren|0.99
p:de regels|argumenteren|1.68
p:de regels|afleiden|-0.99
p:de rekentoets|open-vraag|0.99
p:de rest|ik-boodschap|0.21
p:de rest|argumenteren|0.98
p:de romeinen|afleiden|0.97
p:de ruzie|jij-boodschap|0.95
p:de ruzie|samenvatting|-0.24
p:de ruzie|open-vraag|0.98
p:de ruzie|bekritiseren|0.95
p:de scheiding|jij-boodschap|-0.3
p:de scheiding|parafrase|0.99
p:de scheiding|gevoelsreflectie|-0.99
p:de scheiding|interpreteren|1.96
p:de school|open-vraag|-0.91
p:de school|bevelen|-0.99
p:de school|bekritiseren|1.78
p:de school|prijzen|0.92
p:de school|interpreteren|0.93
p:de school|vervolgafspraak|-0.82
p:de school|bedanken|-0.92
p:de schoolapp|prijzen|-0.93
p:de schorsing|ik-boodschap|-1.0
p:de schorsing|jij-boodschap|-1.0
p:de schorsing|parafrase|1.0
p:de schorsing|gevoelsreflectie|0.72
p:de schorsing|samenvatting|-1.0
p:de schorsing|open-vraag|-1.0
p:de schorsing|aanmoediging|-1.0
p:de schorsing|bevelen|-1.0
p:de schorsing|waarschuwen|-1.0
p:de schorsing|moraliseren|-1.0
p:de schorsing|adviseren|-1.0
p:de schorsing|argumenteren|-1.0
p:de schorsing|bekritiseren|-1.0
p:de schorsing|prijzen|-1.0
p:de schorsing|etiketteren|-1.0
p:de schorsing|interpreteren|-1.0
p:de schorsing|geruststellen|-1.0
p:de schorsing|ondervragen|-1.0
p:de schorsing|afleiden|-1.0
p:de schorsing|afronding-aankondigen|-1.0
p:de schorsing|vervolgafspraak|-1.0
p:de schorsing|bedanken|-1.0
p:de sectie|gevoelsreflectie|0.82
p:de sfeer|jij-boodschap|1.34
p:de sfeer|samenvatting|0.98
p:de sfeer|open-vraag|-1.84
p:de sfeer|bekritiseren|1.62
p:de slimste|adviseren|-0.9
p:de slimste|prijzen|0.9
p:de slimste|ondervragen|-0.98
p:de spelcomputer|adviseren|1.0
p:de stad|ondervragen|0.93
p:de steek|samenvatting|-0.97
p:de steek|open-vraag|-0.97
p:de steek|argumenteren|-0.98
p:de steek|prijzen|0.98
p:de stof|vervolgafspraak|-0.95
p:de straf|open-vraag|0.18
p:de studiewijzer|bevelen|-0.86
p:de studiewijzer|argumenteren|0.96
p:de tandarts|bevelen|-0.94
p:de teamleider|jij-boodschap|-0.97
p:de teamleider|parafrase|0.82
p:de teamleider|gevoelsreflectie|-0.82
p:de teamleider|waarschuwen|0.83
p:de teamleider|argumenteren|-0.97
p:de teamleider|vervolgafspraak|0.83
p:de thuissituatie|open-vraag|0.93
p:de tijd|ik-boodschap|-0.57
p:de tijd|samenvatting|-0.84
p:de tijd|open-vraag|-0.98
p:de tijd|aanmoediging|1.98
p:de toestemmingsbrief|ondervragen|-0.93
p:de toets|ik-boodschap|1.83
p:de toets|parafrase|0.99
p:de toets|gevoelsreflectie|0.82
p:de toets|waarschuwen|-0.93
p:de toets|argumenteren|-0.83
p:de toets|prijzen|-0.97
p:de toets|interpreteren|-0.98
p:de toets|vervolgafspraak|1.87
p:de toetsen|ik-boodschap|0.88
p:de toetsen|parafrase|-0.94
p:de toetsen|samenvatting|0.89
p:de toetsen|adviseren|-0.99
p:de toetsen|vervolgafspraak|-0.88
p:de toetsweek|moraliseren|-0.86
p:de toetsweek|bekritiseren|-0.9
p:de toetsweek|vervolgafspraak|0.99
p:de tolk|ik-boodschap|-0.24
p:de tolk|parafrase|0.93
p:de tolk|samenvatting|-0.83
p:de trainingen|ik-boodschap|0.61
p:de trap|adviseren|-0.91
p:de trap|vervolgafspraak|-0.91
p:de twaalfde|vervolgafspraak|0.96
p:de tweede|gevoelsreflectie|0.97
p:de tweede|waarschuwen|0.9
p:de tweede|moraliseren|-0.94
p:de tweede|adviseren|-1.0
p:de tweede|prijzen|-0.9
p:de tweede|geruststellen|0.99
p:de tweede|afleiden|0.81
p:de uitleg|ik-boodschap|1.67
p:de uitleg|samenvatting|-0.83
p:de uitleg|open-vraag|0.99
p:de uitnodiging|parafrase|1.0
p:de uitslag|prijzen|0.97
p:de vader|prijzen|-0.96
p:de vakantie|ik-boodschap|-1.0
p:de vakantie|jij-boodschap|0.97
p:de vakantie|adviseren|-0.9
p:de vakantie|prijzen|0.9
p:de vakantie|etiketteren|0.97
p:de vakdocenten|parafrase|-0.95
p:de vakdocenten|samenvatting|0.83
p:de vakdocenten|bedanken|-0.77
p:de verantwoordelijkheid|moraliseren|0.98
p:de verantwoordelijkheid|bekritiseren|0.94
p:de verbouwing|afleiden|0.94
p:de verhuizing|parafrase|0.92
p:de verhuizing|ondervragen|0.94
p:de vertrouwenspersoon|vervolgafspraak|1.66
p:de verzuimlijn|bevelen|0.9
p:de verzuimlijn|interpreteren|-0.9
p:de verzuimlijn|vervolgafspraak|-0.9
p:de vierde|moraliseren|0.78
p:de vijftiende|vervolgafspraak|0.94
p:de vijftiende|bedanken|-0.54
p:de volgende|ik-boodschap|-0.82
p:de volgende|afronding-aankondigen|0.99
p:de volgende|vervolgafspraak|0.97
p:de vorige|jij-boodschap|1.66
p:de vorige|etiketteren|0.92
p:de vriendschappen|afronding-aankondigen|-0.96
p:de vries|gevoelsreflectie|-0.91
p:de vries|open-vraag|-0.98
p:de vries|bevelen|0.94
p:de vries|bekritiseren|-0.98
p:de war|bekritiseren|0.9
p:de wc|ik-boodschap|-0.93
p:de wc|gevoelsreflectie|-0.98
p:de website|argumenteren|-1.8
p:de week|samenvatting|0.83
p:de week|adviseren|0.96
p:de week|ondervragen|0.91
p:de week|bedanken|-0.77
p:de weken|parafrase|0.95
p:de wereld|afleiden|0.97
p:de werkweek|ik-boodschap|-0.93
p:de werkweek|parafrase|0.93
p:de woordjes|ik-boodschap|0.88
p:de woordjes|bevelen|-1.0
p:de woordjes|adviseren|1.0
p:de zenuwen|samenvatting|0.89
p:de zenuwen|adviseren|-0.99
p:de zes|argumenteren|0.99
p:de ziekmelding|ik-boodschap|0.97
p:de ziekmelding|waarschuwen|-0.97
p:de zin|interpreteren|0.99
p:de zomer|open-vraag|-0.98
p:de zomer|afleiden|0.97
p:de zorg|jij-boodschap|-0.63
p:de zorg|vervolgafspraak|0.91
p:de zorgcommissie|bedanken|0.99
p:de zorgcoordinator|ik-boodschap|-0.82
p:de zorgcoordinator|vervolgafspraak|0.99
p:de zorgcoördinator|jij-boodschap|1.0
p:de zorgcoördinator|bekritiseren|0.94
p:de zorgcoördinator|prijzen|-0.96
p:de zorgcoördinator|vervolgafspraak|1.94
p:deadline mist|ik-boodschap|-0.97
p:deadline mist|argumenteren|0.97
p:debatclub komt|ik-boodschap|0.61
p:deed hij|parafrase|-0.67
p:deed je|adviseren|-0.99
p:deelt dank|bevelen|-0.89
p:definitief van|interpreteren|-0.91
p:degene die|jij-boodschap|1.68
p:degene die|bekritiseren|1.73
p:dekt haar|jij-boodschap|0.97
p:dekt haar|bekritiseren|0.97
p:delen als|open-vraag|0.92
p:delen dank|bekritiseren|-0.8
p:denk dat|jij-boodschap|2.31
p:denk dat|gevoelsreflectie|0.83
p:denk dat|bevelen|-0.9
p:denk dat|argumenteren|-0.94
p:denk dat|bekritiseren|1.51
p:denk dat|etiketteren|0.97
p:denk dat|interpreteren|1.04
p:denk dat|geruststellen|0.93
p:denk dat|afronding-aankondigen|0.95
p:denk dat|vervolgafspraak|-1.0
p:denk eerder|interpreteren|0.99
p:denk erom|waarschuwen|0.97
p:denk ik|jij-boodschap|-0.9
p:denk ik|interpreteren|2.73
p:denk je|open-vraag|0.92
p:denk maar|bevelen|-0.96
p:denken altijd|prijzen|0.83
p:denkt dat|bekritiseren|1.58
p:denkt dat|geruststellen|0.91
p:denkt u|parafrase|0.96
p:denkt u|gevoelsreflectie|-0.99
p:denkt u|samenvatting|0.99
p:denkt u|adviseren|-0.98
p:denkt u|ondervragen|-0.92
p:derde klassen|vervolgafspraak|-0.94
p:derde uur|ik-boodschap|1.81
p:derde uur|afronding-aankondigen|-0.97
p:detail laten|afleiden|0.91
p:deur dichtsloeg|ik-boodschap|-0.97
p:deur dichtsmeet|ik-boodschap|1.85
p:deur dichtsmeet|gevoelsreflectie|-0.85
p:deur dichtsmeet|waarschuwen|-1.0
p:deze groep|samenvatting|-0.99
p:deze klas|bevelen|-0.96
p:deze leeftijd|bekritiseren|-0.69
p:deze periode|ik-boodschap|-0.95
p:deze periode|jij-boodschap|-0.9
p:deze regeling|prijzen|1.0
p:deze school|jij-boodschap|-0.99
p:deze school|moraliseren|0.86
p:deze school|prijzen|-0.91
p:deze week|gevoelsreflectie|-0.6
p:deze week|open-vraag|0.98
p:deze week|bekritiseren|-0.98
p:deze week|vervolgafspraak|-0.94
p:deze zomer|open-vraag|-0.96
p:deze zomer|afleiden|0.96
p:dezelfde vraag|moraliseren|-0.95
p:dichtklapt blijft|ik-boodschap|0.98
p:dichtsloeg schrok|ik-boodschap|-0.97
p:dichtsmeet schrok|ik-boodschap|1.85
p:dichtsmeet schrok|gevoelsreflectie|-0.85
p:dichtsmeet schrok|waarschuwen|-1.0
p:die afspraak|bekritiseren|-1.0
p:die app|jij-boodschap|0.95
p:die app|bekritiseren|0.95
p:die buikpijn|adviseren|-0.74
p:die buikpijn|argumenteren|-0.93
p:die curlingouders|geruststellen|-1.0
p:die dag|argumenteren|0.99
p:die dalen|open-vraag|-0.97
p:die dalen|moraliseren|-0.97
p:die dalen|vervolgafspraak|-0.97
p:die dat|parafrase|-0.95
p:die docent|moraliseren|-0.78
p:die docent|interpreteren|-0.93
p:die echt|jij-boodschap|0.97
p:die echt|bekritiseren|1.37
p:die examens|jij-boodschap|-0.82
p:die examens|geruststellen|0.98
p:die extra|etiketteren|-0.98
p:die extra|geruststellen|-0.98
p:die gegevens|etiketteren|-0.99
p:die gepest|moraliseren|0.91
p:die groep|jij-boodschap|-0.9
p:die groep|gevoelsreflectie|0.9
p:die hebben|argumenteren|1.0
p:die hele|jij-boodschap|0.97
p:die hele|bekritiseren|0.97
p:die herkansing|geruststellen|0.99
p:die het|jij-boodschap|-0.91
p:die houding|jij-boodschap|-0.94
p:die ik|jij-boodschap|1.72
p:die ik|etiketteren|0.91
p:die klas|parafrase|0.98
p:die leeftijd|moraliseren|-0.99
p:die leeftijd|geruststellen|-1.79
p:die leeftijd|afleiden|1.08
p:die mail|bekritiseren|-0.63
p:die mail|vervolgafspraak|-0.87
p:die middag|parafrase|0.96
p:die muziek|bekritiseren|-0.84
p:die onvoldoende|parafrase|1.0
p:die onvoldoende|samenvatting|-0.7
p:die onvoldoende|bevelen|-0.76
p:die opmerking|jij-boodschap|0.84
p:die opmerking|bekritiseren|0.94
p:die overal|jij-boodschap|1.07
p:die overal|gevoelsreflectie|-0.97
p:die overal|bekritiseren|-0.9
p:die overal|etiketteren|0.97
p:die pest|jij-boodschap|1.68
p:die pest|bekritiseren|1.73
p:die playstation|bekritiseren|0.87
p:die precies|argumenteren|1.0
p:die precies|bekritiseren|-0.87
p:die presentatie|argumenteren|-0.98
p:die presentatie|prijzen|0.98
p:die pushende|argumenteren|-0.99
p:die pushende|bekritiseren|-0.99
p:die pushende|etiketteren|0.75
p:die reactie|bekritiseren|0.98
p:die ruzie|samenvatting|1.0
p:die ruzie|afleiden|0.71
p:die te|moraliseren|0.99
p:die te|argumenteren|0.82
p:die te|afleiden|-0.99
p:die telefoon|bevelen|1.41
p:die telefoon|adviseren|-0.99
p:die telefoon|vervolgafspraak|-0.8
p:die toets|ik-boodschap|-0.99
p:die toets|jij-boodschap|-0.97
p:die toets|bekritiseren|-0.82
p:die toets|interpreteren|0.99
p:die tussenuren|parafrase|0.98
p:die van|samenvatting|-0.97
p:die voor|ik-boodschap|0.99
p:die voor|bevelen|-0.99
p:die week|ondervragen|-0.98
p:die wel|jij-boodschap|-1.8
p:die wel|moraliseren|0.91
p:die wel|bekritiseren|-0.91
p:die ziekmelding|prijzen|-1.0
p:dient zich|bevelen|0.92
p:diep van|interpreteren|0.99
p:dingen de|afronding-aankondigen|-0.96
p:dingen die|ik-boodschap|0.99
p:dingen die|bevelen|-0.99
p:dingen gehad|open-vraag|-0.92
p:dingen hebben|afleiden|0.93
p:dingen in|bekritiseren|-0.89
p:dingen in|geruststellen|-0.99
p:dingen in|afleiden|1.58
p:dingen komen|samenvatting|1.0
p:dinsdag de|vervolgafspraak|0.96
p:dinsdag een|vervolgafspraak|0.91
p:dinsdag in|vervolgafspraak|0.98
p:dinsdag naar|parafrase|-0.91
p:dinsdag naar|samenvatting|0.84
p:dinsdag verder|vervolgafspraak|0.92
p:dipje in|geruststellen|1.75
p:dipje in|afleiden|-0.89
p:diploma echt|geruststellen|-0.96
p:diploma niet|waarschuwen|0.86
p:directeur inschakelen|bevelen|-1.0
p:directeur inschakelen|waarschuwen|1.0
p:directeur sturen|bekritiseren|1.0
p:directeur sturen|geruststellen|-1.0
p:discussie meer|afronding-aankondigen|-0.93
p:dit al|jij-boodschap|0.98
p:dit al|bekritiseren|0.98
p:dit alleen|prijzen|-0.97
p:dit alleen|interpreteren|0.98
p:dit allemaal|gevoelsreflectie|0.9
p:dit besluit|geruststellen|0.99
p:dit de|jij-boodschap|-0.97
p:dit de|prijzen|0.97
p:dit echt|jij-boodschap|-0.89
p:dit echt|samenvatting|-1.0
p:dit echt|afronding-aankondigen|-1.0
p:dit een|ik-boodschap|-0.99
p:dit een|geruststellen|0.99
p:dit enorm|waarschuwen|0.86
p:dit gaat|interpreteren|1.74
p:dit gaat|afleiden|-1.92
p:dit gaat|afronding-aankondigen|0.96
p:dit gedrag|prijzen|-0.99
p:dit gedrag|interpreteren|-0.99
p:dit gesprek|jij-boodschap|-0.9
p:dit gesprek|samenvatting|-0.98
p:dit gesprek|vervolgafspraak|-0.99
p:dit heb|waarschuwen|-0.99
p:dit heeft|waarschuwen|0.98
p:dit in|geruststellen|-0.91
p:dit is|waarschuwen|0.99
p:dit jaar|jij-boodschap|1.45
p:dit jaar|gevoelsreflectie|-0.72
p:dit jaar|etiketteren|0.91
p:dit jaar|ondervragen|-0.96
p:dit kan|waarschuwen|0.96
p:dit kan|bekritiseren|-0.97
p:dit kwartaal|jij-boodschap|-0.88
p:dit kwartaal|bekritiseren|-0.93
p:dit maakt|vervolgafspraak|-0.91
p:dit melden|argumenteren|0.97
p:dit met|bevelen|-0.89
p:dit met|bekritiseren|-0.8
p:dit niet|bevelen|1.0
p:dit niet|argumenteren|-1.0
p:dit nog|jij-boodschap|-0.97
p:dit nog|gevoelsreflectie|-1.0
p:dit nog|open-vraag|-1.0
p:dit nog|moraliseren|-0.1
p:dit nog|prijzen|-1.0
p:dit nog|etiketteren|-1.0
p:dit nog|interpreteren|-0.91
p:dit nog|ondervragen|1.0
p:dit nu|ik-boodschap|-0.94
p:dit ook|prijzen|1.0
p:dit ook|ondervragen|-0.98
p:dit ook|bedanken|-1.0
p:dit op|waarschuwen|-0.95
p:dit pas|prijzen|-0.87
p:dit pas|ondervragen|0.99
p:dit pas|afleiden|-0.99
p:dit rapport|ik-boodschap|0.93
p:dit schooljaar|geruststellen|-0.97
p:dit soort|bekritiseren|1.63
p:dit soort|geruststellen|-0.94
p:dit speelde|jij-boodschap|-0.84
p:dit speelde|bekritiseren|-0.98
p:dit ter|gevoelsreflectie|0.92
p:dit toch|moraliseren|-0.9
p:dit u|gevoelsreflectie|0.97
p:dit u|open-vraag|0.98
p:dit u|aanmoediging|-0.98
p:dit vast|prijzen|1.0
p:dit vertelt|gevoelsreflectie|0.96
p:dit vertelt|afronding-aankondigen|-0.96
p:dit vind|etiketteren|-0.98
p:dit voor|adviseren|-0.97
p:dit waait|bekritiseren|-1.0
p:dit was|bekritiseren|0.99
p:dit zo|ik-boodschap|-0.76
p:dit zo|bevelen|-1.0
p:dit zo|waarschuwen|-0.91
p:dit zo|prijzen|0.96
p:dit zo|interpreteren|1.0
p:docent en|ik-boodschap|-0.98
p:docent en|jij-boodschap|-0.87
p:docent en|bedanken|-0.98
p:docent frans|parafrase|-0.91
p:docent frans|samenvatting|1.82
p:docent hoort|afleiden|-0.63
p:docent in|moraliseren|-0.78
p:docent in|interpreteren|-0.93
p:docent moet|moraliseren|0.92
p:docent te|moraliseren|0.97
p:docent te|argumenteren|-0.88
p:dochter heeft|ik-boodschap|0.93
p:dochter heeft|jij-boodschap|-0.94
p:dochter heeft|bekritiseren|-0.94
p:dochter is|jij-boodschap|-0.95
p:dochter let|jij-boodschap|0.95
p:dochter op|bekritiseren|-0.9
p:dochter toch|jij-boodschap|0.91
p:dochter toch|bekritiseren|0.91
p:dochter toch|prijzen|-0.65
p:dochter verstoort|jij-boodschap|0.95
p:dochter verstoort|bekritiseren|0.86
p:dochter vroeg|jij-boodschap|-0.92
p:dochter zoekt|jij-boodschap|0.95
p:dochter zoekt|bekritiseren|0.95
p:doe dat|bevelen|-0.96
p:doe eens|afleiden|-1.0
p:doe je|jij-boodschap|-1.8
p:doe je|bevelen|0.97
p:doe je|moraliseren|2.76
p:doe je|argumenteren|-0.97
p:doe je|bekritiseren|-1.8
p:doe je|etiketteren|-0.99
p:doe niet|bevelen|0.74
p:doe niet|etiketteren|2.7
p:doe niet|ondervragen|-1.0
p:doen ?|open-vraag|-0.96
p:doen ?|afleiden|0.96
p:doen de|gevoelsreflectie|-0.74
p:doen de|afronding-aankondigen|-1.0
p:doen in|adviseren|-0.9
p:doen in|prijzen|0.9
p:doen is|adviseren|0.95
p:doen milan|bevelen|-1.0
p:doen milan|adviseren|1.0
p:doen milan|prijzen|-1.0
p:doen naast|ik-boodschap|1.0
p:doen thuis|waarschuwen|0.91
p:doen voelen|parafrase|-0.98
p:doen wat|adviseren|-0.9
p:doet alleen|jij-boodschap|-0.97
p:doet dat|jij-boodschap|-0.36
p:doet dat|bekritiseren|-0.85
p:doet dat|geruststellen|-0.76
p:doet dit|prijzen|-0.97
p:doet dit|interpreteren|0.98
p:doet echt|etiketteren|0.94
p:doet elke|afleiden|1.68
p:doet het|parafrase|-0.95
p:doet hij|waarschuwen|-0.85
p:doet hij|moraliseren|-0.99
p:doet hij|interpreteren|0.6
p:doet me|ik-boodschap|1.89
p:doet mee|bekritiseren|-0.72
p:doet niets|geruststellen|2.43
p:doet nooit|afleiden|-0.97
p:doet ook|jij-boodschap|0.95
p:doet ook|bevelen|0.95
p:doet ook|bekritiseren|0.95
p:doet steeds|jij-boodschap|0.91
p:doet steeds|bekritiseren|0.81
p:doet u|jij-boodschap|-1.83
p:doet u|parafrase|-0.99
p:doet u|bekritiseren|-0.81
p:doet u|prijzen|0.99
p:doet vandaag|etiketteren|-0.99
p:doet vind|jij-boodschap|0.98
p:doet vind|bekritiseren|0.98
p:doet volgt|moraliseren|0.9
p:doet ze|bekritiseren|0.77
p:doet ze|geruststellen|-0.93
p:dom geweest|jij-boodschap|-0.99
p:donderdag na|afronding-aankondigen|-0.97
p:donderdag om|afronding-aankondigen|0.97
p:donderdag om|vervolgafspraak|0.97
p:donderdag om|bedanken|0.97
p:donderdag praten|vervolgafspraak|0.99
p:donderdag praten|bedanken|-0.99
p:donderdag samen|adviseren|-0.93
p:donderdag verder|afleiden|-0.96
p:donderdag wat|bedanken|0.99
p:donderdagavond om|vervolgafspraak|0.98
p:donderdagavond om|bedanken|0.98
p:door anderen|jij-boodschap|0.98
p:door anderen|bevelen|-0.98
p:door anderen|bekritiseren|1.84
p:door de|parafrase|0.86
p:door de|gevoelsreflectie|1.0
p:door de|samenvatting|-1.0
p:door de|open-vraag|-1.0
p:door de|waarschuwen|1.84
p:door de|adviseren|-1.99
p:door de|etiketteren|0.97
p:door de|geruststellen|-1.0
p:door de|ondervragen|0.91
p:door elkaar|vervolgafspraak|-0.91
p:door en|vervolgafspraak|0.94
p:door en|bedanken|-0.54
p:door haar|bevelen|-1.0
p:door haar|adviseren|1.0
p:door je|gevoelsreflectie|0.95
p:door meneer|gevoelsreflectie|0.97
p:door meneer|samenvatting|-0.97
p:door onze|bedanken|0.11
p:door te|adviseren|1.0
p:door u|open-vraag|0.98
p:door u|aanmoediging|-0.98
p:door verrast|ik-boodschap|0.92
p:door verrast|bekritiseren|-0.63
p:door wat|parafrase|-0.67
p:doordat de|argumenteren|-0.9
p:doordat hij|interpreteren|1.0
p:doordat je|jij-boodschap|-1.0
p:doordat je|bekritiseren|-1.0
p:doordat je|interpreteren|1.0
p:doordat je|geruststellen|-0.9
p:doordeweeks gewoon|adviseren|1.0
p:doorgaat bel|waarschuwen|0.95
p:doorgaat blijft|bevelen|-1.0
p:doorgaat haalt|waarschuwen|0.86
p:doorgaat lig|jij-boodschap|1.34
p:doorgaat lig|bekritiseren|1.77
p:doorgaat loop|waarschuwen|-0.92
p:doorgaat mis|ik-boodschap|-0.76
p:doorgaat mist|waarschuwen|-0.9
p:doorgaat zet|waarschuwen|0.91
p:doorgeven heb|ik-boodschap|0.97
p:doorgeven heb|waarschuwen|-0.97
p:dossier in|geruststellen|-1.0
p:draad kwijt|jij-boodschap|-0.99
p:draad kwijt|samenvatting|-0.99
p:dramatisch als|geruststellen|0.94
p:drie collega's|argumenteren|1.0
p:drie collega's|bekritiseren|-0.87
p:drie dingen|samenvatting|1.0
p:drie dingen|open-vraag|-0.92
p:drie jaar|jij-boodschap|-0.97
p:drie keer|ik-boodschap|0.96
p:drie keer|jij-boodschap|-0.9
p:drie keer|gevoelsreflectie|-1.0
p:drie keer|open-vraag|-0.92
p:drie keer|waarschuwen|-1.0
p:drie keer|moraliseren|-1.0
p:drie keer|adviseren|-0.96
p:drie meisjes|vervolgafspraak|-0.94
p:drie onvoldoendes|waarschuwen|-0.93
p:drie onvoldoendes|argumenteren|0.74
p:drie weken|samenvatting|-0.97
p:drie weken|adviseren|0.91
p:drie weken|vervolgafspraak|1.8
p:drie weken|bedanken|0.54
p:druk dat|bevelen|-0.85
p:druk dat|waarschuwen|-1.0
p:druk dat|moraliseren|-0.99
p:druk dat|bedanken|-1.0
p:druk die|bevelen|-0.76
p:druk heeft|bekritiseren|0.75
p:druk hij|geruststellen|0.99
p:druk is|ik-boodschap|-1.0
p:druk is|open-vraag|-1.0
p:druk is|argumenteren|-1.0
p:druk is|interpreteren|-0.98
p:druk je|bevelen|1.34
p:druk je|geruststellen|0.96
p:druk om|bekritiseren|-0.81
p:druk om|geruststellen|0.81
p:druk om|afleiden|0.9
p:drukte op|parafrase|-0.97
p:duidelijk ?|bevelen|0.96
p:duidelijk als|moraliseren|0.99
p:duidelijk als|argumenteren|0.82
p:duidelijk als|afleiden|-0.99
p:duidelijk een|bevelen|-0.38
p:duidelijk een|moraliseren|-0.92
p:duidelijk een|prijzen|0.85
p:duidelijk kapot|open-vraag|-1.0
p:duidelijk maken|bevelen|1.0
p:duidelijk maken|argumenteren|-1.0
p:duidelijk na|jij-boodschap|-1.0
p:duidelijk na|gevoelsreflectie|-1.0
p:duidelijk na|waarschuwen|-1.0
p:duidelijk na|moraliseren|-1.0
p:duidelijk na|argumenteren|1.0
p:duidelijk na|bekritiseren|-1.0
p:duidelijk teleurgesteld|gevoelsreflectie|0.82
p:duidelijk wie|argumenteren|0.93
p:duits misgaat|parafrase|0.77
p:duits misgaat|open-vraag|0.94
p:duits nog|samenvatting|0.83
p:durfde te|bedanken|1.0
p:durft het|ik-boodschap|-0.96
p:durft het|samenvatting|0.96
p:dus af|samenvatting|0.97
p:dus bevorderen|argumenteren|0.99
p:dus dat|jij-boodschap|-0.99
p:dus dat|parafrase|1.69
p:dus dat|open-vraag|0.13
p:dus dat|argumenteren|-0.84
p:dus dat|bekritiseren|-0.99
p:dus dat|prijzen|0.99
p:dus de|samenvatting|-0.89
p:dus eigenlijk|parafrase|0.99
p:dus even|parafrase|-0.92
p:dus even|samenvatting|0.92
p:dus graag|samenvatting|-0.99
p:dus het|samenvatting|-0.9
p:dus het|argumenteren|1.94
p:dus het|bekritiseren|-0.87
p:dus hij|parafrase|-0.75
p:dus ik|jij-boodschap|-0.81
p:dus ik|samenvatting|0.96
p:dus ik|etiketteren|-0.96
p:dus ik|afronding-aankondigen|0.99
p:dus ik|vervolgafspraak|0.96
p:dus ik|bedanken|0.11
p:dus je|parafrase|-0.26
p:dus je|gevoelsreflectie|-0.97
p:dus je|samenvatting|0.97
p:dus je|open-vraag|0.97
p:dus je|moraliseren|-0.87
p:dus je|argumenteren|-0.23
p:dus je|bekritiseren|-0.63
p:dus je|geruststellen|-0.91
p:dus jij|samenvatting|0.84
p:dus jij|adviseren|-0.9
p:dus jij|prijzen|0.9
p:dus niet|parafrase|0.92
p:dus niet|gevoelsreflectie|-0.88
p:dus teleurgesteld|gevoelsreflectie|1.72
p:dus tot|parafrase|-0.84
p:dus u|parafrase|0.82
p:dus u|open-vraag|0.84
p:dus u|bevelen|-0.38
p:dus u|waarschuwen|-0.91
p:dus u|bekritiseren|1.8
p:dus u|prijzen|2.74
p:dus u|geruststellen|0.91
p:dus u|ondervragen|-0.86
p:dus u|vervolgafspraak|-0.82
p:dus u|bedanken|-0.92
p:dus urenlang|parafrase|0.9
p:dus urenlang|samenvatting|-0.64
p:dus volgens|ik-boodschap|-1.0
p:dus volgens|jij-boodschap|-1.0
p:dus volgens|parafrase|1.0
p:dus volgens|gevoelsreflectie|-1.0
p:dus volgens|samenvatting|-1.0
p:dus volgens|open-vraag|-1.99
p:dus volgens|aanmoediging|-1.0
p:dus volgens|bevelen|-1.0
p:dus volgens|waarschuwen|-1.0
p:dus volgens|moraliseren|-1.0
p:dus volgens|adviseren|-1.0
p:dus volgens|argumenteren|-1.0
p:dus volgens|bekritiseren|-1.0
p:dus volgens|prijzen|-1.0
p:dus volgens|etiketteren|-1.0
p:dus volgens|interpreteren|-1.0
p:dus volgens|geruststellen|-1.0
p:dus volgens|ondervragen|-1.0
p:dus volgens|afleiden|-1.0
p:dus volgens|afronding-aankondigen|-1.0
p:dus volgens|vervolgafspraak|-1.0
p:dus volgens|bedanken|-1.0
p:dus vooral|parafrase|0.95
p:dus vooral|gevoelsreflectie|-0.96
p:dus ze|parafrase|0.96
p:dus zijn|ik-boodschap|0.91
p:dus zijn|jij-boodschap|-0.13
p:duurt het|moraliseren|0.95
p:duwen en|gevoelsreflectie|-0.9
p:dwingen om|jij-boodschap|-0.99
p:dwingen om|bekritiseren|-0.66
p:ech nergens|geruststellen|-0.96
p:echt afsluiten|afronding-aankondigen|0.99
p:echt afsluiten|vervolgafspraak|-0.99
p:echt dat|geruststellen|0.97
p:echt de|jij-boodschap|-1.08
p:echt de|adviseren|-0.9
p:echt de|etiketteren|0.91
p:echt dom|jij-boodschap|-0.99
p:echt een|jij-boodschap|-1.1
p:echt een|gevoelsreflectie|1.79
p:echt een|bekritiseren|-0.17
p:echt een|etiketteren|0.95
p:echt een|geruststellen|-0.98
p:echt een|vervolgafspraak|-0.96
p:echt een|bedanken|-0.96
p:echt enorm|bevelen|-1.0
p:echt even|geruststellen|-0.99
p:echt fijn|ik-boodschap|2.65
p:echt geen|open-vraag|0.88
p:echt gemeen|bekritiseren|0.98
p:echt geschrokken|ik-boodschap|0.97
p:echt goed|open-vraag|-0.96
p:echt goed|geruststellen|1.0
p:echt hard|jij-boodschap|-0.88
p:echt hard|bekritiseren|-0.93
p:echt heel|bekritiseren|1.07
p:echt helemaal|jij-boodschap|0.95
p:echt het|adviseren|0.92
p:echt irritant|ik-boodschap|-0.84
p:echt kinderachtig|etiketteren|0.94
p:echt kunnen|parafrase|-0.75
p:echt kwalijk|jij-boodschap|0.99
p:echt kwalijk|gevoelsreflectie|-0.99
p:echt kwalijk|bekritiseren|0.99
p:echt mee|geruststellen|-0.84
p:echt naar|parafrase|0.99
p:echt naar|gevoelsreflectie|0.99
p:echt nergens|jij-boodschap|-0.97
p:echt niet|jij-boodschap|0.97
p:echt niet|argumenteren|0.11
p:echt niet|bekritiseren|1.73
p:echt niet|geruststellen|0.93
p:echt niets|bekritiseren|0.99
p:echt niets|geruststellen|0.98
p:echt ongepast|bekritiseren|1.0
p:echt ongepast|geruststellen|-1.0
p:echt ongerust|geruststellen|-0.62
p:echt rot|ik-boodschap|-0.74
p:echt rot|gevoelsreflectie|-0.91
p:echt sandra|geruststellen|0.97
p:echt slecht|bekritiseren|-0.97
p:echt tof|ik-boodschap|0.95
p:echt van|ik-boodschap|2.59
p:echt van|jij-boodschap|0.71
p:echt van|open-vraag|0.11
p:echt van|argumenteren|-0.99
p:echt van|bekritiseren|-1.86
p:echt van|etiketteren|0.81
p:echt van|geruststellen|-1.0
p:echt ver|jij-boodschap|0.97
p:echt ver|bekritiseren|1.37
p:echt vervelend|bekritiseren|-0.92
p:echt volgend|jij-boodschap|-0.84
p:echt volgend|bekritiseren|-0.98
p:echt waar|geruststellen|0.99
p:echt waar|afleiden|-0.99
p:echt wel|jij-boodschap|-0.89
p:echt wel|samenvatting|-1.0
p:echt wel|interpreteren|-1.0
p:echt wel|geruststellen|2.87
p:echt wel|afleiden|-0.97
p:echt wel|afronding-aankondigen|-1.0
p:echt zo'n|jij-boodschap|1.56
p:echt zo'n|bekritiseren|-0.9
p:echt zorgen|ik-boodschap|-0.95
p:echt zorgen|waarschuwen|-0.91
p:echt zorgen|geruststellen|-1.8
p:echte pitbull|jij-boodschap|1.85
p:echte pitbull|etiketteren|0.99
p:een 1|waarschuwen|0.94
p:een 3|samenvatting|-0.79
p:een 3|argumenteren|0.9
p:een 4|ik-boodschap|1.0
p:een 4|jij-boodschap|-0.54
p:een 4|parafrase|-1.0
p:een 4|gevoelsreflectie|2.26
p:een 4|samenvatting|-0.79
p:een 4|open-vraag|1.0
p:een 4|moraliseren|-0.92
p:een 4|argumenteren|0.9
p:een 4|bekritiseren|-0.9
p:een 4|geruststellen|-1.85
p:een 5|jij-boodschap|-1.2
p:een 5|samenvatting|-0.79
p:een 5|moraliseren|-0.9
p:een 5|argumenteren|1.87
p:een 5|bekritiseren|-0.9
p:een 5|interpreteren|-0.73
p:een 6|jij-boodschap|-0.65
p:een 6|moraliseren|-0.9
p:een 6|argumenteren|0.99
p:een 7|ik-boodschap|1.0
p:een 7|jij-boodschap|-0.98
p:een 7|parafrase|-1.0
p:een 7|gevoelsreflectie|-0.72
p:een 7|open-vraag|1.0
p:een 7|argumenteren|-0.96
p:een 7|prijzen|1.86
p:een 7|etiketteren|-0.98
p:een 8|jij-boodschap|-0.94
p:een aansteller|moraliseren|-0.96
p:een advocaat|jij-boodschap|1.87
p:een advocaat|etiketteren|0.99
p:een afspraak|samenvatting|0.96
p:een afspraak|bekritiseren|-0.96
p:een afspraak|prijzen|-0.96
p:een afspraak|vervolgafspraak|0.96
p:een ander|jij-boodschap|-0.96
p:een ander|parafrase|0.72
p:een ander|moraliseren|0.96
p:een ander|ondervragen|-0.96
p:een andere|parafrase|2.57
p:een andere|samenvatting|-0.75
p:een andere|adviseren|0.93
p:een andere|geruststellen|-0.93
p:een baby|afleiden|-0.93
p:een beetje|jij-boodschap|-0.85
p:een beetje|gevoelsreflectie|1.82
p:een beetje|adviseren|-0.91
p:een beetje|argumenteren|-0.94
p:een beetje|vervolgafspraak|-0.91
p:een belabberde|argumenteren|-1.0
p:een belabberde|bekritiseren|1.0
p:een belabberde|geruststellen|-1.0
p:een beloningssysteem|adviseren|0.97
p:een betrokken|prijzen|-0.93
p:een bijlesdocent|adviseren|0.84
p:een blauw|ik-boodschap|0.91
p:een blauw|parafrase|-0.91
p:een brief|ik-boodschap|-0.98
p:een cijfer|afleiden|-0.91
p:een dag|jij-boodschap|-0.97
p:een detail|afleiden|0.91
p:een dipje|geruststellen|1.75
p:een dipje|afleiden|-0.89
p:een docent|moraliseren|0.97
p:een docent|argumenteren|-0.88
p:een dramaqueen|etiketteren|1.0
p:een echte|jij-boodschap|1.85
p:een echte|etiketteren|0.99
p:een eind|bedanken|-1.0
p:een einde|vervolgafspraak|-0.97
p:een en|ik-boodschap|-0.57
p:een en|samenvatting|-0.84
p:een enorme|gevoelsreflectie|0.97
p:een ettertje|jij-boodschap|0.7
p:een ettertje|etiketteren|0.96
p:een extra|samenvatting|0.9
p:een extra|adviseren|-0.9
p:een extra|prijzen|0.9
p:een feit|argumenteren|0.74
p:een fijn|bekritiseren|-0.71
p:een fijne|jij-boodschap|-0.75
p:een geduldige|prijzen|0.97
p:een gesprek|jij-boodschap|-2.48
p:een gesprek|parafrase|0.82
p:een gesprek|waarschuwen|-0.99
p:een gesprek|bekritiseren|-1.64
p:een gesprek|ondervragen|0.98
p:een gesprekje|vervolgafspraak|0.91
p:een goed|geruststellen|-0.98
p:een goede|moraliseren|0.91
p:een goede|argumenteren|-1.0
p:een goede|prijzen|-0.93
p:een goede|etiketteren|-1.0
p:een half|geruststellen|-0.96
p:een heel|jij-boodschap|-1.92
p:een heel|bevelen|-0.38
p:een heel|waarschuwen|-0.92
p:een heel|prijzen|1.82
p:een helikopterouder|etiketteren|1.0
p:een idee|argumenteren|-0.99
p:een jaar|geruststellen|1.96
p:een keer|jij-boodschap|-0.97
p:een keer|samenvatting|0.79
p:een keer|bevelen|0.41
p:een keer|waarschuwen|0.89
p:een keer|adviseren|-0.99
p:een keer|argumenteren|-1.0
p:een keer|prijzen|-0.97
p:een keer|interpreteren|-0.99
p:een keer|vervolgafspraak|-0.8
p:een kind|moraliseren|0.9
p:een klap|geruststellen|0.99
p:een klasgenoot|ik-boodschap|1.62
p:een klasgenoot|jij-boodschap|-0.95
p:een klasgenoot|bekritiseren|-0.87
p:een klassieke|jij-boodschap|0.82
p:een klassieke|bevelen|-0.99
p:een kleuter|jij-boodschap|1.87
p:een kleuter|etiketteren|0.98
p:een kleuterachtig|etiketteren|1.51
p:een kopie|vervolgafspraak|-0.97
p:een lastig|ik-boodschap|-0.99
p:een lastige|argumenteren|-0.9
p:een lastpak|jij-boodschap|0.52
p:een lastpak|bekritiseren|-0.99
p:een leerling|moraliseren|-0.18
p:een luie|jij-boodschap|0.98
p:een luie|etiketteren|0.98
p:een maand|afronding-aankondigen|-0.99
p:een maand|vervolgafspraak|0.97
p:een maandje|geruststellen|0.94
p:een mail|jij-boodschap|0.97
p:een mail|bekritiseren|1.37
p:een mail|etiketteren|-0.99
p:een mail|bedanken|0.76
p:een manier|adviseren|-0.74
p:een melding|jij-boodschap|-0.97
p:een moeilijk|etiketteren|-0.98
p:een mopperende|etiketteren|0.72
p:een nieuw|samenvatting|-0.98
p:een nieuw|afronding-aankondigen|0.92
p:een nieuw|vervolgafspraak|0.99
p:een nieuwe|argumenteren|-0.97
p:een nieuwe|bekritiseren|-0.97
p:een nieuwe|geruststellen|-0.97
p:een nieuwe|bedanken|0.76
p:een onbetrouwbare|jij-boodschap|0.89
p:een onbetrouwbare|bekritiseren|-0.78
p:een onbetrouwbare|etiketteren|0.99
p:een ontzettende|jij-boodschap|0.16
p:een ontzettende|adviseren|-1.0
p:een ontzettende|bekritiseren|-1.95
p:een ontzettende|etiketteren|1.0
p:een onvoldoende|aanmoediging|-1.0
p:een onvoldoende|adviseren|-0.79
p:een onvoldoende|argumenteren|-0.72
p:een onvoldoende|prijzen|-0.97
p:een onvoldoende|ondervragen|-1.0
p:een onvoldoende|afleiden|1.97
p:een onzin|adviseren|-0.99
p:een onzin|bekritiseren|1.84
p:een onzinnige|bekritiseren|0.99
p:een onzinverhaal|bekritiseren|2.28
p:een onzinverhaal|etiketteren|-0.9
p:een oplossing|adviseren|-0.58
p:een oplossing|geruststellen|0.83
p:een ouder|moraliseren|1.0
p:een paar|geruststellen|0.24
p:een paar|afleiden|1.81
p:een plan|vervolgafspraak|0.89
p:een planning|ik-boodschap|0.96
p:een planning|moraliseren|-1.0
p:een planning|vervolgafspraak|0.96
p:een planningsmaatje|vervolgafspraak|0.94
p:een planningsmaatje|bedanken|-0.54
p:een presentatie|etiketteren|-0.99
p:een prima|etiketteren|-0.98
p:een probleem|jij-boodschap|-0.49
p:een probleem|gevoelsreflectie|-0.97
p:een probleem|samenvatting|0.98
p:een probleem|etiketteren|0.97
p:een probleem|interpreteren|0.9
p:een probleemkind|ik-boodschap|-1.0
p:een protocol|parafrase|-0.93
p:een puber|etiketteren|1.0
p:een punt|vervolgafspraak|-0.96
p:een punt|bedanken|-0.96
p:een rare|bekritiseren|0.81
p:een rechtszaak|jij-boodschap|1.56
p:een rechtszaak|bekritiseren|-0.9
p:een regen|afleiden|0.81
p:een rij|open-vraag|-0.97
p:een rij|moraliseren|-0.97
p:een rij|vervolgafspraak|-0.97
p:een rijtje|samenvatting|0.94
p:een rijtje|open-vraag|0.98
p:een rotmoment|gevoelsreflectie|1.79
p:een schorsing|waarschuwen|0.98
p:een schorsing|moraliseren|0.9
p:een schriftje|adviseren|0.84
p:een slechte|open-vraag|-0.94
p:een slechte|bekritiseren|0.89
p:een slechte|etiketteren|-0.67
p:een slechte|geruststellen|2.51
p:een slechte|afleiden|0.85
p:een slimme|prijzen|0.72
p:een slordige|bekritiseren|-1.52
p:een spreker|ik-boodschap|0.61
p:een sterke|jij-boodschap|-0.98
p:een sterke|prijzen|1.0
p:een strafwerk|waarschuwen|-0.91
p:een studiecoach|geruststellen|-0.87
p:een stuk|jij-boodschap|-0.81
p:een stuk|prijzen|-0.99
p:een stuk|etiketteren|0.99
p:een super|etiketteren|-0.98
p:een super|geruststellen|-0.98
p:een tip|bevelen|-1.0
p:een tip|adviseren|1.0
p:een toets|gevoelsreflectie|-0.99
p:een toets|argumenteren|0.93
p:een toets|vervolgafspraak|-0.8
p:een tolk|vervolgafspraak|0.96
p:een typisch|jij-boodschap|0.92
p:een typisch|bekritiseren|-0.11
p:een typisch|etiketteren|0.91
p:een uitzondering|argumenteren|0.98
p:een uur|jij-boodschap|-1.0
p:een uur|gevoelsreflectie|-1.0
p:een uur|waarschuwen|-1.0
p:een uur|moraliseren|-1.0
p:een uur|bekritiseren|-1.0
p:een van|jij-boodschap|-0.81
p:een van|prijzen|0.96
p:een van|etiketteren|-0.96
p:een vast|prijzen|-0.85
p:een vast|ondervragen|-0.96
p:een vast|afronding-aankondigen|-0.83
p:een vaste|samenvatting|0.83
p:een vaste|adviseren|1.86
p:een vaste|vervolgafspraak|0.91
p:een vechtersbaas|jij-boodschap|1.81
p:een vechtersbaas|etiketteren|0.96
p:een verschil|geruststellen|-0.72
p:een verwend|gevoelsreflectie|-0.95
p:een verwend|moraliseren|-0.97
p:een vier|ik-boodschap|-1.0
p:een vier|argumenteren|1.0
p:een vier|etiketteren|-1.0
p:een vier|afleiden|-1.0
p:een vijf|ik-boodschap|-1.0
p:een vijf|argumenteren|1.0
p:een vijf|etiketteren|-1.75
p:een vijf|afleiden|-1.0
p:een voldoende|parafrase|-0.94
p:een voldoende|adviseren|-0.95
p:een voldoende|argumenteren|0.94
p:een volwassene|ondervragen|0.95
p:een volwassene|afleiden|-0.84
p:een voorbeeldfunctie|moraliseren|0.99
p:een vrolijke|jij-boodschap|-0.76
p:een vrolijke|etiketteren|-0.98
p:een waardeloos|bekritiseren|0.91
p:een waardeloze|gevoelsreflectie|-0.97
p:een waardeloze|bekritiseren|2.42
p:een week|waarschuwen|1.0
p:een week|vervolgafspraak|-1.0
p:een weekplanner|samenvatting|-1.0
p:een weekplanner|adviseren|1.0
p:een weekplanning|vervolgafspraak|-0.95
p:een weer|etiketteren|-0.82
p:een wekker|adviseren|0.57
p:een wijsneus|jij-boodschap|2.74
p:een wijsneus|prijzen|-0.82
p:een wijsneus|etiketteren|0.99
p:een zes|ik-boodschap|-1.0
p:een zes|argumenteren|1.0
p:een zes|etiketteren|-1.0
p:een zes|afleiden|-1.0
p:een zeurpiet|bekritiseren|-0.94
p:een zie|afronding-aankondigen|0.97
p:een zie|vervolgafspraak|0.97
p:een zie|bedanken|0.97
p:een zware|afleiden|-0.93
p:eenmaal bij|interpreteren|-0.99
p:eenmaal bij|geruststellen|-0.74
p:eenmaal bij|afleiden|0.99
p:eenmaal de|jij-boodschap|3.42
p:eenmaal de|argumenteren|-1.82
p:eenmaal de|etiketteren|1.82
p:eenmaal druk|moraliseren|-0.99
p:eenmaal een|gevoelsreflectie|0.65
p:eenmaal een|moraliseren|0.99
p:eenmaal een|geruststellen|-0.92
p:eenmaal je|jij-boodschap|-0.34
p:eenmaal je|bekritiseren|-0.99
p:eenmaal niet|argumenteren|0.93
p:eenmaal onvoldoende|moraliseren|-0.92
p:eenmaal onvoldoende|etiketteren|-0.75
p:eenmaal plichten|moraliseren|0.9
p:eenmaal plichten|argumenteren|-0.65
p:eenmaal wiskunde|jij-boodschap|-0.65
p:eenmaal wiskunde|argumenteren|0.97
p:eenmaal zijn|moraliseren|0.95
p:eenmaal zijn|argumenteren|-0.67
p:eenmaal zo|moraliseren|0.11
p:eens buiten|ik-boodschap|0.98
p:eens buiten|open-vraag|-0.98
p:eens buiten|moraliseren|-0.98
p:eens doet|moraliseren|0.9
p:eens een|adviseren|0.97
p:eens en|bevelen|-0.96
p:eens gebeurt|moraliseren|-1.0
p:eens gebeurt|prijzen|-1.0
p:eens gebeurt|etiketteren|-1.0
p:eens gesproken|geruststellen|-0.99
p:eens het|afleiden|-0.74
p:eens hoe|open-vraag|0.81
p:eens hoe|afleiden|-0.91
p:eens hulp|adviseren|0.9
p:eens komt|jij-boodschap|0.9
p:eens komt|adviseren|-0.9
p:eens komt|bekritiseren|1.73
p:eens meer|jij-boodschap|-0.84
p:eens meer|bekritiseren|-0.98
p:eens met|ik-boodschap|0.93
p:eens met|gevoelsreflectie|0.12
p:eens met|samenvatting|-1.0
p:eens met|adviseren|1.8
p:eens met|geruststellen|0.91
p:eens met|ondervragen|-0.99
p:eens met|vervolgafspraak|-0.99
p:eens naar|bekritiseren|-0.83
p:eens niet|afleiden|-1.0
p:eens over|adviseren|-0.96
p:eens over|afleiden|0.97
p:eens overwogen|adviseren|0.93
p:eens rechtop|waarschuwen|-0.9
p:eens voorkomt|interpreteren|-0.91
p:eens vragen|adviseren|0.96
p:eens weg|bevelen|1.0
p:eentje met|ik-boodschap|-0.99
p:eerder aan|bekritiseren|0.88
p:eerder al|geruststellen|-0.99
p:eerder dat|interpreteren|0.99
p:eerder gekomen|gevoelsreflectie|-1.0
p:eerder gekomen|open-vraag|-1.0
p:eerder gekomen|ondervragen|1.0
p:eerder had|bekritiseren|0.64
p:eerder moeten|bekritiseren|-2.96
p:eerder naar|jij-boodschap|0.8
p:eerder naar|moraliseren|-0.94
p:eerder naar|bekritiseren|0.85
p:eerder verteld|prijzen|-0.87
p:eerder verteld|ondervragen|0.99
p:eerder verteld|afleiden|-0.99
p:eerder zou|open-vraag|-0.91
p:eerlijk bent|geruststellen|-0.97
p:eerlijk bent|vervolgafspraak|-0.97
p:eerlijk bent|bedanken|0.87
p:eerlijk duurt|moraliseren|0.95
p:eerlijk gezegd|ik-boodschap|-0.9
p:eerlijk gezegd|gevoelsreflectie|-1.0
p:eerlijk gezegd|open-vraag|-0.99
p:eerlijk gezegd|bekritiseren|0.52
p:eerlijk gezegd|etiketteren|0.96
p:eerlijk gezegd|ondervragen|-0.96
p:eerlijk gezegd|afleiden|-0.87
p:eerlijk te|jij-boodschap|-0.82
p:eerlijk tegenover|argumenteren|1.0
p:eerlijk tot|argumenteren|-0.84
p:eerlijk zijn|jij-boodschap|0.3
p:eerlijk zijn|open-vraag|0.96
p:eerlijk zijn|bekritiseren|0.92
p:eerst de|bevelen|0.93
p:eerst even|adviseren|0.98
p:eerst je|bevelen|-1.0
p:eerst je|adviseren|1.0
p:eerst je|prijzen|-1.0
p:eerst luisteren|bekritiseren|-0.86
p:eerst maar|samenvatting|-0.98
p:eerst met|ik-boodschap|-0.77
p:eerst met|waarschuwen|-0.93
p:eerst met|adviseren|-0.92
p:eerst zitten|bevelen|0.91
p:eerst zitten|geruststellen|-0.91
p:eerste aanpakken|ik-boodschap|-0.97
p:eerste aanpakken|parafrase|-1.81
p:eerste aanpakken|gevoelsreflectie|-0.97
p:eerste aanpakken|samenvatting|0.97
p:eerste aanpakken|open-vraag|0.97
p:eerste aanpakken|moraliseren|-0.87
p:eerste bespreken|open-vraag|0.98
p:eerste die|jij-boodschap|-0.91
p:eerste die|parafrase|-0.95
p:eerste en|geruststellen|0.92
p:eerste half|ik-boodschap|-1.0
p:eerste half|open-vraag|1.0
p:eerste klas|argumenteren|-0.99
p:eerste klas|geruststellen|0.99
p:eerste periode|bekritiseren|-0.75
p:eerste tien|ik-boodschap|0.98
p:eerste uur|vervolgafspraak|0.94
p:eerste week|samenvatting|-0.89
p:eerste week|bevelen|-0.86
p:eerste weken|etiketteren|-0.91
p:eerste weken|afleiden|0.87
p:eeuw mevrouw|jij-boodschap|1.66
p:eeuw mevrouw|etiketteren|0.92
p:eigen schooltijd|interpreteren|0.88
p:eigen schooltijd|afleiden|-0.96
p:eigen woorden|samenvatting|0.9
p:eigenlijk ?|open-vraag|-0.81
p:eigenlijk ?|aanmoediging|-0.97
p:eigenlijk ?|afleiden|0.97
p:eigenlijk bang|etiketteren|-0.99
p:eigenlijk boos|ondervragen|-0.94
p:eigenlijk dat|parafrase|0.99
p:eigenlijk dat|gevoelsreflectie|-0.79
p:eigenlijk doen|open-vraag|-0.96
p:eigenlijk doen|afleiden|0.96
p:eigenlijk een|parafrase|0.72
p:eigenlijk helemaal|afleiden|-0.96
p:eigenlijk is|etiketteren|-0.98
p:eigenlijk met|afleiden|0.93
p:eigenlijk naar|parafrase|0.96
p:eigenlijk schuldig|jij-boodschap|-0.3
p:eigenlijk van|afleiden|0.89
p:eigenlijk vindt|interpreteren|0.98
p:eigenlijk wel|jij-boodschap|0.68
p:eigenlijk wel|bekritiseren|0.96
p:eigenlijk wilt|interpreteren|0.98
p:eigenlijk zegt|interpreteren|-0.9
p:eind aan|bedanken|-1.0
p:eind van|ik-boodschap|-1.87
p:eind van|waarschuwen|0.91
p:eind van|interpreteren|-0.99
p:einde aan|vervolgafspraak|-0.97
p:einde van|afleiden|0.97
p:eindelijk ook|jij-boodschap|0.9
p:eindelijk ook|adviseren|-0.9
p:eindelijk ook|bekritiseren|1.73
p:elf fouten|parafrase|0.93
p:elf fouten|samenvatting|-0.83
p:elf fouten|argumenteren|1.76
p:elf keer|geruststellen|-0.99
p:elf keer|bedanken|-0.99
p:elf uur|ondervragen|0.93
p:elkaar heen|vervolgafspraak|-0.91
p:elkaar is|moraliseren|0.95
p:elkaar neem|gevoelsreflectie|-0.85
p:elkaar neem|samenvatting|0.7
p:elkaar vrijdag|ik-boodschap|-0.87
p:elkaar vrijdag|afleiden|-0.97
p:elkaar vrijdag|afronding-aankondigen|-0.72
p:elkaar weer|samenvatting|-0.84
p:elke avond|gevoelsreflectie|-0.99
p:elke avond|adviseren|1.0
p:elke avond|argumenteren|0.89
p:elke avond|vervolgafspraak|-0.97
p:elke dag|jij-boodschap|-0.36
p:elke dag|open-vraag|-0.99
p:elke dag|bevelen|0.9
p:elke dag|argumenteren|-0.91
p:elke dag|bekritiseren|-0.85
p:elke dinsdag|parafrase|-0.91
p:elke dinsdag|samenvatting|0.84
p:elke keer|jij-boodschap|0.97
p:elke keer|waarschuwen|-0.91
p:elke keer|bekritiseren|0.97
p:elke klas|afleiden|0.96
p:elke les|ik-boodschap|0.92
p:elke les|jij-boodschap|0.95
p:elke les|bekritiseren|0.86
p:elke ochtend|ik-boodschap|0.98
p:elke ochtend|open-vraag|-0.98
p:elke ochtend|moraliseren|-0.98
p:elke puber|geruststellen|0.74
p:elke puber|afleiden|0.82
p:elke week|bekritiseren|0.75
p:emma moeite|ik-boodschap|-0.86
p:emma moeite|samenvatting|0.86
p:emma vorige|ik-boodschap|0.97
p:emotioneel van|bedanken|0.17
p:en al|ik-boodschap|-0.57
p:en al|samenvatting|-0.84
p:en als|jij-boodschap|1.34
p:en als|bekritiseren|1.77
p:en bel|bedanken|0.93
p:en ben|parafrase|0.96
p:en bij|geruststellen|-0.9
p:en daar|ik-boodschap|1.76
p:en daar|jij-boodschap|-0.69
p:en daar|bevelen|-0.99
p:en daar|waarschuwen|-0.91
p:en daar|adviseren|-0.91
p:en daar|bekritiseren|-0.29
p:en daar|afleiden|-0.87
p:en daar|vervolgafspraak|-0.91
p:en dan|ik-boodschap|2.87
p:en dan|bevelen|-0.92
p:en dan|adviseren|0.22
p:en dan|bekritiseren|0.77
p:en dan|geruststellen|-0.1
p:en dan|vervolgafspraak|0.96
p:en dat|ik-boodschap|2.62
p:en dat|parafrase|1.2
p:en dat|gevoelsreflectie|1.78
p:en dat|samenvatting|-1.11
p:en dat|open-vraag|-1.05
p:en dat|adviseren|-1.0
p:en dat|argumenteren|-1.96
p:en dat|bekritiseren|-0.11
p:en dat|geruststellen|-1.0
p:en dat|vervolgafspraak|-0.94
p:en dat|bedanken|-1.0
p:en de|jij-boodschap|-0.99
p:en de|samenvatting|1.0
p:en de|open-vraag|-1.91
p:en de|aanmoediging|-1.0
p:en de|afleiden|-0.85
p:en een|ik-boodschap|-1.0
p:en een|jij-boodschap|-1.51
p:en een|samenvatting|-0.79
p:en een|argumenteren|1.9
p:en een|bekritiseren|-0.9
p:en een|etiketteren|-1.0
p:en een|afleiden|-1.0
p:en fay|open-vraag|0.99
p:en ga|bevelen|1.74
p:en ga|waarschuwen|-0.82
p:en haar|samenvatting|-0.62
p:en heeft|bekritiseren|-0.97
p:en het|ik-boodschap|-0.98
p:en het|jij-boodschap|-0.87
p:en het|parafrase|-0.92
p:en het|samenvatting|0.92
p:en het|argumenteren|-0.94
p:en het|vervolgafspraak|-0.11
p:en het|bedanken|-0.98
p:en hij|parafrase|0.93
p:en hij|samenvatting|0.11
p:en hij|argumenteren|1.76
p:en hoe|samenvatting|-0.62
p:en hoe|ondervragen|-0.95
p:en iedereen|jij-boodschap|0.97
p:en iedereen|samenvatting|-0.97
p:en iedereen|bekritiseren|0.97
p:en ik|ik-boodschap|2.43
p:en ik|parafrase|-0.91
p:en ik|gevoelsreflectie|-2.38
p:en ik|samenvatting|0.83
p:en ik|waarschuwen|0.84
p:en ik|afronding-aankondigen|0.88
p:en ik|vervolgafspraak|0.94
p:en ik|bedanken|-0.5
p:en je|ik-boodschap|-1.93
p:en je|jij-boodschap|-0.95
p:en je|parafrase|-1.91
p:en je|gevoelsreflectie|-1.96
p:en je|samenvatting|3.85
p:en je|open-vraag|0.97
p:en je|bevelen|-0.74
p:en je|waarschuwen|0.94
p:en je|argumenteren|-0.67
p:en je|bekritiseren|-1.91
p:en je|interpreteren|-0.9
p:en je|vervolgafspraak|-0.9
p:en jij|bekritiseren|-0.93
p:en kijk|bevelen|0.97
p:en kon|ik-boodschap|1.0
p:en kon|waarschuwen|-1.0
p:en laat|bevelen|1.0
p:en laat|adviseren|-0.93
p:en loopt|ik-boodschap|0.98
p:en maandag|afronding-aankondigen|-0.95
p:en mevrouw|vervolgafspraak|0.91
p:en nooit|jij-boodschap|-0.44
p:en om|parafrase|-0.99
p:en om|samenvatting|1.65
p:en om|bevelen|-1.0
p:en om|moraliseren|-0.97
p:en om|afronding-aankondigen|-0.99
p:en om|vervolgafspraak|-0.97
p:en onnodig|bekritiseren|0.98
p:en ook|geruststellen|0.92
p:en op|afronding-aankondigen|0.14
p:en op|bedanken|0.97
p:en over|parafrase|-0.99
p:en over|gevoelsreflectie|0.68
p:en over|open-vraag|1.91
p:en reageert|argumenteren|-0.99
p:en thuis|jij-boodschap|-0.96
p:en thuis|samenvatting|0.81
p:en thuis|open-vraag|-0.98
p:en thuis|aanmoediging|-0.92
p:en toch|parafrase|0.9
p:en toch|samenvatting|-0.64
p:en toe|prijzen|-0.93
p:en toen|jij-boodschap|0.88
p:en toen|samenvatting|-0.88
p:en toen|open-vraag|-0.88
p:en toen|aanmoediging|0.97
p:en toen|bekritiseren|0.34
p:en toen|ondervragen|-0.97
p:en tot|waarschuwen|-0.95
p:en u|jij-boodschap|2.45
p:en u|parafrase|-1.83
p:en u|samenvatting|2.66
p:en u|bevelen|0.77
p:en u|bekritiseren|1.95
p:en u|prijzen|-0.96
p:en u|interpreteren|-0.85
p:en u|vervolgafspraak|0.96
p:en u|bedanken|0.54
p:en verder|aanmoediging|0.98
p:en volgende|samenvatting|-0.82
p:en volgende|vervolgafspraak|1.92
p:en voor|argumenteren|-0.96
p:en waar|bevelen|-0.95
p:en waarom|ik-boodschap|-0.94
p:en waarom|bekritiseren|0.78
p:en waarom|ondervragen|0.96
p:en was|ik-boodschap|-0.97
p:en wat|open-vraag|-0.84
p:en weten|ondervragen|0.88
p:en wie|jij-boodschap|-0.36
p:en wie|gevoelsreflectie|-1.0
p:en wie|open-vraag|-1.0
p:en wie|bekritiseren|-1.63
p:en wie|ondervragen|1.0
p:en zijn|open-vraag|-0.92
p:en zijn|bekritiseren|-0.16
p:enfin laten|geruststellen|-0.99
p:eng om|gevoelsreflectie|0.9
p:eng vindt|gevoelsreflectie|0.99
p:engels belt|vervolgafspraak|0.95
p:engels een|argumenteren|-0.96
p:engels en|jij-boodschap|-0.99
p:engels hebben|samenvatting|-0.98
p:engels ingehaald|prijzen|-0.97
p:engels je|ik-boodschap|0.96
p:engels je|vervolgafspraak|0.96
p:engels niet|geruststellen|-0.9
p:engels praten|prijzen|-0.83
p:engels wat|samenvatting|0.65
p:enkel bericht|jij-boodschap|0.95
p:enkel bericht|bekritiseren|0.95
p:enkel respect|jij-boodschap|1.0
p:enkel respect|parafrase|-1.0
p:enkel respect|moraliseren|-0.81
p:enkel respect|bekritiseren|1.0
p:enkel verslag|ik-boodschap|0.99
p:enkel verslag|bekritiseren|-0.99
p:enkele huiswerkopdracht|ik-boodschap|0.92
p:enkele huiswerkopdracht|jij-boodschap|-0.92
p:enkele huiswerkopdracht|bekritiseren|-0.92
p:enkele les|ik-boodschap|-0.89
p:enkele opdracht|ik-boodschap|0.91
p:enkele opdracht|jij-boodschap|-0.13
p:enkele school|jij-boodschap|-0.94
p:enkele school|bekritiseren|-0.94
p:enorm als|waarschuwen|0.86
p:enorm hoe|prijzen|0.92
p:enorm hoe|vervolgafspraak|-0.82
p:enorm hoe|bedanken|-0.92
p:enorme schrik|gevoelsreflectie|0.97
p:er allebei|ik-boodschap|0.91
p:er allebei|gevoelsreflectie|-1.0
p:er allebei|bedanken|1.0
p:er alleen|argumenteren|-0.98
p:er alles|bekritiseren|-0.25
p:er begon|parafrase|0.92
p:er begon|gevoelsreflectie|-0.88
p:er bent|bekritiseren|-0.91
p:er bij|geruststellen|-0.95
p:er bij|afleiden|0.95
p:er boos|parafrase|-0.72
p:er boos|geruststellen|-0.99
p:er de|ik-boodschap|-0.82
p:er de|vervolgafspraak|0.99
p:er die|argumenteren|0.99
p:er door|gevoelsreflectie|0.95
p:er door|open-vraag|-1.0
p:er door|adviseren|-1.0
p:er door|geruststellen|-1.0
p:er dus|parafrase|0.92
p:er dus|gevoelsreflectie|-0.88
p:er echt|gevoelsreflectie|0.94
p:er echt|open-vraag|0.11
p:er echt|bekritiseren|0.99
p:er echt|geruststellen|0.44
p:er echt|afleiden|-0.97
p:er een|open-vraag|-0.99
p:er een|waarschuwen|0.94
p:er een|moraliseren|0.9
p:er een|bekritiseren|0.99
p:er een|interpreteren|0.9
p:er een|ondervragen|0.95
p:er een|afleiden|-0.84
p:er een|vervolgafspraak|-0.97
p:er eerlijk|ik-boodschap|-0.91
p:er eerlijk|open-vraag|-0.99
p:er emotioneel|bedanken|-0.81
p:er gebeurd|open-vraag|-0.8
p:er gebeurd|ondervragen|-0.95
p:er gebeurt|bekritiseren|-0.78
p:er geen|argumenteren|-0.92
p:er gewoon|jij-boodschap|1.64
p:er gewoon|bekritiseren|1.51
p:er gewoon|interpreteren|-0.9
p:er gisteren|ondervragen|0.92
p:er goed|jij-boodschap|-0.87
p:er iets|vervolgafspraak|0.97
p:er in|ik-boodschap|0.97
p:er in|jij-boodschap|-0.98
p:er in|etiketteren|-0.91
p:er in|afleiden|1.2
p:er is|geruststellen|0.98
p:er maar|argumenteren|-0.98
p:er meteen|bekritiseren|0.97
p:er moe|ik-boodschap|0.91
p:er moeilijk|bedanken|-0.97
p:er niet|parafrase|-0.9
p:er niet|argumenteren|0.99
p:er niet|geruststellen|0.72
p:er niets|bekritiseren|-0.2
p:er niets|geruststellen|-0.93
p:er nog|jij-boodschap|0.14
p:er nog|gevoelsreflectie|0.99
p:er nog|bekritiseren|0.98
p:er nooit|jij-boodschap|-2.48
p:er nooit|moraliseren|-1.0
p:er nooit|bekritiseren|-1.64
p:er nooit|prijzen|-1.0
p:er nooit|ondervragen|0.98
p:er nou|moraliseren|0.99
p:er nou|afleiden|-0.63
p:er nu|open-vraag|0.98
p:er nu|aanmoediging|-0.98
p:er nu|vervolgafspraak|-0.97
p:er ook|jij-boodschap|0.95
p:er ook|prijzen|0.94
p:er ook|ondervragen|-0.94
p:er ook|vervolgafspraak|1.66
p:er oprecht|ik-boodschap|1.0
p:er oprecht|parafrase|-1.0
p:er oprecht|open-vraag|1.0
p:er precies|gevoelsreflectie|1.0
p:er precies|argumenteren|-0.99
p:er rot|gevoelsreflectie|0.98
p:er rot|open-vraag|0.81
p:er ruzie|jij-boodschap|-0.96
p:er samen|ik-boodschap|-0.91
p:er samen|vervolgafspraak|-0.91
p:er steeds|ik-boodschap|0.92
p:er steeds|jij-boodschap|2.35
p:er steeds|bekritiseren|1.99
p:er steeds|ondervragen|-1.81
p:er straks|ik-boodschap|1.0
p:er straks|waarschuwen|-1.0
p:er straks|interpreteren|-1.0
p:er thuis|ik-boodschap|-0.99
p:er thuis|jij-boodschap|0.73
p:er thuis|gevoelsreflectie|-1.67
p:er thuis|open-vraag|0.88
p:er thuis|argumenteren|-0.99
p:er thuis|prijzen|-0.99
p:er toen|parafrase|0.92
p:er twee|afronding-aankondigen|-0.96
p:er vandaag|bevelen|-0.99
p:er vanuit|ik-boodschap|-0.91
p:er vanuit|vervolgafspraak|-0.91
p:er volgens|parafrase|-0.92
p:er volgens|gevoelsreflectie|-1.0
p:er voor|afronding-aankondigen|0.97
p:er voor|vervolgafspraak|0.97
p:er vooral|parafrase|0.8
p:er wakker|gevoelsreflectie|0.97
p:er wakker|geruststellen|0.94
p:er wakker|bedanken|-0.97
p:er was|ik-boodschap|-1.0
p:er was|bekritiseren|-0.93
p:er was|bedanken|1.0
p:er weer|bekritiseren|-0.83
p:er zelf|gevoelsreflectie|0.76
p:er zelf|bekritiseren|0.74
p:er zijn|argumenteren|1.0
p:er zijn|bekritiseren|-1.76
p:er zijn|geruststellen|-0.99
p:er zijn|afleiden|1.58
p:er zo|jij-boodschap|-0.91
p:erbij ?|argumenteren|-0.97
p:erbij ?|vervolgafspraak|0.99
p:erbij ik|parafrase|0.82
p:erbij ik|gevoelsreflectie|-0.82
p:erbij voortzetten|vervolgafspraak|0.83
p:erbij zit|gevoelsreflectie|0.9
p:erg aan|bekritiseren|-0.97
p:erg bedankt|bekritiseren|-0.83
p:erg bedankt|bedanken|0.83
p:erg dat|prijzen|-0.97
p:erg geschrokken|ik-boodschap|0.91
p:erg geschrokken|open-vraag|0.99
p:erg hoor|afleiden|-0.91
p:erg is|etiketteren|-0.98
p:erg makkelijk|jij-boodschap|1.5
p:erg makkelijk|bekritiseren|1.81
p:erg om|prijzen|0.92
p:erg om|vervolgafspraak|-0.82
p:erg om|bedanken|-0.92
p:erg onzeker|interpreteren|0.99
p:erom hij|waarschuwen|0.97
p:erop dus|afronding-aankondigen|0.99
p:erop neer|samenvatting|-0.91
p:ertegenaan ?|parafrase|-0.99
p:ertegenaan ?|gevoelsreflectie|-0.99
p:ertegenaan ?|vervolgafspraak|-0.99
p:eruit gekomen|samenvatting|0.96
p:eruit gekomen|prijzen|-0.96
p:eruit gekomen|vervolgafspraak|0.96
p:ervan maar|gevoelsreflectie|0.97
p:ervan om|adviseren|1.0
p:ervan toen|afronding-aankondigen|-1.0
p:ervan vindt|bekritiseren|-0.88
p:ervan vindt|bedanken|0.99
p:ervaren ?|ik-boodschap|-1.0
p:ervaren ?|open-vraag|1.0
p:ervaring als|prijzen|0.93
p:ervaring in|prijzen|0.96
p:ervoor dat|bevelen|0.99
p:ettertje in|jij-boodschap|0.7
p:ettertje in|etiketteren|0.96
p:eva haar|aanmoediging|-1.0
p:evalueren hoe|samenvatting|-0.97
p:evalueren we|vervolgafspraak|0.97
p:even aan|bevelen|0.97
p:even bellen|adviseren|-0.99
p:even bellen|vervolgafspraak|1.9
p:even buiten|aanmoediging|-0.98
p:even checken|parafrase|0.94
p:even checken|samenvatting|-0.75
p:even de|gevoelsreflectie|0.97
p:even de|open-vraag|-0.98
p:even de|aanmoediging|0.98
p:even en|samenvatting|-0.82
p:even en|vervolgafspraak|1.0
p:even hier|bevelen|0.89
p:even iets|afleiden|-0.82
p:even ik|bevelen|0.94
p:even inhalen|prijzen|1.0
p:even inhalen|bedanken|-1.0
p:even kalm|geruststellen|-0.99
p:even kijken|parafrase|-1.0
p:even kijken|interpreteren|-1.0
p:even kijken|vervolgafspraak|-0.89
p:even laten|ik-boodschap|-0.95
p:even laten|prijzen|-1.0
p:even laten|afleiden|1.96
p:even met|adviseren|0.98
p:even mijn|bevelen|0.77
p:even nadenken|aanmoediging|0.92
p:even nadenken|bevelen|-0.73
p:even niet|ik-boodschap|1.0
p:even niet|bevelen|-0.43
p:even niet|waarschuwen|-1.0
p:even niet|argumenteren|-0.99
p:even niet|afleiden|0.99
p:even op|moraliseren|-0.97
p:even op|adviseren|0.84
p:even op|vervolgafspraak|-0.97
p:even over|samenvatting|-0.98
p:even over|afleiden|0.99
p:even rustig|jij-boodschap|-1.0
p:even rustig|bekritiseren|-1.0
p:even samenvat|parafrase|-0.99
p:even samenvat|samenvatting|0.99
p:even samenvat|bevelen|-0.82
p:even samenvat|afronding-aankondigen|-0.99
p:even samenvatten|parafrase|-0.94
p:even samenvatten|samenvatting|0.98
p:even samenvatten|bedanken|0.81
p:even samenvattend|samenvatting|0.81
p:even samenvattend|aanmoediging|-0.92
p:even samenvattend|argumenteren|-0.94
p:even spreken|ik-boodschap|-0.87
p:even spreken|afleiden|-0.97
p:even terug|parafrase|-0.92
p:even terug|samenvatting|0.92
p:even tijd|bekritiseren|-0.97
p:even tijd|prijzen|-0.97
p:even uitpraten|bekritiseren|-0.91
p:even uitpraten|afleiden|-0.97
p:even wachten|prijzen|0.97
p:evi vaak|ik-boodschap|-0.98
p:examen is|afronding-aankondigen|-1.0
p:examen maar|gevoelsreflectie|0.85
p:examen maar|geruststellen|0.99
p:examen niet|argumenteren|0.86
p:examenreglement is|argumenteren|0.93
p:examenreglement mag|argumenteren|0.99
p:examenreglement staat|ik-boodschap|-0.92
p:examenreglement staat|geruststellen|-0.92
p:examens gewoon|jij-boodschap|-0.82
p:examens gewoon|geruststellen|0.98
p:examensecretaris daar|ik-boodschap|-0.97
p:examensecretaris daar|argumenteren|0.97
p:excursie al|ondervragen|-0.93
p:excuses aan|waarschuwen|-0.94
p:excuses aanbieden|bevelen|0.94
p:excuses aanbiedt|bevelen|0.96
p:excuses erbij|bekritiseren|-0.63
p:excuses erbij|vervolgafspraak|-0.87
p:extra bijlesuren|etiketteren|-0.98
p:extra bijlesuren|geruststellen|-0.98
p:extra kans|samenvatting|0.9
p:extra opdracht|adviseren|-0.9
p:extra opdracht|prijzen|0.9
p:extra uitdaging|interpreteren|0.94
p:faalangst bij|interpreteren|0.99
p:faalangst hebt|jij-boodschap|-1.0
p:faalangst hebt|bekritiseren|-1.0
p:faalangst hebt|interpreteren|1.0
p:fatima ervaren|ik-boodschap|-1.0
p:fatima ervaren|open-vraag|1.0
p:fatsoenlijk over|moraliseren|0.99
p:fay zit|open-vraag|0.99
p:feit is|argumenteren|0.99
p:feit is|geruststellen|-0.99
p:feit is|bedanken|-0.99
p:feit je|argumenteren|0.74
p:femke zitten|bevelen|-1.0
p:fenna is|bekritiseren|-1.52
p:fietsenstalling is|bekritiseren|-0.92
p:fijn bedankt|bekritiseren|0.93
p:fijn bedankt|bedanken|-1.79
p:fijn dat|ik-boodschap|1.74
p:fijn dat|jij-boodschap|0.9
p:fijn dat|gevoelsreflectie|-1.0
p:fijn dat|bevelen|-1.85
p:fijn dat|adviseren|-0.9
p:fijn dat|bekritiseren|-0.96
p:fijn dat|prijzen|-0.97
p:fijn gesprek|bekritiseren|-0.71
p:fijn om|ik-boodschap|0.91
p:fijn om|moraliseren|-1.0
p:fijn vandaag|etiketteren|-0.96
p:fijne gesprek|samenvatting|-0.99
p:fijne gesprek|geruststellen|-0.99
p:fijne moeder|jij-boodschap|-0.75
p:filmpje waarop|ik-boodschap|0.91
p:finn kan|jij-boodschap|-0.98
p:finn kan|prijzen|0.98
p:finn kan|etiketteren|-0.98
p:fleur haar|bekritiseren|-0.98
p:fout zit|waarschuwen|-0.99
p:frans de|ik-boodschap|-0.98
p:frans de|jij-boodschap|-0.87
p:frans de|bedanken|-0.98
p:frans en|ik-boodschap|-0.86
p:frans en|samenvatting|1.86
p:frans en|bevelen|-1.0
p:frans over|parafrase|-0.91
p:frans over|samenvatting|0.84
p:frans praat|samenvatting|0.97
p:frans wel|ik-boodschap|0.88
p:frustreert me|jij-boodschap|-0.99
p:frustreert me|samenvatting|-0.99
p:frustreert me|open-vraag|-1.0
p:frustreert me|adviseren|-1.0
p:frustreert me|geruststellen|-1.0
p:frustrerend als|adviseren|-0.96
p:ga eens|waarschuwen|-0.9
p:ga er|ik-boodschap|-0.91
p:ga er|vervolgafspraak|-0.91
p:ga het|bevelen|-0.99
p:ga het|vervolgafspraak|0.99
p:ga je|open-vraag|-0.96
p:ga je|bevelen|0.81
p:ga je|waarschuwen|0.93
p:ga je|etiketteren|-0.98
p:ga je|geruststellen|-0.98
p:ga je|afleiden|0.96
p:ga maar|parafrase|-0.67
p:ga maar|gevoelsreflectie|-1.95
p:ga naar|waarschuwen|-0.82
p:ga nu|jij-boodschap|0.95
p:ga nu|bevelen|1.76
p:ga nu|bekritiseren|0.95
p:ga straks|parafrase|-1.0
p:ga straks|interpreteren|-1.0
p:ga straks|vervolgafspraak|-0.89
p:ga zitten|jij-boodschap|-1.0
p:ga zitten|bevelen|1.29
p:ga zitten|waarschuwen|1.83
p:ga zitten|moraliseren|-0.94
p:ga zitten|bekritiseren|-1.0
p:ga zitten|geruststellen|-1.0
p:gaan ?|jij-boodschap|-1.0
p:gaan ?|adviseren|1.93
p:gaan ?|bekritiseren|-1.0
p:gaan afronden|etiketteren|-0.97
p:gaan afronden|bedanken|-0.65
p:gaan dan|geruststellen|0.91
p:gaan maar|jij-boodschap|0.88
p:gaan maar|samenvatting|-0.88
p:gaan maar|bekritiseren|0.34
p:gaan meisjes|moraliseren|0.94
p:gaan meisjes|afleiden|-0.94
p:gaan mis|samenvatting|0.89
p:gaan mis|adviseren|-0.99
p:gaan praten|adviseren|0.92
p:gaan we|bedanken|-1.0
p:gaat ?|ik-boodschap|-1.0
p:gaat ?|samenvatting|-1.0
p:gaat ?|adviseren|-0.99
p:gaat ?|bekritiseren|-1.0
p:gaat bedankt|samenvatting|0.98
p:gaat bedankt|bedanken|0.81
p:gaat beter|jij-boodschap|-0.99
p:gaat beter|samenvatting|0.83
p:gaat beter|geruststellen|-0.96
p:gaat dat|bevelen|-0.9
p:gaat die|jij-boodschap|-0.82
p:gaat die|bekritiseren|-0.63
p:gaat die|geruststellen|0.98
p:gaat die|vervolgafspraak|-0.87
p:gaat echt|geruststellen|1.83
p:gaat eigenlijk|afleiden|-0.96
p:gaat elke|parafrase|-0.91
p:gaat elke|samenvatting|0.84
p:gaat en|samenvatting|-0.98
p:gaat er|gevoelsreflectie|0.95
p:gaat er|open-vraag|0.98
p:gaat er|aanmoediging|-0.98
p:gaat eruit|bevelen|-0.81
p:gaat eruit|bekritiseren|-0.96
p:gaat goed|samenvatting|0.81
p:gaat goed|aanmoediging|-0.92
p:gaat het|parafrase|-2.8
p:gaat het|samenvatting|-0.27
p:gaat het|open-vraag|2.83
p:gaat het|geruststellen|0.9
p:gaat het|ondervragen|-0.99
p:gaat het|afleiden|0.98
p:gaat het|afronding-aankondigen|-0.99
p:gaat hier|geruststellen|-0.72
p:gaat hij|samenvatting|-0.99
p:gaat je|bevelen|0.94
p:gaat mee|bevelen|-0.96
p:gaat met|prijzen|-0.91
p:gaat morgen|bevelen|0.95
p:gaat nu|bevelen|0.91
p:gaat nu|geruststellen|-0.91
p:gaat om|ik-boodschap|-0.98
p:gaat om|jij-boodschap|-0.87
p:gaat om|samenvatting|1.0
p:gaat om|open-vraag|-0.91
p:gaat om|bevelen|-1.91
p:gaat om|moraliseren|-0.97
p:gaat om|bekritiseren|-0.16
p:gaat om|vervolgafspraak|-0.97
p:gaat om|bedanken|-0.98
p:gaat ook|moraliseren|0.95
p:gaat ook|argumenteren|-0.67
p:gaat over|interpreteren|0.87
p:gaat over|afleiden|-0.96
p:gaat per|geruststellen|-0.87
p:gaat samenwerken|ik-boodschap|0.98
p:gaat slapen|parafrase|0.83
p:gaat spelen|waarschuwen|-0.91
p:gaat thuis|parafrase|0.98
p:gaat u|parafrase|1.72
p:gaat u|aanmoediging|0.94
p:gaat u|waarschuwen|0.91
p:gaat u|prijzen|1.0
p:gaat u|ondervragen|-0.99
p:gaat u|afleiden|0.72
p:gaat u|vervolgafspraak|-0.99
p:gaat vanaf|bevelen|-0.82
p:gaat vanaf|interpreteren|-0.94
p:gaat vanmiddag|bevelen|2.43
p:gaat vanmiddag|etiketteren|-0.97
p:gaat vanzelf|geruststellen|1.92
p:gaat vanzelf|afleiden|-0.99
p:gaat vast|jij-boodschap|-0.75
p:gaat verder|adviseren|-0.96
p:gaat volgens|interpreteren|0.87
p:gaat vooral|ik-boodschap|-0.96
p:gaat vooral|samenvatting|0.96
p:gaat werken|waarschuwen|0.99
p:gaat ze|geruststellen|0.97
p:gaat zich|prijzen|0.93
p:gaat zitten|gevoelsreflectie|-0.74
p:gaat zitten|afronding-aankondigen|-1.0
p:gaat zo|samenvatting|-0.99
p:gaat zo|etiketteren|-0.97
p:gaat zo|afronding-aankondigen|0.96
p:gaat zo|vervolgafspraak|-0.99
p:gaat zo'n|ik-boodschap|0.99
p:gaf aan|jij-boodschap|-0.97
p:gaf aan|open-vraag|0.97
p:gaf aan|bekritiseren|-0.86
p:gamen ?|adviseren|-0.83
p:gamen ?|bekritiseren|0.86
p:gamen ?|ondervragen|-0.86
p:gamen peter|jij-boodschap|1.0
p:gamen peter|gevoelsreflectie|-1.0
p:gamen peter|moraliseren|-1.0
p:gamen peter|bekritiseren|1.06
p:gamen peter|afleiden|-1.0
p:gamen terwijl|moraliseren|0.94
p:gamet als|bekritiseren|0.87
p:gang ?|argumenteren|-0.99
p:gang en|ik-boodschap|0.77
p:gang gaan|bevelen|-0.97
p:gapen misschien|ik-boodschap|0.98
p:gapen misschien|open-vraag|-0.98
p:gapen misschien|moraliseren|-0.98
p:gasbrander gaat|waarschuwen|-0.91
p:gaten hij|bedanken|0.54
p:gaten houden|bevelen|1.0
p:gebeld ?|bekritiseren|0.78
p:gebeld hadden|bekritiseren|0.64
p:gebeld met|bekritiseren|-0.94
p:gebeld over|ik-boodschap|-1.0
p:gebeld over|jij-boodschap|-1.0
p:gebeld over|parafrase|1.0
p:gebeld over|gevoelsreflectie|-1.0
p:gebeld over|samenvatting|-1.0
p:gebeld over|open-vraag|-1.0
p:gebeld over|aanmoediging|-1.0
p:gebeld over|bevelen|-1.0
p:gebeld over|waarschuwen|-1.0
p:gebeld over|moraliseren|-1.0
p:gebeld over|adviseren|-1.0
p:gebeld over|argumenteren|-1.0
p:gebeld over|bekritiseren|-1.0
p:gebeld over|prijzen|-1.0
p:gebeld over|etiketteren|-1.0
p:gebeld over|interpreteren|-1.0
p:gebeld over|geruststellen|-1.0
p:gebeld over|ondervragen|-1.0
p:gebeld over|afleiden|-1.0
p:gebeld over|afronding-aankondigen|-1.0
p:gebeld over|vervolgafspraak|-1.0
p:gebeld over|bedanken|-1.0
p:gebeld worden|interpreteren|-0.85
p:gebeurd ?|gevoelsreflectie|1.0
p:gebeurd ?|open-vraag|0.88
p:gebeurd ?|afleiden|-0.84
p:gebeurd als|bekritiseren|0.99
p:gebeurd hoe|ik-boodschap|0.97
p:gebeurd is|open-vraag|-0.8
p:gebeurde er|argumenteren|-0.99
p:gebeuren hoor|geruststellen|0.91
p:gebeurt ?|jij-boodschap|-0.98
p:gebeurt ?|afleiden|-0.63
p:gebeurt als|bekritiseren|-0.78
p:gebeurt dan|moraliseren|-1.0
p:gebeurt dan|prijzen|-1.0
p:gebeurt dan|etiketteren|-1.0
p:gebeurt dit|jij-boodschap|-0.97
p:gebeurt ga|jij-boodschap|1.0
p:gebeurt ga|waarschuwen|1.0
p:gebeurt iedereen|afleiden|-0.91
p:gebeurt in|vervolgafspraak|-0.94
p:gebeurt vooral|parafrase|-0.92
p:gebeurt vooral|samenvatting|0.92
p:gebouw al|afleiden|1.0
p:gebruiken ?|open-vraag|-0.98
p:gedaan ?|gevoelsreflectie|-1.0
p:gedaan ?|open-vraag|-1.0
p:gedaan ?|ondervragen|1.0
p:gedaan en|parafrase|0.92
p:gedaan en|gevoelsreflectie|0.92
p:gedaan noor|waarschuwen|-0.94
p:gedaan om|jij-boodschap|-0.87
p:gedoe in|open-vraag|-0.99
p:gedoe komt|open-vraag|-0.96
p:gedoe komt|afleiden|0.96
p:gedraagt je|waarschuwen|-1.0
p:gedraagt je|adviseren|-1.0
p:gedraagt je|interpreteren|1.0
p:gedraagt tegenover|jij-boodschap|0.94
p:gedraagt zich|moraliseren|-0.97
p:gedrag als|waarschuwen|0.91
p:gedrag in|argumenteren|-0.94
p:gedrag komt|geruststellen|-0.94
p:gedrag van|jij-boodschap|-1.0
p:gedrag van|bekritiseren|-1.0
p:gedrag van|prijzen|-0.99
p:gedreigd wordt|bekritiseren|0.97
p:geduldige moeder|prijzen|0.97
p:geeft ?|open-vraag|-0.97
p:geeft hem|bevelen|-0.81
p:geeft hem|etiketteren|-0.97
p:geeft u|bevelen|0.93
p:geen aandacht|waarschuwen|-1.0
p:geen aandacht|adviseren|-1.0
p:geen aandacht|interpreteren|1.0
p:geen ander|prijzen|0.96
p:geen cijfer|ik-boodschap|0.99
p:geen cijfer|bekritiseren|-0.99
p:geen discussie|afronding-aankondigen|-0.93
p:geen drama|aanmoediging|-1.0
p:geen drama|argumenteren|-0.72
p:geen drama|ondervragen|-1.0
p:geen drama|afleiden|1.0
p:geen enkel|ik-boodschap|0.99
p:geen enkel|jij-boodschap|1.95
p:geen enkel|parafrase|-1.0
p:geen enkel|moraliseren|-0.81
p:geen enkel|bekritiseren|0.96
p:geen enkele|ik-boodschap|0.94
p:geen enkele|jij-boodschap|-1.98
p:geen enkele|bekritiseren|-1.86
p:geen goede|bekritiseren|0.99
p:geen handige|bekritiseren|0.75
p:geen herkansing|gevoelsreflectie|0.82
p:geen herkansing|argumenteren|0.93
p:geen idee|ik-boodschap|0.97
p:geen idee|jij-boodschap|-0.85
p:geen idee|bekritiseren|-0.92
p:geen moeite|vervolgafspraak|-0.95
p:geen probleem|prijzen|0.83
p:geen telefoons|bevelen|0.96
p:geen tijd|argumenteren|-0.92
p:geen toetsen|ik-boodschap|0.92
p:geen toetsen|bekritiseren|-0.63
p:geen uitzondering|ik-boodschap|-0.97
p:geen uitzondering|argumenteren|0.97
p:geen uitzondering|interpreteren|-0.98
p:geen voldoende|moraliseren|-0.91
p:geen voldoende|argumenteren|0.91
p:geen voldoende|afleiden|-0.91
p:geen zin|jij-boodschap|0.67
p:geen zin|bekritiseren|1.67
p:geen zin|interpreteren|-0.9
p:geen zorgen|ik-boodschap|-1.94
p:geen zorgen|parafrase|-0.95
p:geen zorgen|open-vraag|0.88
p:geen zorgen|adviseren|-0.58
p:geen zorgen|geruststellen|0.83
p:gefrustreerd als|prijzen|-0.98
p:gegaan ?|adviseren|-0.83
p:gehaald ?|jij-boodschap|0.94
p:gehaald ?|bekritiseren|0.94
p:gehaald voor|jij-boodschap|-0.94
p:gehad de|open-vraag|-0.92
p:gehad dus|ik-boodschap|0.96
p:gehad dus|argumenteren|-0.96
p:gehad hebt|jij-boodschap|-0.9
p:gehad hebt|gevoelsreflectie|0.9
p:gehad over|jij-boodschap|-0.95
p:gehad over|samenvatting|0.95
p:gehad over|open-vraag|1.91
p:gehad over|bekritiseren|-0.95
p:gehad over|afleiden|-0.85
p:gehad over|afronding-aankondigen|-0.99
p:geholpen met|prijzen|-0.98
p:gehoord door|gevoelsreflectie|1.0
p:gekeken naar|jij-boodschap|0.88
p:gekeken naar|samenvatting|-0.88
p:gekeken naar|bekritiseren|0.34
p:gekomen ?|gevoelsreflectie|-1.0
p:gekomen ?|open-vraag|-1.0
p:gekomen ?|adviseren|-1.0
p:gekomen ?|ondervragen|2.0
p:gekomen bent|prijzen|-0.93
p:gekomen is|samenvatting|0.96
p:gekomen is|prijzen|-0.96
p:gekomen is|vervolgafspraak|0.96
p:gekozen ?|open-vraag|-0.98
p:gekozen als|open-vraag|-0.93
p:gekregen omdat|gevoelsreflectie|-0.81
p:gekwetst omdat|parafrase|1.61
p:gelaten voelt|samenvatting|-0.97
p:gelaten voelt|open-vraag|-0.97
p:gelden voor|argumenteren|0.86
p:gelezen ?|ondervragen|1.86
p:gelezen en|gevoelsreflectie|-0.78
p:gelezen en|samenvatting|-1.0
p:gelijk dat|parafrase|-0.82
p:gelijk dat|argumenteren|-0.8
p:gelijk en|parafrase|0.93
p:gelijk en|samenvatting|-0.83
p:gelijk en|argumenteren|1.76
p:gelijk heeft|bekritiseren|-0.84
p:gelijk jij|jij-boodschap|0.89
p:gelijk jij|bekritiseren|0.94
p:gelukkig weer|bekritiseren|-0.94
p:gelukt is|gevoelsreflectie|0.79
p:gelukt is|interpreteren|-0.93
p:gemaakt ?|ondervragen|0.96
p:gemaakt dus|argumenteren|0.99
p:gemaakt maar|ik-boodschap|-0.96
p:gemaild hebt|adviseren|-0.96
p:gemeen en|bekritiseren|0.98
p:gemeente op|vervolgafspraak|0.96
p:gemeld ?|bekritiseren|-0.78
p:gemeld en|jij-boodschap|0.98
p:gemeld en|bekritiseren|0.98
p:gemengde leerweg|adviseren|-0.92
p:gemerkt dat|ik-boodschap|0.92
p:gemerkt dat|bevelen|-0.94
p:gemerkt dat|bekritiseren|-0.63
p:gemiddeld een|argumenteren|0.98
p:gemiddeld is|moraliseren|-0.92
p:gemiddelde haalt|samenvatting|-0.79
p:gemiddelde haalt|argumenteren|0.9
p:gemiddelde voor|ik-boodschap|0.91
p:gemiddelde voor|jij-boodschap|-0.13
p:gemist hebt|jij-boodschap|0.68
p:gemist waardoor|ik-boodschap|0.93
p:gemotiveerd meneer|jij-boodschap|0.47
p:gemotiveerd meneer|bekritiseren|0.95
p:genegeerd voelt|parafrase|0.86
p:genomen om|jij-boodschap|0.5
p:genomen omdat|gevoelsreflectie|0.87
p:gepest bent|jij-boodschap|-0.9
p:gepest bent|interpreteren|0.9
p:gepest wordt|open-vraag|0.84
p:gepest wordt|moraliseren|0.91
p:gepest wordt|interpreteren|0.99
p:gepraat over|parafrase|-0.99
p:gepraat over|samenvatting|0.99
p:gepraat over|afronding-aankondigen|0.99
p:gepraat wordt|open-vraag|-1.0
p:gepraat wordt|adviseren|-1.0
p:gepraat wordt|geruststellen|-1.0
p:geprobeerd om|adviseren|-0.91
p:geraakt dat|ik-boodschap|0.91
p:geraakt dat|parafrase|-0.91
p:gereageerd ?|ondervragen|-0.95
p:gereageerd op|jij-boodschap|-0.94
p:gereageerd op|bekritiseren|-0.94
p:gereageerd op|etiketteren|-1.0
p:gereageerd op|afronding-aankondigen|-1.0
p:gerust even|gevoelsreflectie|0.97
p:gerust even|open-vraag|-0.98
p:gerust even|aanmoediging|0.98
p:gerust wat|adviseren|0.92
p:gerust ze|geruststellen|0.87
p:geschiedenis wel|geruststellen|-0.9
p:geschrokken bent|gevoelsreflectie|0.65
p:geschrokken bent|open-vraag|0.99
p:geschrokken bent|geruststellen|-0.92
p:geschrokken dat|ik-boodschap|1.0
p:geschrokken dat|parafrase|-1.0
p:geschrokken dat|open-vraag|1.0
p:geschrokken van|ik-boodschap|1.88
p:gespannen bij|bekritiseren|-0.63
p:gesprek afsluiten|parafrase|-0.99
p:gesprek afsluiten|samenvatting|0.99
p:gesprek afsluiten|afronding-aankondigen|0.99
p:gesprek gevraagd|jij-boodschap|-0.9
p:gesprek hier|bedanken|0.54
p:gesprek hierbij|samenvatting|1.0
p:gesprek hierbij|aanmoediging|-1.0
p:gesprek hierbij|afronding-aankondigen|1.0
p:gesprek in|gevoelsreflectie|0.82
p:gesprek in|samenvatting|-0.98
p:gesprek in|waarschuwen|-0.99
p:gesprek inplannen|vervolgafspraak|0.99
p:gesprek met|jij-boodschap|1.03
p:gesprek met|parafrase|0.82
p:gesprek met|bekritiseren|0.94
p:gesprek met|vervolgafspraak|0.98
p:gesprek met|bedanken|0.98
p:gesprek niet|argumenteren|-1.0
p:gesprek niet|vervolgafspraak|-1.0
p:gesprek niet|bedanken|-1.0
p:gesprek nu|bevelen|-0.99
p:gesprek nu|afronding-aankondigen|1.95
p:gesprek nu|vervolgafspraak|-1.05
p:gesprek nu|bedanken|-0.99
p:gesprek opstaat|ik-boodschap|0.91
p:gesprek plannen|jij-boodschap|-2.48
p:gesprek plannen|bekritiseren|-1.64
p:gesprek plannen|ondervragen|0.98
p:gesprek was|bekritiseren|-0.71
p:gesprek we|samenvatting|-0.98
p:gesprekje met|vervolgafspraak|0.91
p:gesprekken steeds|ik-boodschap|0.99
p:gesprekken steeds|bevelen|-0.99
p:gesproken toen|geruststellen|-0.99
p:gesproken wat|afleiden|0.81
p:gestrest bent|geruststellen|-0.96
p:gestuurd die|jij-boodschap|0.97
p:gestuurd die|bekritiseren|1.37
p:getik anders|waarschuwen|0.92
p:geval van|jij-boodschap|0.92
p:gevoel dat|open-vraag|0.84
p:gevoel heeft|gevoelsreflectie|-0.79
p:gevoel heeft|argumenteren|-0.98
p:gevolgen hebben|moraliseren|0.9
p:gewaarschuwd bij|waarschuwen|0.98
p:geweest toch|vervolgafspraak|-0.93
p:geweld hoort|jij-boodschap|-0.94
p:geweld hoort|bekritiseren|-0.94
p:geweldig dat|adviseren|-0.81
p:geweldige inzet|bekritiseren|1.82
p:geweldige inzet|bedanken|-1.56
p:geweldige medewerking|bekritiseren|0.93
p:geweldige medewerking|bedanken|-1.79
p:gewend op|geruststellen|0.94
p:gewerkt dit|jij-boodschap|-0.88
p:gewerkt dit|bekritiseren|-0.93
p:gewoon aan|adviseren|0.62
p:gewoon achterin|interpreteren|-0.94
p:gewoon alles|adviseren|-0.9
p:gewoon beter|bevelen|1.0
p:gewoon bij|moraliseren|-0.91
p:gewoon bij|etiketteren|-0.91
p:gewoon bij|afleiden|0.87
p:gewoon brutaal|etiketteren|-0.94
p:gewoon dat|interpreteren|0.98
p:gewoon de|argumenteren|-0.97
p:gewoon de|bekritiseren|-1.35
p:gewoon de|etiketteren|-0.97
p:gewoon door|jij-boodschap|0.98
p:gewoon door|bevelen|-0.98
p:gewoon door|bekritiseren|1.84
p:gewoon doordat|jij-boodschap|-1.0
p:gewoon doordat|bekritiseren|-1.0
p:gewoon doordat|interpreteren|1.0
p:gewoon een|jij-boodschap|3.5
p:gewoon een|gevoelsreflectie|-0.95
p:gewoon een|moraliseren|-0.96
p:gewoon een|adviseren|-0.74
p:gewoon een|argumenteren|0.74
p:gewoon een|bekritiseren|-1.52
p:gewoon een|etiketteren|2.9
p:gewoon een|geruststellen|0.93
p:gewoon eerder|jij-boodschap|0.8
p:gewoon eerder|moraliseren|-0.94
p:gewoon eerder|bekritiseren|0.85
p:gewoon eerlijk|jij-boodschap|-0.82
p:gewoon eerlijk|gevoelsreflectie|0.99
p:gewoon elf|parafrase|0.93
p:gewoon elf|samenvatting|-0.83
p:gewoon elf|argumenteren|1.76
p:gewoon elke|argumenteren|-0.91
p:gewoon en|jij-boodschap|0.97
p:gewoon en|bekritiseren|0.97
p:gewoon faalangst|interpreteren|0.99
p:gewoon geen|jij-boodschap|1.64
p:gewoon geen|bekritiseren|2.49
p:gewoon geen|interpreteren|-0.9
p:gewoon halen|jij-boodschap|-0.82
p:gewoon halen|geruststellen|0.98
p:gewoon hun|afleiden|-0.7
p:gewoon in|ik-boodschap|-1.0
p:gewoon in|open-vraag|-1.0
p:gewoon in|moraliseren|1.0
p:gewoon in|adviseren|1.0
p:gewoon in|argumenteren|0.93
p:gewoon in|geruststellen|-0.99
p:gewoon in|bedanken|-0.99
p:gewoon innemen|interpreteren|-0.94
p:gewoon jaloers|jij-boodschap|-0.74
p:gewoon je|jij-boodschap|1.73
p:gewoon je|samenvatting|-0.83
p:gewoon je|bevelen|-0.91
p:gewoon je|bekritiseren|0.65
p:gewoon lui|jij-boodschap|0.97
p:gewoon lui|etiketteren|0.97
p:gewoon maar|bevelen|-0.97
p:gewoon mee|moraliseren|0.94
p:gewoon mee|afleiden|-0.94
p:gewoon met|adviseren|0.92
p:gewoon moeilijk|interpreteren|0.98
p:gewoon naar|jij-boodschap|-1.83
p:gewoon naar|bevelen|2.43
p:gewoon naar|adviseren|1.0
p:gewoon naar|bekritiseren|-1.0
p:gewoon naar|etiketteren|-0.97
p:gewoon niet|ik-boodschap|-0.92
p:gewoon niet|jij-boodschap|-1.04
p:gewoon niet|parafrase|-1.7
p:gewoon niet|gevoelsreflectie|-0.8
p:gewoon niet|waarschuwen|-0.85
p:gewoon niet|moraliseren|0.88
p:gewoon niet|argumenteren|1.1
p:gewoon niet|bekritiseren|-1.75
p:gewoon omdat|interpreteren|0.94
p:gewoon oneerlijk|jij-boodschap|-1.8
p:gewoon oneerlijk|moraliseren|0.91
p:gewoon oneerlijk|bekritiseren|-0.91
p:gewoon op|bekritiseren|-0.69
p:gewoon over|afleiden|0.93
p:gewoon overbezorgde|bekritiseren|-0.92
p:gewoon schandalig|jij-boodschap|-0.92
p:gewoon stress|argumenteren|-0.93
p:gewoon te|bevelen|-0.99
p:gewoon te|adviseren|0.82
p:gewoon te|bekritiseren|-0.94
p:gewoon te|etiketteren|0.98
p:gewoon tot|jij-boodschap|1.0
p:gewoon tot|gevoelsreflectie|-1.0
p:gewoon tot|moraliseren|-1.0
p:gewoon tot|bekritiseren|1.06
p:gewoon tot|afleiden|-1.0
p:gewoon wat|bevelen|0.94
p:gewoon wat|prijzen|0.72
p:gewoon wat|geruststellen|1.92
p:gewoon wegzetten|bekritiseren|0.87
p:gewoon zo|prijzen|-0.91
p:gewoon zo|geruststellen|-0.85
p:geworden ?|ondervragen|-0.92
p:geworden door|jij-boodschap|0.97
p:geworden door|etiketteren|0.97
p:gezakt hoe|ik-boodschap|1.0
p:gezakt hoe|parafrase|-1.0
p:gezakt hoe|open-vraag|1.0
p:gezegd ?|gevoelsreflectie|0.99
p:gezegd ?|bekritiseren|-0.96
p:gezegd ?|geruststellen|-0.99
p:gezegd ?|ondervragen|0.99
p:gezegd een|jij-boodschap|-0.85
p:gezegd is|jij-boodschap|0.7
p:gezegd is|etiketteren|0.96
p:gezegd niet|ondervragen|-0.96
p:gezegd nogal|open-vraag|-0.99
p:gezegd stelt|jij-boodschap|0.91
p:gezegd stelt|bekritiseren|0.81
p:gezegd teleurgesteld|jij-boodschap|-0.69
p:gezegd teleurgesteld|bekritiseren|-0.29
p:gezegd teleurgesteld|afleiden|-0.87
p:gezegd van|ik-boodschap|0.93
p:gezegd wat|ik-boodschap|-0.93
p:gezegd wel|ik-boodschap|-0.91
p:gezien ?|afleiden|1.0
p:gezien dat|jij-boodschap|-0.13
p:gezien halen|argumenteren|0.86
p:gezien het|parafrase|-0.99
p:gezien het|samenvatting|0.99
p:gezien voelt|samenvatting|-0.9
p:gezien worden|interpreteren|0.87
p:gezocht met|jij-boodschap|0.84
p:gezocht met|bekritiseren|0.94
p:gijs zijn|ik-boodschap|0.98
p:gijs zijn|vervolgafspraak|-0.98
p:ging en|vervolgafspraak|-0.91
p:ging het|geruststellen|-0.99
p:gisteren de|ik-boodschap|0.89
p:gisteren de|gevoelsreflectie|-0.85
p:gisteren de|waarschuwen|-1.0
p:gisteren een|jij-boodschap|0.97
p:gisteren een|bekritiseren|1.37
p:gisteren gebeld|bekritiseren|-0.94
p:gisteren huilend|afronding-aankondigen|-1.0
p:gisteren ingeleverd|etiketteren|-0.96
p:gisteren met|ik-boodschap|0.91
p:gisteren met|parafrase|-0.91
p:gisteren naar|adviseren|-0.83
p:gisteren niet|ondervragen|0.92
p:gisteren uit|ik-boodschap|0.95
p:goed ?|parafrase|-1.81
p:goed aan|jij-boodschap|-0.87
p:goed als|waarschuwen|-0.91
p:goed begrepen|parafrase|0.99
p:goed begrijp|ik-boodschap|-0.93
p:goed begrijp|parafrase|1.92
p:goed begrijp|gevoelsreflectie|-0.12
p:goed begrijp|adviseren|-0.92
p:goed begrijpen|open-vraag|-0.96
p:goed bij|samenvatting|0.81
p:goed bij|aanmoediging|-0.92
p:goed blijven|bevelen|-0.74
p:goed blijven|geruststellen|-0.93
p:goed blijven|afleiden|0.93
p:goed daar|open-vraag|-1.0
p:goed daar|geruststellen|1.0
p:goed dan|bedanken|-1.0
p:goed dat|parafrase|0.83
p:goed dat|bevelen|-0.38
p:goed dat|prijzen|0.85
p:goed dat|bedanken|0.99
p:goed echt|jij-boodschap|-0.84
p:goed echt|bekritiseren|-0.98
p:goed geholpen|prijzen|-0.98
p:goed geholpen|vervolgafspraak|-0.98
p:goed hebt|bekritiseren|-1.33
p:goed heeft|jij-boodschap|-0.95
p:goed helpen|moraliseren|-0.99
p:goed hoe|parafrase|-0.84
p:goed hoe|open-vraag|-1.61
p:goed hoe|afleiden|0.86
p:goed hoor|gevoelsreflectie|1.0
p:goed hoor|samenvatting|-0.91
p:goed iets|afleiden|0.93
p:goed ik|afronding-aankondigen|0.96
p:goed laat|adviseren|0.96
p:goed laat|geruststellen|0.96
p:goed laten|afleiden|-0.73
p:goed laten|vervolgafspraak|-0.67
p:goed leest|ik-boodschap|-0.98
p:goed mee|prijzen|0.83
p:goed meegewerkt|jij-boodschap|-0.99
p:goed meegewerkt|parafrase|-0.99
p:goed meegewerkt|bekritiseren|-0.99
p:goed meegewerkt|prijzen|0.99
p:goed met|interpreteren|-1.0
p:goed met|afleiden|-0.89
p:goed om|ik-boodschap|0.96
p:goed op|open-vraag|0.92
p:goed op|adviseren|-1.0
p:goed op|geruststellen|1.0
p:goed plan|geruststellen|-0.98
p:goed samenvat|samenvatting|0.92
p:goed snap|parafrase|1.93
p:goed te|jij-boodschap|0.88
p:goed te|samenvatting|-0.88
p:goed te|bekritiseren|0.34
p:goed volg|parafrase|1.0
p:goed volg|samenvatting|-0.7
p:goed volg|open-vraag|-0.99
p:goed voorbereid|waarschuwen|-0.93
p:goed voorstellen|ik-boodschap|-0.9
p:goed waar|open-vraag|-0.99
p:goed ze|parafrase|-0.95
p:goed zijn|adviseren|0.99
p:goede cijfers|samenvatting|-0.98
p:goede handen|geruststellen|0.87
p:goede moeder|etiketteren|-1.0
p:goede opvoeder|prijzen|0.93
p:goede ouder|prijzen|-0.93
p:goede reactie|bekritiseren|0.99
p:goede voorbeeld|moraliseren|1.0
p:goede voorbeeld|adviseren|-0.86
p:goede vraag|argumenteren|-1.0
p:goede vraag|etiketteren|-1.0
p:goede vragen|bekritiseren|-0.94
p:goede vriendin|moraliseren|0.91
p:goedemiddag fijn|bekritiseren|-0.91
p:goedemiddag mevrouw|jij-boodschap|0.3
p:goedemiddag mevrouw|bekritiseren|0.92
p:goedemorgen fijn|bedanken|-0.94
p:goedemorgen meneer|bekritiseren|-0.98
p:goedenavond mevrouw|open-vraag|-0.98
p:graag afsluiten|afronding-aankondigen|1.0
p:graag afsluiten|vervolgafspraak|-0.98
p:graag afsluiten|bedanken|-1.0
p:graag anders|aanmoediging|-0.99
p:graag een|parafrase|-0.12
p:graag een|gevoelsreflectie|-0.82
p:graag iets|open-vraag|0.92
p:graag in|argumenteren|-0.94
p:graag met|prijzen|-0.91
p:graag op|samenvatting|-0.99
p:grammatica overslaat|ik-boodschap|0.88
p:grapjes maakt|ik-boodschap|-0.61
p:grapjes maakt|interpreteren|0.9
p:grens ging|jij-boodschap|0.97
p:grens ging|bekritiseren|1.37
p:grens op|bekritiseren|-0.38
p:grens op|etiketteren|-0.97
p:grenzen hoort|moraliseren|0.94
p:grijpen thuis|bekritiseren|0.87
p:groep laten|ik-boodschap|0.83
p:groep omgooien|etiketteren|-0.72
p:groep zeven|jij-boodschap|-0.51
p:groepje mag|adviseren|0.62
p:groepje vast|ik-boodschap|0.98
p:groepsapp dat|prijzen|-0.9
p:groepsapp dat|afleiden|0.73
p:groepsapp om|samenvatting|0.65
p:groepsapp was|bekritiseren|0.98
p:groepsopdracht steeds|gevoelsreflectie|-0.74
p:groepsopdracht steeds|afronding-aankondigen|-1.0
p:groepswerk haar|ik-boodschap|0.98
p:grote held|etiketteren|0.98
p:grote pauze|ik-boodschap|-0.87
p:grote pauze|afleiden|-0.97
p:gymdocent en|bedanken|0.93
p:gymdocent gaf|jij-boodschap|-0.97
p:gymdocent gaf|open-vraag|0.97
p:gymdocent gaf|bekritiseren|-0.86
p:gymles is|ik-boodschap|0.97
p:gymles is|gevoelsreflectie|0.99
p:gymles uit|adviseren|-0.74
p:gymschoenen weer|gevoelsreflectie|-0.9
p:gymspullen vergeet|bekritiseren|-0.98
p:haal de|adviseren|0.87
p:haal ik|jij-boodschap|-1.0
p:haal ik|bevelen|1.0
p:haal ik|waarschuwen|1.0
p:haal ik|bekritiseren|-1.0
p:haal ik|geruststellen|-1.0
p:haal je|gevoelsreflectie|-0.98
p:haal je|bevelen|-0.76
p:haal je|geruststellen|1.87
p:haalde gemiddeld|argumenteren|0.98
p:haalt die|geruststellen|0.99
p:haalt geen|moraliseren|-0.91
p:haalt geen|argumenteren|0.91
p:haalt geen|afleiden|-0.91
p:haalt het|gevoelsreflectie|0.85
p:haalt het|geruststellen|1.98
p:haalt hij|samenvatting|-0.79
p:haalt hij|waarschuwen|-0.12
p:haalt hij|argumenteren|0.9
p:haalt hij|geruststellen|0.96
p:haalt lage|samenvatting|0.79
p:haalt weleens|aanmoediging|-1.0
p:haalt weleens|argumenteren|-0.72
p:haalt weleens|ondervragen|-1.0
p:haalt weleens|afleiden|1.0
p:haalt ze|geruststellen|-0.96
p:haar ?|ik-boodschap|0.97
p:haar best|afleiden|-0.97
p:haar bij|ik-boodschap|-0.99
p:haar boeken|ik-boodschap|-0.91
p:haar cijfer|ik-boodschap|0.93
p:haar cijfers|jij-boodschap|-0.96
p:haar dat|bevelen|0.96
p:haar de|bevelen|-1.0
p:haar de|adviseren|1.0
p:haar die|jij-boodschap|0.97
p:haar die|bekritiseren|0.97
p:haar diploma|geruststellen|-0.96
p:haar door|ondervragen|0.91
p:haar elke|jij-boodschap|0.97
p:haar elke|bekritiseren|0.97
p:haar en|samenvatting|-0.62
p:haar excuses|bevelen|0.96
p:haar gemaakt|ik-boodschap|0.97
p:haar groepje|ik-boodschap|0.98
p:haar gymspullen|bekritiseren|-0.98
p:haar het|adviseren|-0.97
p:haar hoor|gevoelsreflectie|0.99
p:haar hoor|geruststellen|-0.99
p:haar hoor|ondervragen|0.99
p:haar huiswerk|open-vraag|0.92
p:haar iets|aanmoediging|-1.0
p:haar in|open-vraag|0.92
p:haar klas|vervolgafspraak|-0.94
p:haar laptop|ik-boodschap|0.98
p:haar naar|ik-boodschap|0.93
p:haar naar|adviseren|0.8
p:haar naar|geruststellen|0.91
p:haar oude|geruststellen|0.93
p:haar pen|aanmoediging|-1.0
p:haar presentatie|ik-boodschap|1.0
p:haar steeds|jij-boodschap|0.99
p:haar steeds|gevoelsreflectie|-0.99
p:haar steeds|bekritiseren|0.99
p:haar stiefvader|samenvatting|-0.62
p:haar telefoon|ik-boodschap|-0.92
p:haar telefoon|jij-boodschap|0.91
p:haar telefoon|bevelen|-0.38
p:haar telefoon|adviseren|1.96
p:haar telefoon|bekritiseren|0.2
p:haar telefoon|prijzen|0.2
p:haar toekomst|parafrase|-0.96
p:haar toekomst|adviseren|-0.96
p:haar toekomst|interpreteren|-0.88
p:haar vraag|ik-boodschap|-1.0
p:haar vraag|samenvatting|-1.0
p:haar vraag|bekritiseren|-1.0
p:haar werk|jij-boodschap|-0.94
p:haar werk|bekritiseren|-0.94
p:haar zeggen|gevoelsreflectie|0.99
p:haar zo|jij-boodschap|-0.9
p:haar zo|interpreteren|0.9
p:haar zus|bevelen|-1.0
p:haar zus|adviseren|1.0
p:had als|bekritiseren|0.96
p:had een|parafrase|-0.94
p:had een|gevoelsreflectie|-0.72
p:had een|argumenteren|0.94
p:had er|argumenteren|-0.92
p:had gebeld|bekritiseren|0.64
p:had gekregen|gevoelsreflectie|-0.81
p:had gemaakt|ik-boodschap|-0.96
p:had gewoon|parafrase|0.93
p:had gewoon|samenvatting|-0.83
p:had gewoon|argumenteren|1.76
p:had het|parafrase|-0.75
p:had je|parafrase|0.96
p:had opgelet|bekritiseren|0.99
p:had u|jij-boodschap|1.59
p:had u|gevoelsreflectie|1.0
p:had u|open-vraag|1.0
p:had u|aanmoediging|-0.99
p:had u|moraliseren|-1.87
p:had u|bekritiseren|-0.39
p:had u|ondervragen|-1.0
p:had verwacht|open-vraag|-0.91
p:had voorbereid|jij-boodschap|-0.69
p:had voorbereid|bekritiseren|-0.29
p:had voorbereid|afleiden|-0.87
p:had vorige|bekritiseren|-0.96
p:hadden een|adviseren|-0.95
p:hadden we|bekritiseren|0.64
p:haha ja|afleiden|0.94
p:halen ?|prijzen|0.87
p:halen als|jij-boodschap|-0.98
p:halen als|prijzen|0.98
p:halen als|etiketteren|-0.98
p:halen leerlingen|argumenteren|0.86
p:halen let|jij-boodschap|-0.82
p:halen let|geruststellen|0.98
p:half acht|bevelen|-0.91
p:half af|ik-boodschap|0.99
p:half af|gevoelsreflectie|-0.89
p:half een|afronding-aankondigen|0.97
p:half een|vervolgafspraak|0.97
p:half een|bedanken|0.97
p:half jaar|ik-boodschap|-1.0
p:half jaar|open-vraag|1.0
p:half maakt|vervolgafspraak|-0.88
p:half negen|bevelen|0.99
p:half negen|prijzen|-1.0
p:half negen|bedanken|0.54
p:half uurtje|geruststellen|-0.96
p:half vier|ik-boodschap|-0.98
p:half vier|bedanken|-0.81
p:halverwege het|ik-boodschap|0.91
p:hand hoor|etiketteren|-1.0
p:hand hoor|geruststellen|1.0
p:hand is|bekritiseren|0.77
p:hand is|geruststellen|-0.93
p:handige keuze|bekritiseren|0.75
p:hanna dat|parafrase|0.99
p:hanna dat|gevoelsreflectie|-0.99
p:hard gewerkt|jij-boodschap|-0.88
p:hard gewerkt|bekritiseren|-0.93
p:hardop lezen|adviseren|0.96
p:hardop lezen|geruststellen|0.96
p:hardop overhoren|bevelen|-1.0
p:hardop overhoren|adviseren|1.0
p:hartstikke respectloos|jij-boodschap|1.0
p:hartstikke respectloos|argumenteren|-1.0
p:hartstikke respectloos|bekritiseren|1.0
p:havo 3b|bekritiseren|-0.97
p:havo daarvoor|bevelen|-0.82
p:havo kosten|waarschuwen|0.96
p:he maar|afleiden|0.94
p:he wat|etiketteren|-0.82
p:heb alle|aanmoediging|0.78
p:heb die|bekritiseren|-1.0
p:heb drie|jij-boodschap|-0.44
p:heb er|vervolgafspraak|-0.97
p:heb gehad|jij-boodschap|1.72
p:heb gehad|etiketteren|0.91
p:heb gemeld|jij-boodschap|0.98
p:heb gemeld|bekritiseren|0.98
p:heb gemerkt|ik-boodschap|0.92
p:heb gemerkt|bevelen|-0.94
p:heb gemerkt|bekritiseren|-0.63
p:heb gezien|jij-boodschap|-0.13
p:heb hem|geruststellen|-0.99
p:heb het|ik-boodschap|-0.61
p:heb het|jij-boodschap|-0.98
p:heb het|gevoelsreflectie|-0.95
p:heb het|argumenteren|0.98
p:heb ik|ik-boodschap|2.01
p:heb ik|parafrase|0.99
p:heb ik|waarschuwen|-0.97
p:heb ik|bekritiseren|-0.99
p:heb je|ik-boodschap|-0.98
p:heb je|gevoelsreflectie|1.97
p:heb je|open-vraag|-0.12
p:heb je|waarschuwen|-0.99
p:heb je|moraliseren|1.88
p:heb je|argumenteren|-0.65
p:heb je|geruststellen|-0.99
p:heb je|ondervragen|0.99
p:heb u|jij-boodschap|0.5
p:heb uw|gevoelsreflectie|-0.78
p:heb uw|samenvatting|-1.0
p:heb zijn|aanmoediging|-0.78
p:heb zijn|vervolgafspraak|-0.99
p:hebben ?|samenvatting|-0.98
p:hebben ?|afleiden|1.68
p:hebben als|moraliseren|0.9
p:hebben daar|argumenteren|-0.99
p:hebben daar|geruststellen|0.99
p:hebben daar|afleiden|0.91
p:hebben de|samenvatting|1.0
p:hebben de|aanmoediging|-1.0
p:hebben de|afronding-aankondigen|1.0
p:hebben dezelfde|moraliseren|-0.95
p:hebben dit|geruststellen|-0.97
p:hebben een|geruststellen|1.75
p:hebben een|afleiden|-0.89
p:hebben geen|jij-boodschap|-0.85
p:hebben geen|bekritiseren|-0.92
p:hebben geleerd|jij-boodschap|-1.8
p:hebben geleerd|moraliseren|0.91
p:hebben geleerd|bekritiseren|-0.91
p:hebben gepraat|parafrase|-0.99
p:hebben gepraat|samenvatting|0.99
p:hebben gepraat|afronding-aankondigen|0.99
p:hebben haar|jij-boodschap|0.97
p:hebben haar|bekritiseren|0.97
p:hebben hem|bevelen|-1.0
p:hebben het|jij-boodschap|-0.95
p:hebben het|samenvatting|0.95
p:hebben het|open-vraag|1.0
p:hebben het|adviseren|-0.96
p:hebben het|argumenteren|1.0
p:hebben het|bekritiseren|-0.95
p:hebben het|afleiden|-0.85
p:hebben het|afronding-aankondigen|-0.99
p:hebben hoe|afleiden|0.93
p:hebben in|afleiden|0.99
p:hebben nooit|etiketteren|-1.0
p:hebben nooit|afronding-aankondigen|-1.0
p:hebben nu|ik-boodschap|-0.86
p:hebben nu|samenvatting|0.86
p:hebben nu|open-vraag|-0.84
p:hebben nu|moraliseren|0.99
p:hebben over|samenvatting|-0.93
p:hebben twee|jij-boodschap|-0.99
p:hebben vorige|jij-boodschap|0.88
p:hebben vorige|samenvatting|-0.88
p:hebben vorige|bekritiseren|0.34
p:hebben wat|samenvatting|-1.0
p:hebben wat|afleiden|1.89
p:hebben wat|afronding-aankondigen|-1.0
p:hebben we|samenvatting|0.83
p:hebben we|etiketteren|0.98
p:hebben ze|prijzen|-0.9
p:hebben ze|geruststellen|-0.84
p:hebben ze|afleiden|1.57
p:hebt ?|jij-boodschap|0.68
p:hebt bo|jij-boodschap|-1.0
p:hebt bo|bekritiseren|-1.0
p:hebt bo|interpreteren|1.0
p:hebt de|ik-boodschap|0.96
p:hebt de|argumenteren|-0.96
p:hebt deze|gevoelsreflectie|-0.6
p:hebt deze|open-vraag|0.98
p:hebt deze|bekritiseren|-0.98
p:hebt drie|argumenteren|0.74
p:hebt echt|jij-boodschap|-0.88
p:hebt echt|bekritiseren|-0.93
p:hebt gedaan|parafrase|0.92
p:hebt gedaan|gevoelsreflectie|0.92
p:hebt gedaan|waarschuwen|-0.94
p:hebt gekregen|parafrase|1.0
p:hebt het|jij-boodschap|0.84
p:hebt het|gevoelsreflectie|-0.91
p:hebt het|bekritiseren|1.85
p:hebt in|jij-boodschap|-0.97
p:hebt in|bekritiseren|-0.82
p:hebt je|jij-boodschap|0.97
p:hebt je|bekritiseren|0.97
p:hebt met|jij-boodschap|-0.9
p:hebt met|gevoelsreflectie|0.9
p:hebt morgen|jij-boodschap|-1.0
p:hebt morgen|bekritiseren|-1.0
p:hebt nergens|jij-boodschap|0.97
p:hebt nergens|samenvatting|-0.97
p:hebt nergens|bekritiseren|0.97
p:hebt overgeslagen|open-vraag|-0.99
p:hebt sara|bedanken|-0.97
p:hebt uitgelachen|ik-boodschap|0.97
p:hebt uitgelachen|gevoelsreflectie|-0.97
p:hebt voorbereid|bekritiseren|1.95
p:hebt vorige|prijzen|-0.97
p:hebt zonder|adviseren|-0.96
p:heeft aangepakt|jij-boodschap|-0.95
p:heeft acht|bekritiseren|-0.97
p:heeft altijd|jij-boodschap|-1.94
p:heeft altijd|parafrase|-0.99
p:heeft altijd|bekritiseren|-1.94
p:heeft altijd|prijzen|0.99
p:heeft daan|ondervragen|-0.95
p:heeft dat|gevoelsreflectie|-0.79
p:heeft dat|bekritiseren|-0.96
p:heeft dat|geruststellen|0.74
p:heeft dat|afleiden|-0.86
p:heeft de|ik-boodschap|0.93
p:heeft de|parafrase|0.95
p:heeft de|etiketteren|-0.96
p:heeft dit|jij-boodschap|-0.94
p:heeft een|parafrase|-0.93
p:heeft een|bekritiseren|-0.97
p:heeft een|interpreteren|-0.73
p:heeft er|argumenteren|-0.98
p:heeft er|bekritiseren|-1.08
p:heeft geen|jij-boodschap|1.0
p:heeft geen|parafrase|-1.0
p:heeft geen|moraliseren|-0.81
p:heeft geen|bekritiseren|1.0
p:heeft geen|vervolgafspraak|-0.95
p:heeft gehaald|jij-boodschap|0.94
p:heeft gehaald|bekritiseren|0.94
p:heeft gehouden|gevoelsreflectie|1.0
p:heeft gelijk|jij-boodschap|0.89
p:heeft gelijk|parafrase|-0.82
p:heeft gelijk|argumenteren|-0.8
p:heeft gelijk|bekritiseren|0.94
p:heeft gemaakt|argumenteren|0.99
p:heeft gevolgen|waarschuwen|0.98
p:heeft gewoon|bekritiseren|0.98
p:heeft gisteren|jij-boodschap|0.97
p:heeft gisteren|bekritiseren|0.43
p:heeft haar|ik-boodschap|-0.89
p:heeft haar|jij-boodschap|-0.94
p:heeft haar|bekritiseren|-0.94
p:heeft helemaal|parafrase|-1.0
p:heeft helemaal|geruststellen|-0.47
p:heeft hem|jij-boodschap|-0.46
p:heeft hem|bekritiseren|-0.46
p:heeft hem|prijzen|-0.98
p:heeft het|jij-boodschap|1.83
p:heeft het|parafrase|0.99
p:heeft het|gevoelsreflectie|1.91
p:heeft het|open-vraag|0.84
p:heeft het|argumenteren|0.96
p:heeft het|bekritiseren|0.94
p:heeft hij|gevoelsreflectie|0.72
p:heeft hij|open-vraag|0.99
p:heeft hij|prijzen|-1.74
p:heeft hij|ondervragen|1.95
p:heeft hij|afleiden|-1.99
p:heeft ingeleverd|ik-boodschap|0.91
p:heeft ingeleverd|jij-boodschap|-0.13
p:heeft ingeleverd|prijzen|-0.98
p:heeft ingelicht|gevoelsreflectie|1.72
p:heeft je|open-vraag|-0.98
p:heeft kan|waarschuwen|-1.0
p:heeft kan|vervolgafspraak|0.91
p:heeft kunnen|gevoelsreflectie|-1.0
p:heeft lotte|parafrase|1.0
p:heeft lotte|samenvatting|-0.7
p:heeft lotte|afleiden|0.97
p:heeft maar|gevoelsreflectie|0.79
p:heeft maar|bekritiseren|0.75
p:heeft me|ik-boodschap|0.91
p:heeft me|parafrase|-0.91
p:heeft meegenomen|gevoelsreflectie|-0.67
p:heeft met|ik-boodschap|-0.86
p:heeft met|samenvatting|0.86
p:heeft mij|vervolgafspraak|-0.98
p:heeft moeite|geruststellen|-0.84
p:heeft morgen|samenvatting|-0.99
p:heeft naar|geruststellen|0.93
p:heeft niemand|ik-boodschap|-1.0
p:heeft niemand|jij-boodschap|-1.0
p:heeft niemand|parafrase|1.0
p:heeft niemand|gevoelsreflectie|-1.0
p:heeft niemand|samenvatting|-1.0
p:heeft niemand|open-vraag|-1.0
p:heeft niemand|aanmoediging|-1.0
p:heeft niemand|bevelen|-1.0
p:heeft niemand|waarschuwen|-1.0
p:heeft niemand|moraliseren|-1.0
p:heeft niemand|adviseren|-1.0
p:heeft niemand|argumenteren|-1.0
p:heeft niemand|prijzen|-1.0
p:heeft niemand|etiketteren|-1.0
p:heeft niemand|interpreteren|-1.0
p:heeft niemand|geruststellen|-1.0
p:heeft niemand|afleiden|-1.84
p:heeft niemand|afronding-aankondigen|-1.0
p:heeft niemand|vervolgafspraak|-1.0
p:heeft niemand|bedanken|-1.0
p:heeft nooit|jij-boodschap|0.5
p:heeft op|jij-boodschap|0.95
p:heeft op|bekritiseren|0.95
p:heeft opgelet|bekritiseren|1.84
p:heeft overal|jij-boodschap|1.39
p:heeft overal|bekritiseren|1.87
p:heeft overgeslagen|open-vraag|-0.92
p:heeft ruzie|samenvatting|0.94
p:heeft sinds|ik-boodschap|0.92
p:heeft sinds|jij-boodschap|-0.92
p:heeft sinds|bekritiseren|-0.92
p:heeft u|ik-boodschap|-1.93
p:heeft u|parafrase|0.93
p:heeft u|gevoelsreflectie|-1.0
p:heeft u|bekritiseren|-0.78
p:heeft u|geruststellen|-1.0
p:heeft u|ondervragen|1.9
p:heeft u|afleiden|1.0
p:heeft uitgesteld|ik-boodschap|1.0
p:heeft vorige|jij-boodschap|-0.9
p:heeft vrijgemaakt|bekritiseren|-0.97
p:heeft vrijgemaakt|prijzen|-0.97
p:heeft weet|ondervragen|-0.96
p:heeft weinig|samenvatting|0.79
p:heeft weleens|open-vraag|-0.94
p:heeft weleens|afleiden|0.85
p:heeft zich|waarschuwen|-0.93
p:heeft zo'n|prijzen|0.87
p:heeft zoë|jij-boodschap|-0.98
p:heeft zoë|afleiden|-0.63
p:heel alleen|gevoelsreflectie|0.58
p:heel alleen|bekritiseren|-0.85
p:heel anders|afleiden|0.72
p:heel behulpzaam|bekritiseren|1.8
p:heel behulpzaam|bedanken|-1.8
p:heel behulpzame|jij-boodschap|-0.95
p:heel betrokken|bevelen|-0.38
p:heel betrokken|prijzen|0.85
p:heel consequent|gevoelsreflectie|-0.53
p:heel constructief|bekritiseren|0.97
p:heel erg|bekritiseren|-0.83
p:heel erg|bedanken|0.83
p:heel gewoon|bekritiseren|-0.69
p:heel goed|jij-boodschap|0.95
p:heel goed|bekritiseren|0.86
p:heel goed|geruststellen|-0.76
p:heel hoofdstuk|waarschuwen|-0.92
p:heel machteloos|gevoelsreflectie|0.97
p:heel normaal|bevelen|-0.74
p:heel normaal|geruststellen|0.82
p:heel onbeleefd|jij-boodschap|0.94
p:heel onhandig|bekritiseren|0.78
p:heel serieus|bekritiseren|-0.95
p:heel simpel|moraliseren|-0.91
p:heel simpel|argumenteren|0.91
p:heel simpel|afleiden|-0.91
p:heel slim|etiketteren|1.73
p:heel sociaal|etiketteren|-0.98
p:heel sociaal|geruststellen|-0.98
p:heel veel|argumenteren|-0.99
p:heel veel|geruststellen|0.99
p:heel vervelend|ik-boodschap|-0.98
p:heel wijze|jij-boodschap|-0.97
p:heel wijze|prijzen|0.97
p:heen ?|gevoelsreflectie|0.95
p:heen ?|open-vraag|0.98
p:heen ?|aanmoediging|-0.98
p:heen dus|bedanken|0.11
p:heen gepraat|open-vraag|-1.0
p:heen gepraat|adviseren|-1.0
p:heen gepraat|geruststellen|-1.0
p:heen ik|vervolgafspraak|-0.99
p:heen praten|vervolgafspraak|-0.91
p:heen roept|jij-boodschap|-0.99
p:heen roept|samenvatting|-0.99
p:heftig wat|gevoelsreflectie|1.0
p:heimwee heeft|geruststellen|0.93
p:hek afzet|bevelen|0.91
p:hek afzet|interpreteren|-0.89
p:held weer|etiketteren|0.98
p:hele groep|ik-boodschap|0.83
p:hele klas|ik-boodschap|0.89
p:hele klas|jij-boodschap|1.0
p:hele klas|parafrase|0.93
p:hele klas|gevoelsreflectie|-0.85
p:hele klas|samenvatting|-0.83
p:hele klas|waarschuwen|-0.92
p:hele klas|argumenteren|1.76
p:hele klas|bekritiseren|-1.84
p:hele klas|prijzen|-0.96
p:hele klas|etiketteren|0.96
p:hele klas|afronding-aankondigen|-0.89
p:hele les|ik-boodschap|-0.95
p:hele les|bekritiseren|0.91
p:hele planning|etiketteren|-0.72
p:hele project|bekritiseren|0.9
p:hele sectie|etiketteren|0.98
p:hele tijd|gevoelsreflectie|1.62
p:hele tijd|bevelen|0.99
p:hele tijd|bekritiseren|0.91
p:hele uur|jij-boodschap|-0.69
p:hele uur|bekritiseren|-0.29
p:hele uur|afleiden|-0.87
p:hele verhaal|jij-boodschap|0.47
p:hele verhaal|bekritiseren|0.95
p:hele week|jij-boodschap|0.97
p:hele week|bekritiseren|0.97
p:hele week|vervolgafspraak|-0.91
p:helemaal gehad|jij-boodschap|-0.9
p:helemaal gehad|gevoelsreflectie|0.9
p:helemaal gewend|geruststellen|0.94
p:helemaal goed|jij-boodschap|-0.84
p:helemaal goed|bekritiseren|-0.98
p:helemaal niet|ik-boodschap|-0.99
p:helemaal niet|interpreteren|1.86
p:helemaal niet|afleiden|-0.96
p:helemaal niets|samenvatting|-0.7
p:helemaal niets|geruststellen|-0.47
p:helemaal niks|jij-boodschap|0.95
p:helemaal zelf|waarschuwen|-0.99
p:helft van|jij-boodschap|0.94
p:helft van|parafrase|-0.94
p:helft van|argumenteren|0.94
p:helft van|bekritiseren|0.94
p:helikopterouder verhaal|bekritiseren|-0.11
p:helikopterouder verhaal|etiketteren|0.91
p:helpen ?|open-vraag|1.0
p:helpen ?|adviseren|-0.91
p:helpen en|open-vraag|0.92
p:helpen met|moraliseren|-1.0
p:helpen om|gevoelsreflectie|-0.6
p:helpen om|open-vraag|0.98
p:helpen om|bekritiseren|-0.98
p:helpen om|etiketteren|-0.99
p:helpen om|afleiden|-0.99
p:helpt is|adviseren|0.99
p:helpt niemand|jij-boodschap|-0.94
p:helpt vaak|adviseren|0.96
p:hem ?|parafrase|0.92
p:hem ?|adviseren|-0.96
p:hem ?|afleiden|-0.93
p:hem af|ik-boodschap|-0.91
p:hem af|waarschuwen|0.91
p:hem als|bekritiseren|-0.97
p:hem altijd|etiketteren|-0.97
p:hem bespreken|ik-boodschap|0.98
p:hem bespreken|vervolgafspraak|-0.98
p:hem blijkt|jij-boodschap|-0.79
p:hem dan|bekritiseren|0.78
p:hem de|adviseren|0.96
p:hem de|vervolgafspraak|0.94
p:hem de|bedanken|-0.54
p:hem dus|samenvatting|-0.99
p:hem dwingen|jij-boodschap|-0.99
p:hem dwingen|bekritiseren|-0.66
p:hem een|waarschuwen|-0.91
p:hem een|vervolgafspraak|0.89
p:hem eerder|geruststellen|-0.99
p:hem en|open-vraag|-0.99
p:hem gerust|adviseren|0.92
p:hem gewoon|bevelen|-0.4
p:hem gewoon|adviseren|0.87
p:hem gewoon|prijzen|0.72
p:hem gewoon|geruststellen|0.96
p:hem hoor|interpreteren|-1.0
p:hem in|ik-boodschap|1.0
p:hem in|bevelen|0.41
p:hem in|adviseren|-0.37
p:hem in|interpreteren|-0.99
p:hem in|vervolgafspraak|-0.8
p:hem kunnen|moraliseren|-1.0
p:hem los|interpreteren|0.98
p:hem maakt|jij-boodschap|1.32
p:hem maakt|bekritiseren|1.66
p:hem mee|gevoelsreflectie|-0.6
p:hem mee|open-vraag|0.98
p:hem mee|bekritiseren|-0.98
p:hem morgen|jij-boodschap|-0.84
p:hem morgen|bevelen|1.89
p:hem morgen|interpreteren|-0.9
p:hem morgen|vervolgafspraak|-0.9
p:hem naar|ondervragen|-0.99
p:hem naar|vervolgafspraak|-0.99
p:hem natuurlijk|parafrase|-1.0
p:hem niet|ik-boodschap|-0.96
p:hem niet|jij-boodschap|-0.2
p:hem niet|open-vraag|0.96
p:hem niet|moraliseren|-0.94
p:hem niet|adviseren|1.0
p:hem niet|bekritiseren|-0.15
p:hem niet|ondervragen|-0.91
p:hem nog|bevelen|0.41
p:hem nog|adviseren|-0.99
p:hem nog|geruststellen|-0.94
p:hem om|bevelen|0.91
p:hem om|interpreteren|-0.89
p:hem ontzettend|prijzen|-0.98
p:hem op|waarschuwen|-0.99
p:hem op|moraliseren|0.93
p:hem over|samenvatting|0.98
p:hem over|bedanken|0.81
p:hem overal|jij-boodschap|-0.46
p:hem overal|bekritiseren|-0.46
p:hem praten|adviseren|0.98
p:hem straks|waarschuwen|0.96
p:hem te|adviseren|-0.91
p:hem te|bekritiseren|-0.86
p:hem thuis|jij-boodschap|1.0
p:hem thuis|gevoelsreflectie|-1.0
p:hem thuis|bevelen|-0.97
p:hem thuis|moraliseren|-1.0
p:hem thuis|bekritiseren|1.06
p:hem thuis|interpreteren|0.94
p:hem thuis|afleiden|-1.0
p:hem tot|moraliseren|0.94
p:hem u|adviseren|0.92
p:hem vanavond|bevelen|1.0
p:hem vanavond|argumenteren|-1.0
p:hem veel|bevelen|-1.0
p:hem volgens|open-vraag|1.0
p:hem voor|ik-boodschap|0.99
p:hem voor|bekritiseren|-0.99
p:hem wat|open-vraag|-0.97
p:hem wiskunde|bevelen|-0.81
p:hem zou|adviseren|-0.98
p:herexamen haal|gevoelsreflectie|-0.98
p:herexamen haal|geruststellen|1.87
p:herfstvakantie geen|ik-boodschap|0.92
p:herfstvakantie geen|jij-boodschap|-0.92
p:herfstvakantie geen|bekritiseren|-0.92
p:herfstvakantie heb|ik-boodschap|0.99
p:herfstvakantie heb|bekritiseren|-0.99
p:herhalen en|open-vraag|0.99
p:herkansing en|gevoelsreflectie|0.82
p:herkansing gemist|ik-boodschap|0.93
p:herkansing heus|geruststellen|0.99
p:herkansing niet|parafrase|1.0
p:herkent u|prijzen|-0.99
p:herkent u|interpreteren|-0.99
p:het advies|adviseren|-0.92
p:het af|bekritiseren|-0.93
p:het al|jij-boodschap|0.84
p:het al|open-vraag|-0.99
p:het altijd|waarschuwen|-0.99
p:het anders|adviseren|0.84
p:het begon|ik-boodschap|-0.96
p:het begon|samenvatting|1.88
p:het begon|open-vraag|-0.98
p:het belangrijkste|open-vraag|0.93
p:het best|parafrase|-1.0
p:het beste|open-vraag|-0.98
p:het beste|etiketteren|-1.0
p:het beste|vervolgafspraak|-0.91
p:het bezwaar|argumenteren|-0.95
p:het bij|geruststellen|-0.9
p:het blijkbaar|bekritiseren|1.0
p:het cijfer|ik-boodschap|-0.98
p:het cijfer|jij-boodschap|-0.87
p:het cijfer|parafrase|0.85
p:het cijfer|gevoelsreflectie|0.92
p:het cijfer|samenvatting|-0.83
p:het cijfer|argumenteren|0.92
p:het cijfer|afleiden|-0.96
p:het cijfer|vervolgafspraak|0.95
p:het cijfer|bedanken|-0.98
p:het contact|open-vraag|-0.97
p:het contact|moraliseren|-0.97
p:het contact|vervolgafspraak|-0.97
p:het daar|adviseren|0.96
p:het daar|geruststellen|-0.99
p:het daarom|argumenteren|-0.99
p:het dat|ik-boodschap|-1.64
p:het dat|gevoelsreflectie|-1.73
p:het dat|bedanken|1.82
p:het derde|ik-boodschap|1.81
p:het derde|afronding-aankondigen|-0.97
p:het doet|ik-boodschap|1.89
p:het dossier|geruststellen|-1.0
p:het druk|ik-boodschap|-1.0
p:het druk|open-vraag|-1.0
p:het druk|argumenteren|-1.0
p:het druk|bekritiseren|0.75
p:het durfde|bedanken|1.0
p:het echt|ik-boodschap|2.03
p:het echt|jij-boodschap|0.99
p:het echt|parafrase|-0.75
p:het echt|gevoelsreflectie|-1.89
p:het een|argumenteren|-0.99
p:het eens|samenvatting|-1.0
p:het eens|afleiden|0.97
p:het eerst|samenvatting|-0.98
p:het eerste|ik-boodschap|-1.0
p:het eerste|open-vraag|1.0
p:het eerste|vervolgafspraak|0.94
p:het eigenlijk|afleiden|0.93
p:het eind|ik-boodschap|-1.87
p:het eind|waarschuwen|0.91
p:het eind|interpreteren|-0.99
p:het einde|afleiden|0.97
p:het eng|gevoelsreflectie|0.99
p:het engels|prijzen|-0.83
p:het enorm|prijzen|0.92
p:het enorm|vervolgafspraak|-0.82
p:het enorm|bedanken|-0.92
p:het er|gevoelsreflectie|1.62
p:het er|bedanken|-0.97
p:het erop|samenvatting|-0.91
p:het even|parafrase|-0.99
p:het even|samenvatting|0.99
p:het even|bevelen|-0.82
p:het even|afleiden|0.99
p:het even|afronding-aankondigen|-0.99
p:het examen|argumenteren|0.86
p:het examen|afronding-aankondigen|-1.0
p:het examenreglement|ik-boodschap|-0.92
p:het examenreglement|argumenteren|1.92
p:het examenreglement|geruststellen|-0.92
p:het fijn|bekritiseren|-0.98
p:het fijne|samenvatting|-0.99
p:het fijne|geruststellen|-0.99
p:het gaat|ik-boodschap|-1.94
p:het gaat|jij-boodschap|-0.87
p:het gaat|parafrase|1.8
p:het gaat|gevoelsreflectie|-0.88
p:het gaat|samenvatting|1.17
p:het gaat|open-vraag|-1.9
p:het gaat|aanmoediging|0.93
p:het gaat|bevelen|-1.0
p:het gaat|moraliseren|-0.97
p:het gaat|adviseren|-1.04
p:het gaat|bekritiseren|-0.16
p:het gaat|prijzen|-0.91
p:het gaat|geruststellen|-1.68
p:het gaat|afronding-aankondigen|-0.99
p:het gaat|vervolgafspraak|1.88
p:het gaat|bedanken|-1.5
p:het gamen|adviseren|-0.83
p:het gebeurt|parafrase|-0.92
p:het gebeurt|samenvatting|0.92
p:het gebeurt|vervolgafspraak|-0.94
p:het gecontroleerd|interpreteren|-0.89
p:het gedoe|open-vraag|-0.99
p:het gedrag|argumenteren|-0.94
p:het gehad|open-vraag|0.99
p:het gehad|afleiden|-0.85
p:het gehad|afronding-aankondigen|-0.99
p:het gelukt|gevoelsreflectie|0.79
p:het gelukt|interpreteren|-0.93
p:het genoeg|waarschuwen|-1.0
p:het genoeg|adviseren|-1.0
p:het genoeg|afleiden|-1.0
p:het gesprek|ik-boodschap|0.91
p:het gesprek|jij-boodschap|1.03
p:het gesprek|parafrase|-0.99
p:het gesprek|samenvatting|1.99
p:het gesprek|aanmoediging|-1.0
p:het gesprek|bevelen|-0.99
p:het gesprek|argumenteren|-1.0
p:het gesprek|bekritiseren|0.94
p:het gesprek|afronding-aankondigen|1.96
p:het gesprek|bedanken|1.35
p:het gevoel|gevoelsreflectie|-0.79
p:het gevoel|open-vraag|0.84
p:het gevoel|argumenteren|-0.98
p:het gewoon|gevoelsreflectie|0.99
p:het gewoon|argumenteren|0.99
p:het gewoon|interpreteren|0.98
p:het gewoon|afleiden|0.93
p:het goed|parafrase|2.83
p:het goed|samenvatting|-0.66
p:het goed|open-vraag|0.92
p:het goed|bekritiseren|0.34
p:het goed|geruststellen|-0.99
p:het goed|afleiden|-0.89
p:het goede|moraliseren|1.0
p:het goede|adviseren|-0.86
p:het goedkomt|geruststellen|0.99
p:het groepje|adviseren|0.62
p:het groepswerk|ik-boodschap|0.98
p:het hebben|samenvatting|-0.93
p:het heeft|ik-boodschap|0.91
p:het heeft|parafrase|-0.91
p:het hek|bevelen|0.91
p:het hek|interpreteren|-0.89
p:het hele|jij-boodschap|-0.23
p:het hele|bekritiseren|1.56
p:het hele|afleiden|-0.87
p:het helemaal|jij-boodschap|-0.9
p:het helemaal|gevoelsreflectie|0.9
p:het helpt|adviseren|0.96
p:het heus|gevoelsreflectie|0.85
p:het heus|geruststellen|0.99
p:het hier|jij-boodschap|-0.98
p:het hier|parafrase|-1.0
p:het hier|gevoelsreflectie|0.92
p:het hier|interpreteren|-1.0
p:het hier|afleiden|-1.0
p:het hier|afronding-aankondigen|3.87
p:het hier|vervolgafspraak|-0.92
p:het hierbij|afleiden|-0.93
p:het hierbij|afronding-aankondigen|0.97
p:het hierbij|vervolgafspraak|0.81
p:het hierbij|bedanken|1.04
p:het huiswerk|ik-boodschap|-0.98
p:het huiswerk|jij-boodschap|-1.79
p:het huiswerk|samenvatting|1.92
p:het huiswerk|open-vraag|0.92
p:het huiswerk|adviseren|-0.99
p:het huiswerk|ondervragen|-0.99
p:het huiswerk|bedanken|-0.98
p:het idee|ik-boodschap|-0.61
p:het idee|parafrase|0.99
p:het idee|interpreteren|0.9
p:het in|ik-boodschap|-1.0
p:het in|bevelen|-1.0
p:het in|bekritiseren|-1.0
p:het irriteert|jij-boodschap|1.32
p:het irriteert|bekritiseren|1.66
p:het is|jij-boodschap|-1.34
p:het is|parafrase|-0.95
p:het is|gevoelsreflectie|0.97
p:het is|samenvatting|-0.97
p:het is|moraliseren|1.14
p:het is|argumenteren|0.75
p:het is|bekritiseren|-1.89
p:het is|prijzen|-0.97
p:het is|afleiden|-1.22
p:het is|afronding-aankondigen|0.96
p:het is|bedanken|-0.97
p:het jaar|argumenteren|-0.97
p:het jammer|ik-boodschap|1.0
p:het je|parafrase|-1.61
p:het je|gevoelsreflectie|-1.61
p:het je|interpreteren|1.86
p:het jullie|interpreteren|0.99
p:het kamp|ik-boodschap|-0.96
p:het kamp|samenvatting|0.96
p:het kamp|afleiden|0.89
p:het kerstdiner|prijzen|0.92
p:het kerstdiner|vervolgafspraak|-0.82
p:het kerstdiner|bedanken|-0.92
p:het klinkt|argumenteren|-0.98
p:het klopt|parafrase|-0.9
p:het komt|open-vraag|-0.12
p:het komt|argumenteren|-0.9
p:het komt|bekritiseren|-0.97
p:het komt|interpreteren|-1.0
p:het komt|geruststellen|2.84
p:het komt|afleiden|-1.73
p:het kunnen|bekritiseren|0.64
p:het kán|parafrase|-0.94
p:het kán|argumenteren|0.94
p:het laatste|jij-boodschap|-0.69
p:het laatste|open-vraag|-0.92
p:het laatste|bekritiseren|-0.29
p:het laatste|afleiden|-0.87
p:het langst|moraliseren|0.95
p:het lastig|gevoelsreflectie|-0.78
p:het lastig|samenvatting|-1.0
p:het leren|ik-boodschap|-0.92
p:het leren|samenvatting|-1.0
p:het leren|geruststellen|-0.93
p:het leven|bevelen|-0.9
p:het leven|bekritiseren|-0.89
p:het leven|geruststellen|-0.99
p:het leven|afleiden|1.58
p:het liever|afleiden|0.89
p:het ligt|argumenteren|1.0
p:het ligt|bekritiseren|-0.87
p:het lijkt|gevoelsreflectie|0.9
p:het lijkt|geruststellen|0.94
p:het lokaal|ik-boodschap|0.97
p:het loopt|parafrase|0.95
p:het lukt|geruststellen|-0.94
p:het maar|ik-boodschap|0.99
p:het maar|aanmoediging|1.81
p:het meedenken|bedanken|1.67
p:het meest|open-vraag|1.94
p:het meest|afleiden|-0.97
p:het melden|waarschuwen|0.84
p:het met|open-vraag|-0.84
p:het met|adviseren|-0.97
p:het met|afleiden|1.87
p:het met|vervolgafspraak|-0.91
p:het middelpunt|argumenteren|-0.94
p:het mij|vervolgafspraak|0.97
p:het minste|moraliseren|0.95
p:het mis|argumenteren|0.96
p:het morgen|vervolgafspraak|0.83
p:het naar|jij-boodschap|-0.79
p:het niet|ik-boodschap|-0.61
p:het niet|bekritiseren|-0.95
p:het niet|etiketteren|-0.99
p:het niet|interpreteren|0.9
p:het niet|geruststellen|0.95
p:het niet|ondervragen|0.99
p:het nieuwe|open-vraag|-1.73
p:het nieuwe|aanmoediging|-0.97
p:het nieuwe|afleiden|0.97
p:het nodig|moraliseren|-1.0
p:het nodig|prijzen|-1.0
p:het nog|samenvatting|0.79
p:het nu|ik-boodschap|0.97
p:het nu|bevelen|1.0
p:het nu|waarschuwen|-1.0
p:het nu|afronding-aankondigen|-1.0
p:het om|jij-boodschap|1.85
p:het om|parafrase|-0.99
p:het om|samenvatting|0.65
p:het om|bekritiseren|0.95
p:het om|etiketteren|0.99
p:het om|afronding-aankondigen|-0.99
p:het onderwijs|prijzen|0.96
p:het onrustig|parafrase|-0.94
p:het ook|argumenteren|1.66
p:het ook|interpreteren|-0.99
p:het op|bekritiseren|0.98
p:het op|afleiden|-0.91
p:het over|samenvatting|-0.98
p:het over|vervolgafspraak|-0.67
p:het overzicht|afleiden|-0.98
p:het pesten|open-vraag|-0.97
p:het pesten|moraliseren|-0.97
p:het pesten|interpreteren|-0.85
p:het pesten|vervolgafspraak|-0.97
p:het plannen|samenvatting|0.81
p:het plannen|open-vraag|-0.92
p:het plannen|aanmoediging|-0.92
p:het practicum|waarschuwen|-0.91
p:het prima|jij-boodschap|0.96
p:het prima|bekritiseren|1.8
p:het prima|geruststellen|0.9
p:het prima|ondervragen|-0.86
p:het probleem|samenvatting|-0.9
p:het probleem|moraliseren|-0.97
p:het probleem|interpreteren|1.96
p:het probleem|afleiden|-0.97
p:het programma|moraliseren|-0.94
p:het project|open-vraag|-0.99
p:het project|bekritiseren|-0.72
p:het protocol|argumenteren|-0.83
p:het pta|ik-boodschap|-0.97
p:het pta|argumenteren|1.91
p:het raakt|gevoelsreflectie|-0.94
p:het raakt|interpreteren|-0.99
p:het raam|ik-boodschap|-0.95
p:het randje|waarschuwen|0.97
p:het rapport|argumenteren|-0.96
p:het rapport|vervolgafspraak|-1.0
p:het recht|geruststellen|-1.0
p:het redelijk|parafrase|-0.84
p:het reglement|jij-boodschap|-1.0
p:het reglement|gevoelsreflectie|-1.0
p:het reglement|waarschuwen|-1.0
p:het reglement|moraliseren|-1.0
p:het reglement|argumenteren|1.0
p:het reglement|bekritiseren|-1.0
p:het rooster|parafrase|0.98
p:het rooster|gevoelsreflectie|-0.85
p:het rooster|samenvatting|0.7
p:het rustig|samenvatting|0.81
p:het rustig|aanmoediging|-0.92
p:het samenvat|parafrase|1.68
p:het samenvat|gevoelsreflectie|-0.99
p:het schoolplein|bevelen|-0.91
p:het schoolplein|afleiden|0.89
p:het schoolreisje|open-vraag|-0.99
p:het schoolreisje|afleiden|0.99
p:het schoolvoetbalteam|waarschuwen|0.91
p:het slim|adviseren|0.97
p:het slim|bekritiseren|-0.71
p:het snap|parafrase|0.94
p:het snap|samenvatting|-0.75
p:het speelt|vervolgafspraak|-0.94
p:het staat|ik-boodschap|-0.97
p:het staat|argumenteren|1.91
p:het stond|argumenteren|0.93
p:het stoort|ik-boodschap|0.98
p:het te|parafrase|-0.94
p:het te|gevoelsreflectie|-0.99
p:het te|samenvatting|0.62
p:het te|argumenteren|0.94
p:het te|interpreteren|0.94
p:het team|ik-boodschap|0.61
p:het tegenovergestelde|jij-boodschap|0.91
p:het tegenovergestelde|bekritiseren|0.81
p:het tenminste|afleiden|0.91
p:het thuis|ik-boodschap|-0.96
p:het thuis|gevoelsreflectie|-0.21
p:het thuis|open-vraag|0.99
p:het thuis|interpreteren|-0.98
p:het thuis|ondervragen|-0.99
p:het toch|etiketteren|-0.98
p:het toch|bedanken|0.98
p:het toen|open-vraag|0.71
p:het tussen|open-vraag|0.99
p:het tweede|ik-boodschap|0.96
p:het tweede|samenvatting|-0.96
p:het tweede|afleiden|-0.98
p:het tweede|vervolgafspraak|1.94
p:het u|parafrase|-0.99
p:het u|gevoelsreflectie|0.96
p:het u|adviseren|-0.93
p:het uit|jij-boodschap|-0.53
p:het uit|bevelen|0.93
p:het uit|bekritiseren|-0.62
p:het uit|afleiden|0.98
p:het valt|ik-boodschap|-0.94
p:het vast|bevelen|-0.38
p:het vast|waarschuwen|-0.91
p:het vast|prijzen|1.66
p:het vast|geruststellen|1.89
p:het vast|vervolgafspraak|-0.82
p:het vast|bedanken|-0.92
p:het verder|bekritiseren|-0.93
p:het verschil|gevoelsreflectie|-0.99
p:het verschil|samenvatting|0.99
p:het verschil|open-vraag|0.92
p:het vertelt|aanmoediging|1.0
p:het verzuim|ik-boodschap|-0.97
p:het verzuim|samenvatting|1.0
p:het verzuim|open-vraag|0.93
p:het verzuim|aanmoediging|-1.0
p:het verzuim|argumenteren|-0.94
p:het verzuim|afleiden|-0.85
p:het verzuimoverzicht|gevoelsreflectie|-0.95
p:het via|parafrase|1.61
p:het vierde|samenvatting|-0.99
p:het vierde|vervolgafspraak|0.99
p:het vierde|bedanken|-0.98
p:het vmbo|afleiden|-0.85
p:het voetballen|open-vraag|-0.94
p:het voetballen|afleiden|0.85
p:het volgende|waarschuwen|0.98
p:het volgens|open-vraag|0.96
p:het volgens|geruststellen|-0.9
p:het vooral|parafrase|0.77
p:het vooral|open-vraag|0.94
p:het vraagt|jij-boodschap|-0.91
p:het weekend|ik-boodschap|0.98
p:het weekend|jij-boodschap|-0.36
p:het weekend|bekritiseren|-0.85
p:het weekend|vervolgafspraak|-0.98
p:het weer|samenvatting|-1.0
p:het weer|afleiden|1.81
p:het weer|afronding-aankondigen|-1.0
p:het wel|open-vraag|0.92
p:het wel|waarschuwen|-0.97
p:het wel|geruststellen|0.99
p:het werk|ik-boodschap|0.98
p:het werk|adviseren|0.82
p:het werk|bekritiseren|-0.95
p:het werkstuk|waarschuwen|0.94
p:het werkstuk|argumenteren|-0.84
p:het wijkteam|adviseren|0.9
p:het woord|ik-boodschap|1.74
p:het zeg|waarschuwen|0.99
p:het zelf|jij-boodschap|0.84
p:het zelf|gevoelsreflectie|0.99
p:het zelf|argumenteren|-0.94
p:het zelf|bekritiseren|0.94
p:het zelf|interpreteren|1.0
p:het zelf|afronding-aankondigen|-0.97
p:het zich|jij-boodschap|1.5
p:het zich|bekritiseren|1.81
p:het zijn|vervolgafspraak|-0.94
p:het zo|jij-boodschap|0.7
p:het zo|waarschuwen|0.86
p:het zo|etiketteren|0.96
p:het zonde|ik-boodschap|0.98
p:het zou|adviseren|0.99
p:hetzelfde punt|ik-boodschap|0.91
p:hetzelfde zien|argumenteren|1.0
p:hetzelfde zien|bekritiseren|-0.87
p:heus niet|geruststellen|0.94
p:heus wel|gevoelsreflectie|0.85
p:heus wel|adviseren|-1.91
p:heus wel|geruststellen|0.99
p:hielp met|ik-boodschap|0.91
p:hier af|ik-boodschap|-1.0
p:hier af|bedanken|1.0
p:hier afronden|afronding-aankondigen|0.99
p:hier afronden|bedanken|0.54
p:hier bedankt|afronding-aankondigen|0.81
p:hier de|bekritiseren|0.91
p:hier duidelijk|open-vraag|-1.0
p:hier echt|parafrase|0.99
p:hier echt|gevoelsreflectie|0.99
p:hier echt|etiketteren|-0.85
p:hier eerlijk|ik-boodschap|-0.93
p:hier eerlijk|jij-boodschap|-0.85
p:hier emotioneel|bedanken|0.98
p:hier gewoon|jij-boodschap|1.73
p:hier gewoon|samenvatting|-0.83
p:hier gewoon|bevelen|-0.91
p:hier gewoon|bekritiseren|0.65
p:hier ik|vervolgafspraak|-0.97
p:hier in|geruststellen|0.87
p:hier laten|afronding-aankondigen|0.92
p:hier leven|moraliseren|0.94
p:hier leven|afleiden|-0.94
p:hier maar|afronding-aankondigen|0.95
p:hier niet|afleiden|0.9
p:hier nog|open-vraag|-0.99
p:hier nu|vervolgafspraak|-0.13
p:hier nu|bedanken|-0.96
p:hier om|geruststellen|0.26
p:hier onzeker|gevoelsreflectie|0.99
p:hier stoppen|vervolgafspraak|-0.83
p:hier vast|bevelen|-0.97
p:hier voor|parafrase|-1.0
p:hier voor|gevoelsreflectie|-0.95
p:hier voor|argumenteren|-0.97
p:hier voor|interpreteren|-1.0
p:hier voor|afleiden|-1.0
p:hier voor|afronding-aankondigen|1.0
p:hier voor|vervolgafspraak|-0.92
p:hier zelf|gevoelsreflectie|-0.83
p:hier zelf|bekritiseren|-0.63
p:hier zelf|geruststellen|-0.93
p:hier zichtbaar|gevoelsreflectie|0.92
p:hier ziet|afleiden|-0.98
p:hier zwart|jij-boodschap|-0.98
p:hier zwart|argumenteren|0.98
p:hierbij afsluiten|samenvatting|1.0
p:hierbij afsluiten|aanmoediging|-1.0
p:hierbij afsluiten|afronding-aankondigen|1.0
p:hierbij laten|afleiden|-0.93
p:hierbij laten|afronding-aankondigen|0.97
p:hierbij laten|vervolgafspraak|0.81
p:hierbij laten|bedanken|1.04
p:hiermee wegkomt|bevelen|-0.96
p:hierover ?|afleiden|0.99
p:hij 's|bekritiseren|0.96
p:hij ?|jij-boodschap|-0.94
p:hij ?|open-vraag|-0.97
p:hij achterloopt|vervolgafspraak|0.89
p:hij afleiding|adviseren|0.82
p:hij allemaal|ik-boodschap|0.98
p:hij bang|moraliseren|-0.92
p:hij begint|jij-boodschap|0.82
p:hij begint|bekritiseren|0.74
p:hij bij|ik-boodschap|-0.95
p:hij bij|parafrase|0.95
p:hij bij|waarschuwen|-1.0
p:hij bij|vervolgafspraak|-0.88
p:hij bijles|vervolgafspraak|0.97
p:hij blijft|waarschuwen|-0.97
p:hij dan|prijzen|-0.87
p:hij dan|ondervragen|1.92
p:hij dan|afleiden|-0.99
p:hij dat|bevelen|-0.98
p:hij dat|moraliseren|-0.99
p:hij de|ik-boodschap|-0.99
p:hij de|jij-boodschap|0.94
p:hij de|parafrase|-0.93
p:hij de|gevoelsreflectie|0.92
p:hij de|bekritiseren|0.94
p:hij de|etiketteren|-0.91
p:hij de|interpreteren|-0.73
p:hij de|vervolgafspraak|1.83
p:hij definitief|interpreteren|-0.91
p:hij die|ondervragen|-0.98
p:hij diep|interpreteren|0.99
p:hij dingen|ik-boodschap|0.99
p:hij dingen|bevelen|-0.99
p:hij dit|moraliseren|0.9
p:hij doet|bekritiseren|-0.72
p:hij doet|interpreteren|0.98
p:hij doet|geruststellen|-0.7
p:hij een|samenvatting|0.9
p:hij een|prijzen|-0.97
p:hij een|etiketteren|-0.98
p:hij eigenlijk|afleiden|0.89
p:hij elf|geruststellen|-0.99
p:hij elf|bedanken|-0.99
p:hij elke|open-vraag|-0.99
p:hij fout|waarschuwen|-0.99
p:hij gaat|prijzen|0.93
p:hij gamet|bekritiseren|0.87
p:hij gepest|open-vraag|0.84
p:hij geschorst|waarschuwen|1.0
p:hij geschorst|argumenteren|-1.0
p:hij gewoon|jij-boodschap|0.97
p:hij gewoon|etiketteren|0.97
p:hij gisteren|ik-boodschap|-0.97
p:hij haalt|samenvatting|0.79
p:hij haalt|geruststellen|0.99
p:hij had|parafrase|0.17
p:hij had|gevoelsreflectie|-0.72
p:hij had|samenvatting|-0.83
p:hij had|argumenteren|1.76
p:hij heeft|samenvatting|0.74
p:hij heeft|bekritiseren|-0.83
p:hij heeft|interpreteren|-0.73
p:hij heeft|geruststellen|-0.84
p:hij heeft|vervolgafspraak|-0.95
p:hij het|jij-boodschap|-0.79
p:hij het|open-vraag|0.99
p:hij het|waarschuwen|-0.97
p:hij het|prijzen|-0.87
p:hij het|ondervragen|0.99
p:hij het|afleiden|-0.99
p:hij hulp|waarschuwen|-1.0
p:hij in|parafrase|-0.93
p:hij in|geruststellen|0.96
p:hij is|jij-boodschap|1.52
p:hij is|parafrase|-0.98
p:hij is|samenvatting|0.94
p:hij is|argumenteren|-1.82
p:hij is|etiketteren|1.82
p:hij kijkt|gevoelsreflectie|1.62
p:hij klein|etiketteren|-0.91
p:hij komt|vervolgafspraak|-0.94
p:hij kreeg|gevoelsreflectie|0.82
p:hij krijgt|vervolgafspraak|0.94
p:hij lapt|jij-boodschap|0.88
p:hij lapt|samenvatting|-0.88
p:hij lapt|bekritiseren|0.34
p:hij mist|samenvatting|0.94
p:hij moe|interpreteren|-0.94
p:hij moet|bevelen|-0.94
p:hij moet|geruststellen|0.91
p:hij na|bekritiseren|-0.81
p:hij na|geruststellen|0.81
p:hij naar|adviseren|0.82
p:hij nauwelijks|ik-boodschap|0.95
p:hij niet|samenvatting|-0.79
p:hij niet|open-vraag|-0.99
p:hij niet|waarschuwen|1.98
p:hij niet|moraliseren|-0.84
p:hij niet|interpreteren|-0.98
p:hij niks|interpreteren|0.6
p:hij nog|open-vraag|0.71
p:hij nog|waarschuwen|1.0
p:hij nog|argumenteren|-1.0
p:hij nog|bekritiseren|-0.94
p:hij nog|interpreteren|0.98
p:hij nooit|jij-boodschap|-0.9
p:hij nooit|waarschuwen|-0.9
p:hij nooit|bekritiseren|-0.9
p:hij nu|ik-boodschap|-0.98
p:hij nu|argumenteren|0.93
p:hij om|samenvatting|-0.99
p:hij om|bekritiseren|0.86
p:hij om|ondervragen|-0.86
p:hij online|interpreteren|-0.99
p:hij op|jij-boodschap|-0.85
p:hij op|samenvatting|-0.91
p:hij op|bevelen|0.82
p:hij op|bekritiseren|-0.92
p:hij op|interpreteren|-0.99
p:hij slaapt|aanmoediging|-0.92
p:hij speelt|interpreteren|-0.98
p:hij staat|ik-boodschap|0.98
p:hij staat|vervolgafspraak|-0.98
p:hij steeds|jij-boodschap|-0.85
p:hij steeds|bekritiseren|-0.85
p:hij stelt|bekritiseren|1.82
p:hij stiekem|interpreteren|0.89
p:hij thuis|jij-boodschap|-0.94
p:hij thuis|parafrase|0.84
p:hij thuis|gevoelsreflectie|0.92
p:hij thuis|open-vraag|-0.97
p:hij thuis|interpreteren|1.0
p:hij toch|moraliseren|0.95
p:hij toch|prijzen|0.87
p:hij toen|parafrase|-0.67
p:hij trekt|bekritiseren|-0.97
p:hij trekt|etiketteren|-0.96
p:hij van|parafrase|0.99
p:hij van|waarschuwen|0.91
p:hij vandaag|ondervragen|-0.99
p:hij vastloopt|ik-boodschap|1.0
p:hij vastloopt|waarschuwen|-1.0
p:hij verveelt|interpreteren|0.94
p:hij voelt|parafrase|-0.92
p:hij voelt|gevoelsreflectie|-0.99
p:hij voelt|samenvatting|1.91
p:hij volgend|waarschuwen|0.9
p:hij volgend|geruststellen|-0.76
p:hij was|parafrase|-0.9
p:hij was|argumenteren|0.99
p:hij weer|samenvatting|0.99
p:hij weer|bekritiseren|-0.99
p:hij wil|jij-boodschap|-0.98
p:hij wil|moraliseren|-0.92
p:hij wil|adviseren|-0.9
p:hij wil|prijzen|0.98
p:hij wil|etiketteren|-0.98
p:hij wil|interpreteren|0.87
p:hij wil|geruststellen|-0.94
p:hij woensdag|prijzen|0.83
p:hij wordt|parafrase|1.68
p:hij wordt|samenvatting|-1.59
p:hij zelf|interpreteren|0.99
p:hij zich|ik-boodschap|0.93
p:hij zich|gevoelsreflectie|-0.96
p:hij zich|samenvatting|-0.9
p:hij ziek|ondervragen|0.93
p:hij zijn|ik-boodschap|-0.93
p:hij zijn|gevoelsreflectie|-0.9
p:hij zijn|bevelen|0.9
p:hij zijn|waarschuwen|0.86
p:hij zijn|prijzen|-0.98
p:hij zit|jij-boodschap|-0.97
p:hij zit|waarschuwen|-0.85
p:hij zit|adviseren|-1.0
p:hij zit|bekritiseren|0.13
p:hij zitten|waarschuwen|0.99
p:hij zo|waarschuwen|-0.85
p:hij zo|bekritiseren|-0.95
p:hm hm|gevoelsreflectie|-1.0
p:hm hm|aanmoediging|1.0
p:hockey ?|afleiden|1.85
p:hockeymoeder reactie|waarschuwen|-0.83
p:hoe bevalt|open-vraag|-1.73
p:hoe bevalt|aanmoediging|-0.97
p:hoe bevalt|afleiden|0.97
p:hoe dat|parafrase|-0.84
p:hoe dat|prijzen|-0.99
p:hoe dat|interpreteren|-0.99
p:hoe de|samenvatting|0.83
p:hoe de|open-vraag|0.81
p:hoe de|bedanken|-0.77
p:hoe denkt|parafrase|0.96
p:hoe en|gevoelsreflectie|-0.99
p:hoe en|samenvatting|0.62
p:hoe gaat|ik-boodschap|1.97
p:hoe gaat|parafrase|-0.97
p:hoe gaat|gevoelsreflectie|0.81
p:hoe gaat|samenvatting|-0.99
p:hoe gaat|open-vraag|1.91
p:hoe gaat|ondervragen|-0.99
p:hoe gaat|afleiden|0.96
p:hoe heeft|ik-boodschap|-1.0
p:hoe heeft|open-vraag|1.99
p:hoe heeft|ondervragen|-0.95
p:hoe het|ik-boodschap|-1.0
p:hoe het|parafrase|-0.91
p:hoe het|samenvatting|-0.79
p:hoe het|open-vraag|-1.82
p:hoe het|bevelen|-1.0
p:hoe het|adviseren|0.89
p:hoe het|bekritiseren|-1.0
p:hoe het|prijzen|-0.91
p:hoe het|afronding-aankondigen|-0.99
p:hoe het|vervolgafspraak|2.93
p:hoe het|bedanken|0.46
p:hoe ik|jij-boodschap|0.3
p:hoe ik|bekritiseren|0.92
p:hoe is|ik-boodschap|0.97
p:hoe is|samenvatting|-0.62
p:hoe is|open-vraag|0.96
p:hoe is|bekritiseren|-0.93
p:hoe kan|ik-boodschap|-0.98
p:hoe kan|jij-boodschap|0.97
p:hoe kijk|open-vraag|0.99
p:hoe kijkt|jij-boodschap|-0.97
p:hoe kijkt|parafrase|-0.99
p:hoe kijkt|gevoelsreflectie|-0.99
p:hoe kijkt|open-vraag|0.97
p:hoe kijkt|bekritiseren|-0.86
p:hoe kijkt|vervolgafspraak|-0.99
p:hoe komt|open-vraag|0.96
p:hoe komt|geruststellen|-0.9
p:hoe kwam|gevoelsreflectie|-1.73
p:hoe laat|jij-boodschap|-0.94
p:hoe laat|open-vraag|-0.97
p:hoe laat|bevelen|-0.95
p:hoe laat|adviseren|-1.66
p:hoe laat|bekritiseren|0.96
p:hoe laat|ondervragen|0.97
p:hoe laat|vervolgafspraak|-0.97
p:hoe merkt|ik-boodschap|1.0
p:hoe merkt|gevoelsreflectie|-0.99
p:hoe merkt|open-vraag|1.0
p:hoe pakt|parafrase|0.9
p:hoe pakt|samenvatting|-0.64
p:hoe reageert|gevoelsreflectie|0.92
p:hoe trots|jij-boodschap|-0.85
p:hoe trots|bekritiseren|-0.92
p:hoe u|prijzen|1.85
p:hoe u|ondervragen|-0.94
p:hoe u|vervolgafspraak|-0.82
p:hoe u|bedanken|-0.92
p:hoe vaak|ondervragen|0.95
p:hoe vaak|afleiden|-0.84
p:hoe was|open-vraag|-1.84
p:hoe was|afleiden|2.7
p:hoe we|moraliseren|0.94
p:hoe we|afleiden|-0.94
p:hoe zijn|gevoelsreflectie|-0.85
p:hoe zijn|samenvatting|0.7
p:hoeft nergens|adviseren|-1.0
p:hoeft nergens|geruststellen|1.0
p:hoeft niet|geruststellen|0.91
p:hoeft niets|bekritiseren|-0.99
p:hoeft u|moraliseren|-0.99
p:hoeft u|interpreteren|-0.99
p:hoeft u|geruststellen|-0.74
p:hoeft u|afleiden|1.0
p:hoeveel uren|jij-boodschap|0.68
p:hoeveel uur|ondervragen|0.88
p:hoi ga|bevelen|-1.45
p:hoi ga|moraliseren|-0.94
p:hoofdstuk achter|waarschuwen|-0.92
p:hoog omdat|interpreteren|0.99
p:hoogste cijfer|gevoelsreflectie|-0.72
p:hoogte heeft|gevoelsreflectie|1.0
p:hoogte volgende|samenvatting|0.98
p:hoogte volgende|bedanken|0.81
p:hoor bent|gevoelsreflectie|1.0
p:hoor daar|etiketteren|0.98
p:hoor dat|gevoelsreflectie|2.75
p:hoor dat|open-vraag|1.77
p:hoor dat|waarschuwen|-0.91
p:hoor dat|afleiden|-0.91
p:hoor de|adviseren|-0.95
p:hoor gaat|samenvatting|-0.91
p:hoor hoe|prijzen|0.94
p:hoor hoe|ondervragen|-0.94
p:hoor ik|ik-boodschap|-0.94
p:hoor ik|gevoelsreflectie|0.99
p:hoor ik|aanmoediging|0.78
p:hoor ik|bevelen|-0.94
p:hoor ik|prijzen|-0.87
p:hoor ik|geruststellen|-0.99
p:hoor ik|ondervragen|1.98
p:hoor ik|afleiden|-0.99
p:hoor is|parafrase|0.92
p:hoor is|open-vraag|-0.86
p:hoor je|gevoelsreflectie|-0.98
p:hoor je|moraliseren|1.73
p:hoor u|gevoelsreflectie|-1.95
p:hoor u|geruststellen|-1.0
p:hoor volgens|argumenteren|0.99
p:hoor wij|adviseren|-1.0
p:hoor wij|geruststellen|1.0
p:hoorde dat|ik-boodschap|0.77
p:hoorde dat|gevoelsreflectie|-1.0
p:hoorde ik|jij-boodschap|-0.7
p:hoort bij|geruststellen|0.93
p:hoort bij|afleiden|-0.94
p:hoort dan|bekritiseren|-1.69
p:hoort er|moraliseren|0.99
p:hoort er|etiketteren|-0.91
p:hoort er|geruststellen|-0.95
p:hoort er|afleiden|1.19
p:hoort gewoon|jij-boodschap|-0.82
p:hoort gewoon|moraliseren|-0.91
p:hoort gewoon|prijzen|-0.91
p:hoort gewoon|geruststellen|-0.85
p:hoort hij|ik-boodschap|0.99
p:hoort hij|bevelen|-0.99
p:hoort ieder|jij-boodschap|-0.94
p:hoort ieder|bekritiseren|-0.94
p:hoort je|bevelen|-0.95
p:hoort je|waarschuwen|-0.94
p:hoort nu|argumenteren|-0.97
p:hoort nu|interpreteren|-0.99
p:hoort nu|geruststellen|-0.74
p:hoort nu|afleiden|1.62
p:hoort op|jij-boodschap|-0.94
p:hoort op|bekritiseren|-0.94
p:hoort te|moraliseren|0.94
p:hoort u|moraliseren|0.99
p:hoort u|adviseren|-0.99
p:hoort u|argumenteren|0.82
p:hoort u|bekritiseren|0.84
p:hoort u|afleiden|-0.99
p:horen dat|bekritiseren|-0.92
p:horen gewoon|afleiden|-0.7
p:horen hoe|gevoelsreflectie|-0.85
p:horen hoe|samenvatting|0.73
p:horen hoe|vervolgafspraak|2.84
p:horen hoe|bedanken|0.46
p:horen jullie|bevelen|-0.99
p:horen om|ik-boodschap|-1.0
p:horen om|open-vraag|-1.0
p:horen om|moraliseren|1.0
p:horen wat|bekritiseren|-0.88
p:hou daar|bevelen|0.99
p:houd de|samenvatting|0.98
p:houd de|bedanken|0.81
p:houden alleen|samenvatting|-0.99
p:houden contact|open-vraag|-0.99
p:houden contact|aanmoediging|-0.99
p:houden niet|samenvatting|-0.97
p:houden zijn|bedanken|0.54
p:houden zo|moraliseren|0.86
p:houding van|jij-boodschap|-0.94
p:houdt heb|ik-boodschap|0.97
p:houdt hem|bevelen|0.9
p:houdt hem|interpreteren|-0.9
p:houdt hem|vervolgafspraak|-0.9
p:houdt hoe|jij-boodschap|-0.97
p:houdt hoe|open-vraag|0.97
p:houdt hoe|bekritiseren|-0.86
p:houdt zich|bevelen|-0.92
p:huilend bij|afronding-aankondigen|-1.0
p:huilend het|ik-boodschap|0.97
p:huilend op|ik-boodschap|-0.93
p:huis eigenlijk|open-vraag|-1.73
p:huis eigenlijk|aanmoediging|-0.97
p:huis eigenlijk|afleiden|0.97
p:huis fietst|ik-boodschap|-0.98
p:huis uit|moraliseren|0.92
p:huisarts gaan|geruststellen|0.91
p:huisarts in|afleiden|-0.98
p:huisarts kunnen|gevoelsreflectie|0.79
p:huisarts op|samenvatting|0.96
p:huisarts op|prijzen|-0.96
p:huisarts op|vervolgafspraak|0.96
p:huisarts te|argumenteren|-0.99
p:huisarts was|vervolgafspraak|0.98
p:huisarts was|bedanken|0.98
p:huiswerk ?|jij-boodschap|-0.36
p:huiswerk ?|bekritiseren|-0.85
p:huiswerk ?|ondervragen|-0.99
p:huiswerk afspreken|prijzen|-0.85
p:huiswerk bij|samenvatting|-0.97
p:huiswerk blijft|samenvatting|0.98
p:huiswerk de|ik-boodschap|-0.93
p:huiswerk in|ik-boodschap|-0.98
p:huiswerk in|jij-boodschap|-0.87
p:huiswerk in|bedanken|-0.98
p:huiswerk lukt|parafrase|-0.99
p:huiswerk lukt|samenvatting|1.89
p:huiswerk lukt|adviseren|-0.99
p:huiswerk maakt|jij-boodschap|-1.0
p:huiswerk maakt|moraliseren|1.0
p:huiswerk niet|ik-boodschap|0.97
p:huiswerk niet|open-vraag|0.92
p:huiswerk niet|waarschuwen|-1.0
p:huiswerk niet|moraliseren|-0.99
p:huiswerk niet|argumenteren|-0.96
p:huiswerk niet|bekritiseren|-0.87
p:huiswerk niet|ondervragen|0.96
p:huiswerk niet|vervolgafspraak|1.8
p:huiswerk staat|jij-boodschap|-0.92
p:huiswerk te|parafrase|1.0
p:huiswerk te|afleiden|-0.7
p:huiswerk thuis|open-vraag|0.92
p:huiswerk vaak|ik-boodschap|0.99
p:huiswerk vaak|gevoelsreflectie|-0.89
p:huiswerk vaak|vervolgafspraak|-0.88
p:huiswerk voor|jij-boodschap|1.32
p:huiswerk voor|bekritiseren|1.66
p:huiswerk weer|jij-boodschap|0.97
p:huiswerk weer|bekritiseren|0.97
p:huiswerk wel|samenvatting|-0.95
p:huiswerkbegeleiding ?|ondervragen|-0.91
p:huiswerkklas en|parafrase|-0.91
p:huiswerkklas en|samenvatting|0.84
p:huiswerkklas gaan|jij-boodschap|-1.0
p:huiswerkklas gaan|adviseren|1.0
p:huiswerkklas gaan|bekritiseren|-1.0
p:huiswerkklas zitten|waarschuwen|-0.98
p:huiswerkopdracht ingelevert|ik-boodschap|0.92
p:huiswerkopdracht ingelevert|jij-boodschap|-0.92
p:huiswerkopdracht ingelevert|bekritiseren|-0.92
p:huiswerkritme er|prijzen|0.94
p:huiswerkritme er|ondervragen|-0.94
p:huiswerktijd afspreken|adviseren|1.86
p:huiswerktijd afspreken|vervolgafspraak|0.91
p:huiswerkuur in|ondervragen|-0.96
p:hulp bij|open-vraag|-0.99
p:hulp kunnen|adviseren|0.9
p:hulp nodig|waarschuwen|-1.0
p:hulp nodig|prijzen|0.93
p:hun huiswerk|afleiden|-0.7
p:hun kind|moraliseren|0.98
p:hun vraag|ik-boodschap|0.95
p:hysterisch en|bevelen|1.74
p:hè ?|gevoelsreflectie|0.94
p:hè ?|open-vraag|-0.86
p:hé bram|afleiden|-0.74
p:idee dat|ik-boodschap|-0.61
p:idee dat|parafrase|0.99
p:idee dat|interpreteren|0.9
p:idee hoe|jij-boodschap|-0.85
p:idee hoe|bekritiseren|-0.92
p:idee of|ik-boodschap|0.97
p:idee om|argumenteren|-0.99
p:ieder kind|jij-boodschap|-0.94
p:ieder kind|bekritiseren|-0.94
p:iedere ouder|bekritiseren|-0.99
p:iedere ouder|afleiden|-0.99
p:iedereen een|argumenteren|0.98
p:iedereen haalt|aanmoediging|-1.0
p:iedereen haalt|argumenteren|-0.72
p:iedereen haalt|ondervragen|-1.0
p:iedereen haalt|afleiden|1.0
p:iedereen heeft|open-vraag|-0.94
p:iedereen heeft|afleiden|0.85
p:iedereen is|jij-boodschap|0.97
p:iedereen is|samenvatting|-0.97
p:iedereen is|bekritiseren|0.97
p:iedereen is|etiketteren|-0.91
p:iedereen is|afleiden|0.87
p:iedereen ook|argumenteren|0.86
p:iedereen spiekt|jij-boodschap|-0.53
p:iedereen spiekt|bekritiseren|-0.62
p:iedereen spiekt|afleiden|0.98
p:iedereen wel|geruststellen|-1.7
p:iedereen wel|afleiden|-0.8
p:iemand niet|moraliseren|0.91
p:iemand pijn|bevelen|-0.95
p:iemand pijn|waarschuwen|-0.94
p:iemand uitlachen|moraliseren|0.93
p:iemand uitschelden|jij-boodschap|-1.8
p:iemand uitschelden|moraliseren|1.8
p:iemand uitschelden|bekritiseren|-1.8
p:iets aan|waarschuwen|0.91
p:iets anders|adviseren|-0.96
p:iets anders|afleiden|1.08
p:iets besluiten|adviseren|-0.92
p:iets en|argumenteren|-0.99
p:iets heel|afleiden|0.72
p:iets is|vervolgafspraak|0.97
p:iets met|open-vraag|0.92
p:iets nodig|ik-boodschap|-0.98
p:iets nodig|jij-boodschap|1.77
p:iets nodig|waarschuwen|-0.86
p:iets nodig|bekritiseren|1.26
p:iets te|jij-boodschap|0.97
p:iets te|argumenteren|-1.0
p:iets te|bekritiseren|0.97
p:iets te|vervolgafspraak|-1.0
p:iets te|bedanken|-1.0
p:iets terug|jij-boodschap|-0.44
p:iets uitleg|etiketteren|-0.99
p:iets van|samenvatting|-0.91
p:iets van|etiketteren|-0.96
p:iets verkeerd|geruststellen|-0.93
p:iets vroeg|aanmoediging|-1.0
p:iets zei|gevoelsreflectie|1.84
p:ik aan|jij-boodschap|0.98
p:ik aan|bevelen|-0.98
p:ik aan|bekritiseren|1.84
p:ik alles|gevoelsreflectie|-0.85
p:ik alles|samenvatting|1.65
p:ik app|samenvatting|-0.82
p:ik app|vervolgafspraak|1.87
p:ik balen|gevoelsreflectie|-0.6
p:ik balen|open-vraag|0.98
p:ik balen|bekritiseren|-0.98
p:ik bedoel|ik-boodschap|-1.0
p:ik beeindig|afronding-aankondigen|0.96
p:ik begrepen|ik-boodschap|-0.96
p:ik begrijp|gevoelsreflectie|0.87
p:ik begrijp|samenvatting|-1.0
p:ik begrijp|aanmoediging|0.93
p:ik begrijp|geruststellen|1.03
p:ik begrijp|ondervragen|-1.0
p:ik bel|ik-boodschap|-0.98
p:ik bel|samenvatting|-0.96
p:ik bel|adviseren|0.91
p:ik bel|bekritiseren|-0.98
p:ik bel|afronding-aankondigen|-0.97
p:ik bel|vervolgafspraak|2.84
p:ik bel|bedanken|-1.33
p:ik ben|ik-boodschap|1.33
p:ik ben|parafrase|-1.0
p:ik ben|gevoelsreflectie|-0.95
p:ik ben|samenvatting|-0.84
p:ik ben|adviseren|-0.97
p:ik ben|bekritiseren|-0.18
p:ik ben|bedanken|0.6
p:ik beëindig|samenvatting|-0.98
p:ik daar|ik-boodschap|1.62
p:ik daar|jij-boodschap|-0.95
p:ik daar|bekritiseren|-0.87
p:ik dan|parafrase|-0.93
p:ik dan|prijzen|-0.98
p:ik dat|ik-boodschap|0.95
p:ik dat|parafrase|-1.81
p:ik dat|bevelen|0.91
p:ik dat|interpreteren|-0.89
p:ik de|ik-boodschap|-0.73
p:ik de|jij-boodschap|-2.92
p:ik de|samenvatting|-0.99
p:ik de|open-vraag|0.99
p:ik de|waarschuwen|1.09
p:ik de|adviseren|0.96
p:ik de|bekritiseren|-1.0
p:ik de|geruststellen|-1.0
p:ik de|afronding-aankondigen|-0.89
p:ik de|vervolgafspraak|-0.91
p:ik denk|jij-boodschap|2.31
p:ik denk|gevoelsreflectie|0.83
p:ik denk|bevelen|-0.9
p:ik denk|argumenteren|-0.94
p:ik denk|bekritiseren|1.51
p:ik denk|etiketteren|0.97
p:ik denk|interpreteren|2.03
p:ik denk|geruststellen|0.93
p:ik denk|afronding-aankondigen|0.95
p:ik denk|vervolgafspraak|-1.0
p:ik die|bekritiseren|0.87
p:ik dit|ik-boodschap|-0.94
p:ik dit|jij-boodschap|2.7
p:ik dit|bekritiseren|0.98
p:ik dit|prijzen|-0.87
p:ik dit|etiketteren|0.91
p:ik dit|ondervragen|0.99
p:ik dit|afleiden|-0.99
p:ik echt|ik-boodschap|0.97
p:ik echt|gevoelsreflectie|-0.97
p:ik een|bekritiseren|0.81
p:ik een|etiketteren|-0.98
p:ik eerlijk|jij-boodschap|-0.69
p:ik eerlijk|bekritiseren|-0.29
p:ik eerlijk|ondervragen|-0.96
p:ik eerlijk|afleiden|-0.87
p:ik eerst|ik-boodschap|-0.77
p:ik eerst|waarschuwen|-0.93
p:ik elke|waarschuwen|-0.91
p:ik en|aanmoediging|0.98
p:ik eng|vervolgafspraak|-0.91
p:ik even|ik-boodschap|1.0
p:ik even|waarschuwen|-1.0
p:ik ga|ik-boodschap|-0.91
p:ik ga|parafrase|-1.0
p:ik ga|bevelen|-0.99
p:ik ga|interpreteren|-1.0
p:ik ga|vervolgafspraak|-0.8
p:ik geen|argumenteren|0.97
p:ik haar|ik-boodschap|-1.05
p:ik haar|samenvatting|-1.0
p:ik haar|open-vraag|0.92
p:ik haar|aanmoediging|-1.0
p:ik haar|bekritiseren|-1.0
p:ik had|bekritiseren|-2.96
p:ik heb|ik-boodschap|0.31
p:ik heb|jij-boodschap|-1.04
p:ik heb|gevoelsreflectie|-1.73
p:ik heb|samenvatting|-1.0
p:ik heb|bevelen|-0.94
p:ik heb|argumenteren|0.98
p:ik heb|bekritiseren|-1.62
p:ik heb|geruststellen|-0.99
p:ik heb|vervolgafspraak|-1.96
p:ik hem|open-vraag|0.96
p:ik hem|bevelen|0.82
p:ik hem|waarschuwen|0.91
p:ik hem|adviseren|-1.97
p:ik hem|bekritiseren|-0.99
p:ik hem|prijzen|0.72
p:ik hem|vervolgafspraak|-0.8
p:ik het|parafrase|4.41
p:ik het|gevoelsreflectie|-0.99
p:ik het|samenvatting|0.46
p:ik het|open-vraag|-0.98
p:ik het|aanmoediging|-1.0
p:ik het|bevelen|-0.82
p:ik het|waarschuwen|0.99
p:ik het|argumenteren|-1.0
p:ik het|bekritiseren|-0.29
p:ik het|etiketteren|0.96
p:ik het|afleiden|1.02
p:ik het|vervolgafspraak|-1.0
p:ik het|bedanken|-1.0
p:ik hiermee|bevelen|0.97
p:ik hoor|gevoelsreflectie|-0.18
p:ik hoor|open-vraag|0.91
p:ik hoor|waarschuwen|-0.91
p:ik hoor|geruststellen|-1.0
p:ik hoorde|ik-boodschap|0.77
p:ik hoorde|gevoelsreflectie|-1.0
p:ik houd|samenvatting|0.98
p:ik houd|bedanken|0.81
p:ik iets|etiketteren|-0.99
p:ik in|jij-boodschap|1.0
p:ik in|gevoelsreflectie|-1.0
p:ik in|moraliseren|-1.0
p:ik in|bekritiseren|1.06
p:ik in|afleiden|-1.0
p:ik jammer|ik-boodschap|0.61
p:ik jammer|open-vraag|-1.04
p:ik jammer|adviseren|0.91
p:ik je|ik-boodschap|-0.93
p:ik je|parafrase|0.98
p:ik je|waarschuwen|2.8
p:ik je|moraliseren|-1.95
p:ik je|adviseren|-0.92
p:ik je|ondervragen|-0.99
p:ik je|afronding-aankondigen|0.97
p:ik je|vervolgafspraak|1.91
p:ik je|bedanken|0.97
p:ik jou|ik-boodschap|-0.77
p:ik jou|open-vraag|-0.99
p:ik jou|waarschuwen|-0.93
p:ik jullie|ik-boodschap|-0.97
p:ik jullie|bekritiseren|0.87
p:ik kan|ik-boodschap|-0.9
p:ik kan|gevoelsreflectie|1.84
p:ik kijk|adviseren|-0.93
p:ik kim|ik-boodschap|-0.93
p:ik luister|gevoelsreflectie|0.97
p:ik luister|open-vraag|-0.98
p:ik luister|aanmoediging|1.98
p:ik maak|moraliseren|-0.98
p:ik maak|adviseren|0.8
p:ik maak|geruststellen|-0.83
p:ik maandag|ik-boodschap|0.98
p:ik maandag|vervolgafspraak|-0.98
p:ik maar|gevoelsreflectie|0.99
p:ik maar|ondervragen|0.99
p:ik mail|afronding-aankondigen|0.96
p:ik mail|vervolgafspraak|0.81
p:ik mail|bedanken|0.99
p:ik me|ik-boodschap|1.95
p:ik me|bevelen|-0.99
p:ik me|adviseren|-0.91
p:ik me|vervolgafspraak|-0.91
p:ik merk|parafrase|-0.99
p:ik merk|gevoelsreflectie|0.98
p:ik merk|samenvatting|-0.98
p:ik merk|geruststellen|-0.99
p:ik merk|bedanken|0.17
p:ik met|samenvatting|0.97
p:ik mijn|jij-boodschap|0.3
p:ik mijn|open-vraag|-1.0
p:ik mijn|adviseren|-1.0
p:ik mijn|bekritiseren|0.92
p:ik mijn|geruststellen|-1.0
p:ik misschien|adviseren|0.98
p:ik mo|ik-boodschap|0.97
p:ik mo|waarschuwen|-0.97
p:ik moet|ik-boodschap|0.92
p:ik moet|waarschuwen|0.84
p:ik moet|etiketteren|-0.72
p:ik moet|afronding-aankondigen|0.99
p:ik moet|vervolgafspraak|-2.92
p:ik moet|bedanken|-0.96
p:ik na|vervolgafspraak|0.99
p:ik naar|ik-boodschap|1.0
p:ik naar|waarschuwen|-1.0
p:ik naar|interpreteren|-1.0
p:ik niet|ik-boodschap|1.0
p:ik niet|open-vraag|-1.95
p:ik niet|aanmoediging|-0.97
p:ik niet|bevelen|-1.0
p:ik niet|waarschuwen|-1.0
p:ik niet|adviseren|-0.79
p:ik niets|prijzen|-0.71
p:ik niks|ik-boodschap|-1.0
p:ik niks|argumenteren|1.0
p:ik niks|etiketteren|-1.0
p:ik niks|afleiden|-1.0
p:ik nu|ik-boodschap|-0.76
p:ik ook|ik-boodschap|0.85
p:ik ook|gevoelsreflectie|-0.85
p:ik op|parafrase|-0.95
p:ik overleg|samenvatting|0.96
p:ik overleg|prijzen|-0.96
p:ik overleg|vervolgafspraak|0.96
p:ik plan|gevoelsreflectie|0.82
p:ik plan|waarschuwen|-0.99
p:ik praat|parafrase|-0.91
p:ik praat|samenvatting|0.84
p:ik raak|prijzen|-0.98
p:ik regel|parafrase|0.82
p:ik regel|gevoelsreflectie|-0.82
p:ik regel|vervolgafspraak|0.96
p:ik reken|jij-boodschap|-0.81
p:ik reken|prijzen|0.96
p:ik reken|etiketteren|-0.96
p:ik rond|bekritiseren|-0.93
p:ik schrok|gevoelsreflectie|-1.0
p:ik schrok|afronding-aankondigen|-1.0
p:ik sluit|bedanken|0.76
p:ik snap|ik-boodschap|-1.0
p:ik snap|gevoelsreflectie|1.85
p:ik snap|open-vraag|-1.0
p:ik snap|bevelen|0.91
p:ik snap|adviseren|0.97
p:ik snap|argumenteren|-1.0
p:ik snap|bekritiseren|-0.71
p:ik snap|geruststellen|1.1
p:ik spreek|samenvatting|0.83
p:ik spreek|vervolgafspraak|0.98
p:ik spreek|bedanken|0.16
p:ik stel|vervolgafspraak|0.92
p:ik stuur|ik-boodschap|-0.98
p:ik stuur|waarschuwen|0.83
p:ik tegelijk|ik-boodschap|0.68
p:ik tegelijk|samenvatting|-0.83
p:ik tegen|ik-boodschap|-0.91
p:ik typerend|jij-boodschap|0.98
p:ik typerend|bekritiseren|0.98
p:ik u|parafrase|0.99
p:ik u|gevoelsreflectie|0.88
p:ik u|samenvatting|0.9
p:ik u|waarschuwen|0.91
p:ik u|adviseren|0.96
p:ik u|prijzen|0.72
p:ik u|geruststellen|0.97
p:ik u|afronding-aankondigen|-0.92
p:ik u|vervolgafspraak|1.98
p:ik u|bedanken|-0.18
p:ik van|ik-boodschap|1.76
p:ik van|parafrase|0.92
p:ik van|open-vraag|-1.0
p:ik van|aanmoediging|-1.0
p:ik van|bekritiseren|-0.99
p:ik van|geruststellen|1.0
p:ik vervelend|ik-boodschap|0.83
p:ik vervelend|parafrase|-0.95
p:ik vervelend|open-vraag|1.96
p:ik vervelend|argumenteren|-1.0
p:ik vervelend|vervolgafspraak|-1.0
p:ik vervelend|bedanken|-1.0
p:ik verwacht|bevelen|0.98
p:ik vind|ik-boodschap|0.16
p:ik vind|jij-boodschap|0.97
p:ik vind|gevoelsreflectie|-1.65
p:ik vind|bekritiseren|1.3
p:ik vind|geruststellen|-0.98
p:ik vind|afronding-aankondigen|-1.0
p:ik voel|jij-boodschap|-1.0
p:ik vond|ik-boodschap|1.86
p:ik vond|bekritiseren|-0.18
p:ik vraag|ik-boodschap|-0.82
p:ik vraag|jij-boodschap|0.95
p:ik vraag|bekritiseren|0.95
p:ik vraag|vervolgafspraak|0.99
p:ik waardeer|prijzen|0.92
p:ik waardeer|vervolgafspraak|-0.82
p:ik waardeer|bedanken|0.9
p:ik waarschuw|waarschuwen|0.98
p:ik wacht|bevelen|-0.94
p:ik was|bevelen|0.94
p:ik weet|jij-boodschap|-0.97
p:ik weet|bekritiseren|0.75
p:ik weet|prijzen|0.97
p:ik weet|geruststellen|0.99
p:ik wil|jij-boodschap|0.3
p:ik wil|open-vraag|0.92
p:ik wil|bevelen|0.98
p:ik wil|argumenteren|-0.97
p:ik wil|bekritiseren|0.92
p:ik wil|prijzen|-0.91
p:ik wil|afronding-aankondigen|1.97
p:ik wil|vervolgafspraak|-0.98
p:ik wil|bedanken|-0.13
p:ik word|ik-boodschap|0.91
p:ik word|parafrase|-0.93
p:ik word|gevoelsreflectie|-0.83
p:ik word|geruststellen|-0.93
p:ik zeg|ik-boodschap|-0.91
p:ik zeg|samenvatting|0.79
p:ik zeg|etiketteren|-0.67
p:ik zeg|geruststellen|0.77
p:ik zet|vervolgafspraak|0.91
p:ik zie|ik-boodschap|0.71
p:ik zie|jij-boodschap|-0.95
p:ik zie|parafrase|-0.72
p:ik zie|gevoelsreflectie|0.27
p:ik zie|aanmoediging|-0.98
p:ik zie|bekritiseren|-0.87
p:ik zie|interpreteren|-0.99
p:ik zie|geruststellen|-0.83
p:ik zie|afronding-aankondigen|-1.0
p:ik zie|vervolgafspraak|-0.91
p:ik zie|bedanken|-0.97
p:ik zijn|adviseren|0.99
p:ik zit|jij-boodschap|-0.85
p:ik zit|open-vraag|-0.99
p:ik zit|bekritiseren|-0.63
p:ik zonde|bekritiseren|-0.98
p:ik zonde|vervolgafspraak|0.91
p:ik zou|adviseren|0.92
p:ilias het|jij-boodschap|-1.0
p:ilias het|moraliseren|1.0
p:in 3b|etiketteren|-0.99
p:in ?|ondervragen|-0.96
p:in als|bekritiseren|0.87
p:in bed|ik-boodschap|-1.0
p:in bed|open-vraag|-1.0
p:in bed|moraliseren|1.0
p:in bij|ik-boodschap|-0.97
p:in bij|argumenteren|0.97
p:in dat|argumenteren|-0.98
p:in dat|prijzen|0.93
p:in de|ik-boodschap|1.95
p:in de|jij-boodschap|0.43
p:in de|samenvatting|0.72
p:in de|bevelen|-1.22
p:in de|waarschuwen|0.9
p:in de|moraliseren|-0.22
p:in de|argumenteren|-1.01
p:in de|bekritiseren|0.9
p:in de|etiketteren|-0.92
p:in de|geruststellen|0.13
p:in de|ondervragen|0.93
p:in de|afleiden|-0.19
p:in de|vervolgafspraak|-1.9
p:in de|bedanken|0.54
p:in deze|bevelen|-0.96
p:in die|bekritiseren|0.13
p:in een|adviseren|0.84
p:in elke|afleiden|0.96
p:in goede|geruststellen|0.87
p:in groep|jij-boodschap|-0.51
p:in havo|bekritiseren|-0.97
p:in hebt|jij-boodschap|1.64
p:in hebt|bekritiseren|1.51
p:in hebt|interpreteren|-0.9
p:in het|jij-boodschap|-0.36
p:in het|samenvatting|0.81
p:in het|aanmoediging|-0.92
p:in het|bevelen|-0.9
p:in het|adviseren|0.62
p:in het|bekritiseren|-1.74
p:in het|prijzen|0.13
p:in het|geruststellen|-1.91
p:in het|afleiden|1.58
p:in je|jij-boodschap|0.87
p:in je|gevoelsreflectie|-1.92
p:in je|bekritiseren|0.11
p:in je|geruststellen|0.96
p:in jouw|adviseren|0.92
p:in lokaal|vervolgafspraak|0.94
p:in magister|jij-boodschap|-1.05
p:in magister|parafrase|-0.75
p:in magister|argumenteren|-0.8
p:in magister|bekritiseren|1.45
p:in magister|geruststellen|-0.99
p:in magister|bedanken|-1.97
p:in mei|afronding-aankondigen|-1.0
p:in met|waarschuwen|-0.99
p:in mijn|samenvatting|0.9
p:in mijn|adviseren|-0.99
p:in nederland|moraliseren|0.94
p:in nederland|afleiden|-0.94
p:in plaats|moraliseren|-0.78
p:in plaats|adviseren|-0.92
p:in plaats|interpreteren|-0.93
p:in plaats|afleiden|0.99
p:in samen|samenvatting|-0.98
p:in school|bekritiseren|-0.99
p:in te|geruststellen|-1.0
p:in te|afleiden|-0.98
p:in tot|interpreteren|-0.99
p:in tot|vervolgafspraak|-0.8
p:in utrecht|ik-boodschap|-0.96
p:in uw|parafrase|0.95
p:in verhouding|open-vraag|-0.8
p:in voor|gevoelsreflectie|0.82
p:in wat|bevelen|-0.99
p:in zijn|waarschuwen|-0.85
p:in zijn|bekritiseren|-0.78
p:in één|ik-boodschap|1.0
p:in één|parafrase|-1.0
p:in één|open-vraag|1.0
p:incident op|afleiden|0.89
p:incident volgt|waarschuwen|0.98
p:indruk maken|interpreteren|0.98
p:ineens zo|ik-boodschap|-0.98
p:informatie u|interpreteren|-0.85
p:informatieavond geweest|vervolgafspraak|-0.93
p:ingegrepen ?|ondervragen|0.95
p:ingegrepen ?|afleiden|-0.84
p:ingehaald toch|prijzen|-0.97
p:ingeleverd dus|ik-boodschap|0.91
p:ingeleverd dus|jij-boodschap|-0.13
p:ingelicht over|ondervragen|0.94
p:inhalen toch|prijzen|1.0
p:inhalen toch|bedanken|-1.0
p:inlevert kan|ik-boodschap|1.0
p:inlevert kan|waarschuwen|-1.0
p:inlevert krijgt|waarschuwen|0.94
p:inlevert mag|waarschuwen|0.99
p:inlevert mag|moraliseren|-0.84
p:inlevert mag|argumenteren|-0.99
p:inpakt ?|open-vraag|-0.99
p:inpakt ?|adviseren|1.88
p:inplannen met|vervolgafspraak|0.99
p:inspectie gedreigd|bekritiseren|0.97
p:instagram om|open-vraag|-0.97
p:instagram om|moraliseren|-0.97
p:instagram om|vervolgafspraak|-0.97
p:interesse toont|bekritiseren|-0.8
p:interne schorsing|jij-boodschap|-0.97
p:internet doet|bekritiseren|-0.9
p:internet heeft|jij-boodschap|0.94
p:internet heeft|bekritiseren|0.94
p:iris gisteren|afronding-aankondigen|-1.0
p:irritant dat|ik-boodschap|-0.84
p:irriteert me|jij-boodschap|1.32
p:irriteert me|bekritiseren|1.66
p:is ?|jij-boodschap|0.84
p:is ?|parafrase|0.99
p:is ?|vervolgafspraak|0.97
p:is aantoonbaar|interpreteren|-0.99
p:is als|argumenteren|0.89
p:is bang|interpreteren|0.6
p:is begrijp|parafrase|0.95
p:is beter|samenvatting|0.98
p:is daar|parafrase|0.77
p:is daar|open-vraag|0.94
p:is dat|parafrase|0.92
p:is dat|open-vraag|0.1
p:is dat|bevelen|0.96
p:is dat|argumenteren|0.99
p:is dat|interpreteren|-0.9
p:is dat|geruststellen|-0.99
p:is dat|ondervragen|0.95
p:is dat|afleiden|-0.84
p:is dat|bedanken|-0.99
p:is de|waarschuwen|0.99
p:is de|moraliseren|0.98
p:is de|etiketteren|-0.91
p:is de|interpreteren|-0.98
p:is de|afleiden|0.87
p:is degene|jij-boodschap|1.68
p:is degene|bekritiseren|1.73
p:is deze|vervolgafspraak|-0.94
p:is dit|bekritiseren|1.81
p:is duidelijk|jij-boodschap|-1.0
p:is duidelijk|gevoelsreflectie|-1.0
p:is duidelijk|waarschuwen|-1.0
p:is duidelijk|moraliseren|-1.0
p:is duidelijk|argumenteren|1.93
p:is duidelijk|bekritiseren|-1.0
p:is echt|jij-boodschap|-3.26
p:is echt|bekritiseren|2.61
p:is echt|etiketteren|0.91
p:is een|jij-boodschap|-0.72
p:is een|adviseren|-1.0
p:is een|argumenteren|-1.9
p:is een|bekritiseren|-1.78
p:is een|afleiden|0.91
p:is er|jij-boodschap|-0.96
p:is er|parafrase|-0.92
p:is er|open-vraag|0.88
p:is er|ondervragen|-0.95
p:is fijn|parafrase|-0.98
p:is gebeurd|ik-boodschap|0.97
p:is geduwd|gevoelsreflectie|0.99
p:is gekomen|argumenteren|-0.84
p:is gelukkig|bekritiseren|-0.94
p:is gewoon|jij-boodschap|0.55
p:is gewoon|moraliseren|1.88
p:is gewoon|argumenteren|-1.12
p:is gewoon|bekritiseren|-2.46
p:is gewoon|etiketteren|1.94
p:is gewoon|interpreteren|0.11
p:is geworden|jij-boodschap|0.97
p:is geworden|etiketteren|0.97
p:is geworden|ondervragen|-0.92
p:is gezakt|ik-boodschap|1.0
p:is gezakt|parafrase|-1.0
p:is gezakt|open-vraag|1.0
p:is goed|parafrase|-0.95
p:is haar|adviseren|0.99
p:is hartstikke|jij-boodschap|1.0
p:is hartstikke|argumenteren|-1.0
p:is hartstikke|bekritiseren|1.0
p:is heel|moraliseren|-0.91
p:is heel|argumenteren|0.91
p:is heel|etiketteren|-0.98
p:is heel|geruststellen|0.77
p:is heel|afleiden|-1.8
p:is het|ik-boodschap|1.96
p:is het|jij-boodschap|0.47
p:is het|gevoelsreflectie|-0.99
p:is het|samenvatting|-0.19
p:is het|open-vraag|-0.99
p:is het|aanmoediging|-0.92
p:is het|waarschuwen|-1.0
p:is het|moraliseren|0.84
p:is het|adviseren|0.78
p:is het|bekritiseren|-0.69
p:is het|etiketteren|-0.98
p:is het|afleiden|-0.98
p:is het|afronding-aankondigen|-1.0
p:is heus|geruststellen|0.94
p:is hier|geruststellen|0.87
p:is hij|etiketteren|-0.98
p:is hij|interpreteren|0.98
p:is hij|ondervragen|-0.99
p:is in|afronding-aankondigen|-1.0
p:is jouw|samenvatting|-0.97
p:is kader|adviseren|-0.92
p:is logisch|argumenteren|0.66
p:is maar|gevoelsreflectie|-0.78
p:is maar|samenvatting|-1.0
p:is maar|bekritiseren|-0.89
p:is maar|afleiden|0.67
p:is met|adviseren|0.95
p:is misschien|interpreteren|0.94
p:is misschien|afleiden|-0.98
p:is moe|samenvatting|1.73
p:is natuurlijk|adviseren|-0.74
p:is niet|jij-boodschap|-1.73
p:is niet|moraliseren|1.0
p:is niet|argumenteren|1.0
p:is niet|afleiden|-0.91
p:is nooit|parafrase|-0.98
p:is nou|jij-boodschap|2.42
p:is nou|gevoelsreflectie|0.65
p:is nou|argumenteren|-0.84
p:is nou|bekritiseren|-0.99
p:is nou|etiketteren|1.06
p:is nou|geruststellen|-0.92
p:is nu|bevelen|-0.43
p:is nu|moraliseren|-0.83
p:is nu|argumenteren|-0.69
p:is nu|afleiden|0.99
p:is om|moraliseren|-1.9
p:is om|interpreteren|0.89
p:is ook|etiketteren|-0.96
p:is op|vervolgafspraak|-0.95
p:is prima|bekritiseren|-1.69
p:is rekenen|ik-boodschap|-1.0
p:is rekenen|argumenteren|1.0
p:is rekenen|etiketteren|-1.0
p:is rekenen|afleiden|-1.0
p:is samen|ik-boodschap|-1.0
p:is samen|argumenteren|1.0
p:is samen|etiketteren|-1.0
p:is samen|afleiden|-1.0
p:is t|samenvatting|-0.62
p:is te|gevoelsreflectie|0.97
p:is te|bedanken|-0.97
p:is tegen|jij-boodschap|0.97
p:is tegen|samenvatting|-0.97
p:is tegen|bekritiseren|0.97
p:is tegenwoordig|bevelen|-0.74
p:is tegenwoordig|geruststellen|-0.93
p:is tegenwoordig|afleiden|0.93
p:is thuis|ik-boodschap|-1.0
p:is thuis|open-vraag|-1.0
p:is thuis|argumenteren|-1.0
p:is tijd|afronding-aankondigen|0.96
p:is toch|aanmoediging|-1.0
p:is toch|moraliseren|-0.96
p:is toch|argumenteren|0.17
p:is toch|prijzen|-0.97
p:is toch|ondervragen|-1.0
p:is toch|afleiden|1.97
p:is typisch|etiketteren|1.0
p:is uitgescholden|bekritiseren|-0.92
p:is uw|jij-boodschap|0.7
p:is uw|moraliseren|0.93
p:is uw|argumenteren|-0.98
p:is uw|etiketteren|0.96
p:is verplaatst|afleiden|-0.82
p:is volgende|afleiden|0.93
p:is volgens|argumenteren|-0.93
p:is voor|parafrase|0.93
p:is voor|samenvatting|-0.83
p:is voor|argumenteren|1.76
p:is vooral|samenvatting|-0.9
p:is voorzichtig|jij-boodschap|-0.74
p:is voorzichtig|interpreteren|-0.58
p:is werkelijk|bekritiseren|0.91
p:is zie|gevoelsreflectie|0.79
p:is zie|interpreteren|-0.93
p:is zijn|afleiden|-0.96
p:is zjn|gevoelsreflectie|-0.72
p:is zo|afleiden|0.71
p:ja ?|open-vraag|-0.88
p:ja ?|aanmoediging|0.97
p:ja ?|ondervragen|-0.97
p:ja dat|aanmoediging|-0.98
p:ja dat|geruststellen|-0.99
p:ja hoor|etiketteren|0.98
p:ja ik|aanmoediging|1.0
p:ja ja|etiketteren|0.98
p:ja meneer|etiketteren|0.98
p:ja precies|aanmoediging|-0.84
p:ja precies|etiketteren|-0.97
p:ja pubers|afleiden|0.94
p:ja vertel|aanmoediging|1.67
p:ja we|bekritiseren|-0.93
p:ja zo|etiketteren|-0.98
p:ja zullen|samenvatting|-0.98
p:jaar al|jij-boodschap|-0.94
p:jaar bent|geruststellen|0.99
p:jaar bij|jij-boodschap|-0.97
p:jaar een|ondervragen|-0.96
p:jaar gemist|jij-boodschap|0.68
p:jaar heb|jij-boodschap|1.72
p:jaar heb|etiketteren|0.91
p:jaar lachen|geruststellen|0.97
p:jaar ook|vervolgafspraak|-0.93
p:jaar van|ik-boodschap|-1.0
p:jaar van|open-vraag|1.0
p:jaar viel|argumenteren|-0.97
p:jaar weer|waarschuwen|0.9
p:jaar weer|geruststellen|-0.76
p:jaar weet|jij-boodschap|-0.84
p:jaar weet|bekritiseren|-0.98
p:jaloers op|jij-boodschap|-0.74
p:jammer dat|ik-boodschap|1.0
p:jammer misschien|adviseren|0.91
p:jammer misschien|vervolgafspraak|0.91
p:jammer voor|gevoelsreflectie|-0.74
p:jammer voor|open-vraag|-0.99
p:jammer voor|afronding-aankondigen|-1.0
p:jammer want|vervolgafspraak|-0.91
p:jansen voor|etiketteren|-0.99
p:januari weer|ik-boodschap|0.96
p:jayden ga|bevelen|0.81
p:jayden in|gevoelsreflectie|0.99
p:jayden zich|jij-boodschap|-0.97
p:jayden zich|open-vraag|0.97
p:jayden zich|bekritiseren|-0.86
p:je ?|open-vraag|0.92
p:je aan|moraliseren|0.86
p:je aan|adviseren|-0.83
p:je aan|argumenteren|-0.99
p:je aan|bekritiseren|-0.99
p:je aan|etiketteren|0.75
p:je achterloopt|bekritiseren|-0.87
p:je afspraken|jij-boodschap|0.87
p:je afspraken|bekritiseren|0.73
p:je al|gevoelsreflectie|-0.91
p:je al|adviseren|-0.96
p:je alleen|argumenteren|0.99
p:je als|ik-boodschap|-0.97
p:je als|parafrase|-0.97
p:je als|gevoelsreflectie|-0.97
p:je als|samenvatting|0.97
p:je als|open-vraag|0.97
p:je als|moraliseren|-0.87
p:je amira|ik-boodschap|0.97
p:je amira|gevoelsreflectie|-0.97
p:je baalt|gevoelsreflectie|0.97
p:je bang|jij-boodschap|-0.97
p:je bedoelt|gevoelsreflectie|-0.9
p:je behandelt|jij-boodschap|-0.96
p:je behandelt|moraliseren|0.96
p:je behoorlijk|gevoelsreflectie|1.84
p:je behoorlijk|samenvatting|-0.97
p:je behoorlijk|open-vraag|-0.97
p:je belt|bevelen|1.86
p:je belt|interpreteren|-0.9
p:je belt|vervolgafspraak|-1.86
p:je bent|parafrase|-1.0
p:je bent|gevoelsreflectie|-0.16
p:je bent|samenvatting|-0.38
p:je bent|moraliseren|-0.96
p:je bent|bekritiseren|0.89
p:je bent|etiketteren|0.98
p:je bent|interpreteren|-0.93
p:je bent|geruststellen|-0.98
p:je bent|ondervragen|0.99
p:je bent|afronding-aankondigen|-1.0
p:je best|moraliseren|0.93
p:je biedt|bevelen|0.95
p:je bij|ik-boodschap|1.91
p:je bij|gevoelsreflectie|-1.72
p:je bij|waarschuwen|-0.92
p:je bij|adviseren|0.62
p:je bij|afronding-aankondigen|-1.0
p:je bij|vervolgafspraak|2.85
p:je bijna|ik-boodschap|0.99
p:je bijna|geruststellen|-0.99
p:je binnen|ik-boodschap|-0.92
p:je binnen|geruststellen|-0.92
p:je blijft|moraliseren|-0.95
p:je blijft|geruststellen|0.92
p:je boos|bevelen|0.91
p:je boos|geruststellen|-0.91
p:je capuchon|ik-boodschap|-0.95
p:je capuchon|bevelen|0.97
p:je cijfer|samenvatting|1.0
p:je cijfer|bevelen|-1.0
p:je cijfers|ik-boodschap|-0.97
p:je cijfers|jij-boodschap|-0.95
p:je cijfers|parafrase|-0.97
p:je cijfers|gevoelsreflectie|-0.97
p:je cijfers|samenvatting|1.92
p:je cijfers|open-vraag|0.97
p:je cijfers|moraliseren|-0.87
p:je cijfers|bekritiseren|-0.95
p:je daar|ik-boodschap|-0.9
p:je daarin|parafrase|0.72
p:je daarna|bevelen|-0.95
p:je daarom|parafrase|0.96
p:je dat|gevoelsreflectie|0.99
p:je dat|geruststellen|-0.99
p:je dat|ondervragen|0.99
p:je de|ik-boodschap|0.25
p:je de|parafrase|1.0
p:je de|gevoelsreflectie|-0.6
p:je de|bekritiseren|-0.98
p:je deze|open-vraag|-0.96
p:je deze|afleiden|0.96
p:je die|parafrase|0.96
p:je dit|jij-boodschap|0.68
p:je dit|prijzen|1.0
p:je dit|geruststellen|-0.91
p:je dit|ondervragen|-0.98
p:je dit|afronding-aankondigen|-0.96
p:je dit|bedanken|-1.0
p:je docent|parafrase|-0.91
p:je docent|samenvatting|1.82
p:je dochter|ik-boodschap|0.93
p:je doet|jij-boodschap|0.95
p:je doet|bevelen|0.95
p:je doet|bekritiseren|0.95
p:je doet|etiketteren|0.94
p:je donderdagavond|vervolgafspraak|0.98
p:je donderdagavond|bedanken|0.98
p:je door|ik-boodschap|-0.93
p:je door|waarschuwen|0.93
p:je durft|ik-boodschap|-0.96
p:je durft|samenvatting|0.96
p:je echt|waarschuwen|-0.91
p:je een|ik-boodschap|-0.98
p:je een|waarschuwen|1.0
p:je een|moraliseren|-0.9
p:je een|vervolgafspraak|-1.0
p:je eentje|ik-boodschap|-0.99
p:je eerst|adviseren|-0.92
p:je eigenlijk|jij-boodschap|0.68
p:je eigenlijk|etiketteren|-0.99
p:je er|ik-boodschap|-1.0
p:je er|jij-boodschap|2.35
p:je er|gevoelsreflectie|0.98
p:je er|open-vraag|0.81
p:je er|bekritiseren|1.68
p:je er|geruststellen|0.94
p:je er|ondervragen|-0.9
p:je er|bedanken|1.0
p:je eruit|jij-boodschap|1.36
p:je eruit|waarschuwen|1.92
p:je eruit|moraliseren|-0.95
p:je eruit|bekritiseren|1.77
p:je examen|gevoelsreflectie|0.85
p:je examen|geruststellen|0.99
p:je excuses|bevelen|0.94
p:je excuses|waarschuwen|-0.94
p:je faalangst|jij-boodschap|-1.0
p:je faalangst|bekritiseren|-1.0
p:je faalangst|interpreteren|1.0
p:je gaat|jij-boodschap|-0.82
p:je gaat|bevelen|1.7
p:je gaat|moraliseren|0.95
p:je gaat|argumenteren|-0.67
p:je gaat|bekritiseren|-0.96
p:je gaat|etiketteren|-0.97
p:je gaat|interpreteren|-0.94
p:je gaat|geruststellen|0.97
p:je gedraagt|waarschuwen|-1.0
p:je gedraagt|adviseren|-1.0
p:je gedraagt|interpreteren|1.0
p:je geen|ik-boodschap|-0.98
p:je geen|jij-boodschap|-0.97
p:je geen|bekritiseren|-0.82
p:je gekozen|open-vraag|-0.93
p:je gestrest|geruststellen|-0.96
p:je geweldige|bekritiseren|1.82
p:je geweldige|bedanken|-1.56
p:je gewoon|jij-boodschap|-2.35
p:je gewoon|parafrase|-0.8
p:je gewoon|gevoelsreflectie|-0.8
p:je gewoon|moraliseren|1.8
p:je gewoon|adviseren|-0.99
p:je gewoon|bekritiseren|-2.7
p:je gewoon|interpreteren|0.93
p:je gewoon|geruststellen|-0.96
p:je ging|vervolgafspraak|-0.91
p:je gisteren|ik-boodschap|2.81
p:je gisteren|gevoelsreflectie|-0.85
p:je gisteren|waarschuwen|-1.0
p:je gisteren|adviseren|-0.83
p:je goed|parafrase|0.98
p:je goed|adviseren|-0.92
p:je goed|bekritiseren|-1.33
p:je groepsgenoten|jij-boodschap|0.94
p:je haalt|gevoelsreflectie|0.85
p:je haalt|geruststellen|1.98
p:je had|argumenteren|-0.92
p:je hebt|ik-boodschap|0.96
p:je hebt|jij-boodschap|0.91
p:je hebt|parafrase|0.92
p:je hebt|gevoelsreflectie|-0.6
p:je hebt|open-vraag|0.98
p:je hebt|argumenteren|-0.23
p:je hebt|prijzen|-0.97
p:je heel|jij-boodschap|0.94
p:je heel|gevoelsreflectie|0.58
p:je heel|bekritiseren|-0.85
p:je heen|gevoelsreflectie|0.95
p:je helemaal|ik-boodschap|-0.99
p:je helemaal|waarschuwen|-0.99
p:je helemaal|interpreteren|0.99
p:je helemaal|geruststellen|0.94
p:je helpen|gevoelsreflectie|-0.6
p:je helpen|open-vraag|0.98
p:je helpen|bekritiseren|-0.98
p:je hem|ik-boodschap|-0.96
p:je hem|interpreteren|-0.99
p:je het|ik-boodschap|0.31
p:je het|jij-boodschap|-0.9
p:je het|gevoelsreflectie|2.89
p:je het|argumenteren|1.59
p:je het|etiketteren|-0.99
p:je het|interpreteren|0.9
p:je het|afronding-aankondigen|-0.97
p:je hiermee|bevelen|-0.96
p:je hoort|jij-boodschap|-0.82
p:je hoort|bevelen|-0.95
p:je hoort|waarschuwen|-0.94
p:je houdt|bevelen|0.9
p:je houdt|interpreteren|-0.9
p:je houdt|vervolgafspraak|-0.9
p:je huiswerk|ik-boodschap|1.95
p:je huiswerk|samenvatting|-0.97
p:je huiswerk|argumenteren|-0.96
p:je huiswerk|bekritiseren|0.1
p:je iemand|bevelen|-0.95
p:je iemand|waarschuwen|-0.94
p:je iets|ik-boodschap|-0.98
p:je iets|jij-boodschap|1.77
p:je iets|waarschuwen|-0.86
p:je iets|bekritiseren|1.26
p:je in|ik-boodschap|1.73
p:je in|gevoelsreflectie|-0.94
p:je in|bekritiseren|-0.63
p:je je|ik-boodschap|1.98
p:je je|jij-boodschap|0.82
p:je je|gevoelsreflectie|2.46
p:je je|samenvatting|-0.97
p:je je|open-vraag|-2.14
p:je je|waarschuwen|1.0
p:je je|moraliseren|0.75
p:je je|adviseren|1.88
p:je je|bekritiseren|1.83
p:je je|interpreteren|-0.99
p:je je|ondervragen|-0.99
p:je je|vervolgafspraak|-1.0
p:je kamer|ik-boodschap|0.98
p:je kamer|open-vraag|-0.98
p:je kamer|moraliseren|-0.98
p:je kan|ik-boodschap|0.93
p:je kijkt|gevoelsreflectie|2.65
p:je kind|ik-boodschap|-0.98
p:je kind|moraliseren|0.98
p:je kinderen|jij-boodschap|1.85
p:je kinderen|etiketteren|0.99
p:je klasgenoten|jij-boodschap|-1.8
p:je klasgenoten|moraliseren|1.91
p:je klasgenoten|bekritiseren|-0.91
p:je kleren|parafrase|0.97
p:je kleren|gevoelsreflectie|0.78
p:je kleren|samenvatting|-0.97
p:je kleren|open-vraag|-0.97
p:je komt|ik-boodschap|-0.98
p:je komt|jij-boodschap|2.64
p:je komt|waarschuwen|-0.86
p:je komt|bekritiseren|1.99
p:je komt|geruststellen|0.94
p:je kunt|bevelen|-1.0
p:je kunt|adviseren|1.0
p:je kunt|prijzen|-1.0
p:je laptop|ik-boodschap|0.87
p:je maakt|bekritiseren|-0.87
p:je maandag|bedanken|-0.79
p:je maar|adviseren|-0.58
p:je maar|geruststellen|0.83
p:je meer|moraliseren|0.78
p:je meldt|samenvatting|-0.55
p:je mentor|vervolgafspraak|0.99
p:je mentor|bedanken|-0.99
p:je met|gevoelsreflectie|-0.98
p:je met|geruststellen|1.87
p:je misschien|adviseren|0.95
p:je mist|ik-boodschap|-0.97
p:je mist|parafrase|-0.97
p:je mist|gevoelsreflectie|-0.97
p:je mist|samenvatting|0.97
p:je mist|open-vraag|0.97
p:je mist|moraliseren|-0.87
p:je mobiel|interpreteren|-0.99
p:je moeder|jij-boodschap|0.89
p:je moeder|gevoelsreflectie|0.9
p:je moeder|samenvatting|-0.97
p:je moeder|bekritiseren|0.94
p:je moet|bevelen|0.45
p:je moet|argumenteren|-0.91
p:je moet|geruststellen|0.96
p:je naar|bevelen|0.81
p:je naar|waarschuwen|0.83
p:je naast|ik-boodschap|0.99
p:je naast|geruststellen|-0.99
p:je neus|gevoelsreflectie|-0.98
p:je neus|geruststellen|1.87
p:je niet|ik-boodschap|0.61
p:je niet|jij-boodschap|-0.84
p:je niet|parafrase|0.98
p:je niet|gevoelsreflectie|0.94
p:je niet|open-vraag|0.12
p:je niet|bevelen|-0.27
p:je niet|waarschuwen|-1.98
p:je niet|adviseren|0.62
p:je niet|argumenteren|0.66
p:je niet|bekritiseren|-0.98
p:je niet|etiketteren|0.97
p:je niet|geruststellen|0.96
p:je niet|bedanken|-1.0
p:je niks|parafrase|-0.8
p:je niks|gevoelsreflectie|-0.8
p:je niks|interpreteren|0.93
p:je nodig|gevoelsreflectie|0.98
p:je nodig|open-vraag|0.81
p:je nog|ik-boodschap|-0.98
p:je nog|open-vraag|-0.99
p:je nog|bevelen|0.81
p:je nog|waarschuwen|1.0
p:je nog|vervolgafspraak|-1.0
p:je nou|moraliseren|0.9
p:je nou|argumenteren|-0.65
p:je nu|jij-boodschap|-1.0
p:je nu|bevelen|1.0
p:je nu|waarschuwen|2.0
p:je nu|bekritiseren|-1.0
p:je nu|interpreteren|-1.0
p:je nu|geruststellen|-1.0
p:je ogen|bevelen|0.99
p:je om|samenvatting|-0.55
p:je omar|ik-boodschap|0.77
p:je oneerlijk|gevoelsreflectie|0.97
p:je oneerlijk|samenvatting|-0.97
p:je ook|moraliseren|0.87
p:je oortjes|ik-boodschap|-0.99
p:je op|moraliseren|0.86
p:je op|adviseren|1.54
p:je opdrachten|ik-boodschap|0.99
p:je opdrachten|geruststellen|-0.99
p:je oude|ik-boodschap|-0.97
p:je oude|parafrase|-0.97
p:je oude|gevoelsreflectie|-0.97
p:je oude|samenvatting|0.97
p:je oude|open-vraag|0.97
p:je oude|moraliseren|-0.87
p:je ouders|jij-boodschap|-0.82
p:je ouders|ondervragen|0.88
p:je overal|jij-boodschap|1.0
p:je overal|bevelen|1.0
p:je overal|waarschuwen|-1.0
p:je overal|bekritiseren|1.58
p:je per|ondervragen|0.88
p:je pet|moraliseren|-0.95
p:je pijn|parafrase|-0.8
p:je pijn|gevoelsreflectie|-0.8
p:je pijn|interpreteren|0.93
p:je planner|ik-boodschap|0.92
p:je planner|samenvatting|0.97
p:je planner|bekritiseren|-0.63
p:je planning|samenvatting|1.0
p:je plicht|jij-boodschap|-0.34
p:je plicht|bekritiseren|-0.99
p:je praat|ik-boodschap|-0.91
p:je presentatie|jij-boodschap|-0.69
p:je presentatie|bekritiseren|-0.29
p:je presentatie|afleiden|-0.87
p:je rapport|open-vraag|0.97
p:je rapport|vervolgafspraak|-0.97
p:je rekenmachine|gevoelsreflectie|-0.6
p:je rekenmachine|open-vraag|0.98
p:je rekenmachine|bekritiseren|-0.98
p:je samen|moraliseren|0.97
p:je samen|argumenteren|-0.97
p:je sanne|vervolgafspraak|0.98
p:je sanne|bedanken|0.98
p:je schrift|ondervragen|-0.99
p:je schrijfopdracht|gevoelsreflectie|-0.94
p:je slaap|ik-boodschap|0.98
p:je slaap|open-vraag|-0.98
p:je slaap|moraliseren|-0.98
p:je slaapt|ik-boodschap|-0.97
p:je slaapt|parafrase|-0.97
p:je slaapt|gevoelsreflectie|-0.97
p:je slaapt|samenvatting|0.97
p:je slaapt|open-vraag|0.97
p:je slaapt|moraliseren|-0.87
p:je slecht|bekritiseren|3.28
p:je snapt|ik-boodschap|0.96
p:je snapt|argumenteren|-0.96
p:je snapt|geruststellen|-0.91
p:je spullen|ik-boodschap|-0.84
p:je spullen|waarschuwen|-0.82
p:je staat|samenvatting|-0.94
p:je staat|waarschuwen|0.94
p:je staat|argumenteren|0.74
p:je stage|jij-boodschap|-0.95
p:je stage|samenvatting|0.95
p:je stage|bekritiseren|-0.95
p:je stage|afleiden|0.71
p:je stagebegeleider|bevelen|0.96
p:je stagebegeleider|vervolgafspraak|-0.96
p:je steeds|samenvatting|-0.98
p:je stoel|ik-boodschap|0.98
p:je strafwerk|waarschuwen|1.0
p:je strafwerk|interpreteren|-1.0
p:je tas|open-vraag|-0.99
p:je tas|adviseren|1.88
p:je tegenaan|samenvatting|-1.0
p:je tegenaan|adviseren|-1.0
p:je telefoon|ik-boodschap|0.12
p:je telefoon|open-vraag|-0.98
p:je telefoon|waarschuwen|0.91
p:je telefoon|moraliseren|-0.98
p:je telefoon|geruststellen|-0.93
p:je telefoon|ondervragen|0.88
p:je thuis|waarschuwen|-1.0
p:je thuis|adviseren|-1.0
p:je thuis|interpreteren|1.0
p:je thuis|geruststellen|-0.9
p:je tien|open-vraag|0.99
p:je tijd|jij-boodschap|1.73
p:je tijd|samenvatting|-0.83
p:je tijd|bevelen|-1.84
p:je tijd|bekritiseren|1.55
p:je tijdens|ik-boodschap|0.98
p:je toch|ik-boodschap|-0.98
p:je toch|jij-boodschap|-0.96
p:je toch|moraliseren|1.93
p:je toen|bevelen|-0.95
p:je twee|bevelen|-0.82
p:je uit|waarschuwen|0.91
p:je uitlachen|jij-boodschap|-0.97
p:je uitlachen|parafrase|0.97
p:je uitlachen|gevoelsreflectie|0.78
p:je uitlachen|samenvatting|-0.97
p:je uitlachen|open-vraag|-0.97
p:je vaak|gevoelsreflectie|-0.94
p:je vader|parafrase|0.96
p:je vader|samenvatting|-0.82
p:je vader|bevelen|-1.45
p:je vader|waarschuwen|0.95
p:je vader|moraliseren|-0.94
p:je vader|vervolgafspraak|0.9
p:je van|moraliseren|0.92
p:je vandaag|ik-boodschap|0.79
p:je vanochtend|ik-boodschap|0.91
p:je vanochtend|argumenteren|-1.0
p:je vanochtend|vervolgafspraak|-1.0
p:je vanochtend|bedanken|-1.0
p:je vast|etiketteren|-0.98
p:je vast|geruststellen|-0.98
p:je verantwoordelijkheid|bevelen|-0.9
p:je verbeteringen|ondervragen|-0.99
p:je verdrietig|parafrase|0.97
p:je verdrietig|gevoelsreflectie|0.78
p:je verdrietig|samenvatting|-0.97
p:je verdrietig|open-vraag|-0.97
p:je vergist|moraliseren|-0.9
p:je vergist|argumenteren|0.93
p:je verslagen|jij-boodschap|0.98
p:je verslagen|bevelen|-0.98
p:je verslagen|bekritiseren|1.84
p:je verzuim|jij-boodschap|-0.95
p:je verzuim|samenvatting|0.95
p:je verzuim|bekritiseren|-0.95
p:je vindt|gevoelsreflectie|0.92
p:je vindt|etiketteren|-0.63
p:je voelt|gevoelsreflectie|0.97
p:je voelt|samenvatting|-0.97
p:je voetbalwedstrijd|open-vraag|-1.61
p:je voetbalwedstrijd|afleiden|0.86
p:je volgende|vervolgafspraak|0.98
p:je vorige|jij-boodschap|-0.69
p:je vorige|bekritiseren|-0.29
p:je vorige|afleiden|-0.87
p:je vorige|vervolgafspraak|-0.91
p:je vrienden|ik-boodschap|-0.97
p:je vrienden|parafrase|-0.97
p:je vrienden|gevoelsreflectie|-0.97
p:je vrienden|samenvatting|0.97
p:je vrienden|open-vraag|0.97
p:je vrienden|moraliseren|-0.87
p:je vrienden|interpreteren|0.98
p:je vriendin|ik-boodschap|-0.77
p:je vriendin|waarschuwen|-0.93
p:je vrije|geruststellen|-0.91
p:je wat|gevoelsreflectie|-0.6
p:je wat|open-vraag|0.98
p:je wat|bekritiseren|-0.98
p:je weer|bekritiseren|-0.78
p:je weer|afronding-aankondigen|0.97
p:je weer|vervolgafspraak|0.97
p:je weer|bedanken|0.97
p:je weet|gevoelsreflectie|-0.99
p:je weet|samenvatting|0.62
p:je weet|bekritiseren|-0.78
p:je wel|parafrase|-1.0
p:je wel|interpreteren|-1.0
p:je wel|geruststellen|-0.97
p:je wel|afleiden|-1.0
p:je wel|afronding-aankondigen|1.01
p:je wel|bedanken|0.97
p:je wens|samenvatting|1.0
p:je werk|ik-boodschap|-0.91
p:je werk|jij-boodschap|0.98
p:je werk|bevelen|-0.98
p:je werk|moraliseren|0.95
p:je werk|argumenteren|-0.67
p:je werk|bekritiseren|1.84
p:je werk|geruststellen|-0.82
p:je wil|jij-boodschap|-0.89
p:je wil|parafrase|-0.22
p:je wil|gevoelsreflectie|-0.99
p:je wil|samenvatting|-0.38
p:je wil|interpreteren|0.98
p:je wil|afronding-aankondigen|-1.0
p:je wilt|samenvatting|0.83
p:je wilt|bevelen|-0.82
p:je wiskunde|bevelen|-1.0
p:je wiskunde|adviseren|1.0
p:je wiskunde|prijzen|-1.0
p:je wist|argumenteren|-0.92
p:je woordjes|ik-boodschap|0.96
p:je woordjes|vervolgafspraak|0.96
p:je wordt|ik-boodschap|0.92
p:je wordt|bekritiseren|-0.63
p:je zegt|jij-boodschap|-0.97
p:je zegt|samenvatting|-0.97
p:je zegt|argumenteren|1.92
p:je zegt|bekritiseren|-0.82
p:je zegt|interpreteren|0.93
p:je zelf|jij-boodschap|-0.96
p:je zelf|parafrase|-1.0
p:je zelf|open-vraag|0.97
p:je zelf|interpreteren|-1.0
p:je zelf|afleiden|-1.0
p:je zelf|afronding-aankondigen|1.0
p:je zenuwachtig|gevoelsreflectie|0.85
p:je zenuwachtig|geruststellen|1.89
p:je zijn|ik-boodschap|-0.98
p:je zit|ik-boodschap|-0.97
p:je zit|open-vraag|-0.98
p:je zit|moraliseren|-1.75
p:je zo|ik-boodschap|-0.93
p:je zo|gevoelsreflectie|-1.73
p:je zo|bevelen|-0.76
p:je zo|waarschuwen|0.89
p:je zo|adviseren|-1.57
p:je zo|etiketteren|-0.99
p:je zo|geruststellen|-0.14
p:je zo|vervolgafspraak|-0.97
p:je zonder|ik-boodschap|0.98
p:je zorgen|geruststellen|0.98
p:je zou|geruststellen|-0.93
p:je zoveel|ik-boodschap|-0.61
p:je zoveel|interpreteren|0.9
p:je zus|open-vraag|-0.98
p:jesse een|parafrase|0.94
p:jesse een|samenvatting|-0.75
p:jesse een|adviseren|0.95
p:jesse en|bekritiseren|-0.93
p:jesse geen|ik-boodschap|0.99
p:jesse geen|bekritiseren|-0.99
p:jesse kijk|ik-boodschap|-0.91
p:jesse tijdens|waarschuwen|-0.91
p:jesse toch|jij-boodschap|-0.91
p:jesse vaak|vervolgafspraak|-0.95
p:jesse zelf|adviseren|-0.92
p:jesse zijn|ik-boodschap|1.0
p:jesse zijn|waarschuwen|-1.0
p:jezelf naar|ik-boodschap|0.95
p:jezelf niet|etiketteren|-0.63
p:jij alleen|gevoelsreflectie|-0.9
p:jij altijd|ik-boodschap|-0.84
p:jij baalt|gevoelsreflectie|0.94
p:jij baalt|open-vraag|-0.86
p:jij bent|jij-boodschap|1.04
p:jij bent|moraliseren|0.87
p:jij bent|adviseren|-0.9
p:jij bent|argumenteren|-0.98
p:jij bent|bekritiseren|-2.78
p:jij bent|prijzen|1.01
p:jij bent|etiketteren|1.94
p:jij bent|geruststellen|-0.98
p:jij bent|ondervragen|-0.98
p:jij bent|bedanken|-1.0
p:jij blijft|bevelen|0.89
p:jij daartegenaan|open-vraag|0.99
p:jij denkt|bekritiseren|0.58
p:jij doet|jij-boodschap|-0.97
p:jij doet|prijzen|-0.97
p:jij door|ik-boodschap|0.95
p:jij een|bekritiseren|-0.94
p:jij er|ik-boodschap|1.0
p:jij er|jij-boodschap|0.91
p:jij er|waarschuwen|-1.0
p:jij er|bekritiseren|1.51
p:jij er|interpreteren|-1.9
p:jij gaat|parafrase|-0.91
p:jij gaat|samenvatting|0.84
p:jij gaat|bevelen|0.94
p:jij gaat|bekritiseren|-0.63
p:jij gaat|vervolgafspraak|-0.87
p:jij hebt|samenvatting|-0.97
p:jij hebt|bekritiseren|0.91
p:jij je|samenvatting|0.97
p:jij kan|jij-boodschap|-0.89
p:jij kan|samenvatting|-1.0
p:jij kan|moraliseren|-0.9
p:jij kan|afronding-aankondigen|-1.0
p:jij komt|bevelen|-0.91
p:jij kunt|adviseren|-0.9
p:jij kunt|prijzen|0.9
p:jij laat|jij-boodschap|1.87
p:jij laat|bevelen|-0.98
p:jij laat|argumenteren|-0.98
p:jij laat|bekritiseren|2.78
p:jij laat|prijzen|0.98
p:jij lui|ik-boodschap|-0.91
p:jij lui|etiketteren|-0.83
p:jij lui|geruststellen|0.95
p:jij luistert|moraliseren|-0.97
p:jij luistert|etiketteren|-0.99
p:jij neemt|waarschuwen|-0.99
p:jij ook|bekritiseren|-0.93
p:jij van|parafrase|-0.97
p:jij verpest|jij-boodschap|2.34
p:jij verpest|waarschuwen|1.0
p:jij verpest|bekritiseren|1.77
p:jij vindt|bekritiseren|1.0
p:jij zegt|parafrase|1.0
p:jij zit|jij-boodschap|0.74
p:jij zit|samenvatting|-0.83
p:jij zit|bekritiseren|0.57
p:jij zoekt|bekritiseren|-0.38
p:jij zoekt|etiketteren|-0.97
p:joep en|jij-boodschap|1.34
p:joep en|bekritiseren|1.77
p:joh dat|afleiden|-0.85
p:joh een|gevoelsreflectie|0.97
p:joh iedereen|open-vraag|-0.94
p:joh iedereen|afleiden|0.85
p:joh over|geruststellen|0.94
p:joh wat|jij-boodschap|-0.53
p:joh wat|bekritiseren|-0.62
p:joh wat|afleiden|0.98
p:jongen als|jij-boodschap|-0.98
p:jongen als|moraliseren|-0.9
p:jongen als|prijzen|0.98
p:jongen als|etiketteren|-0.98
p:jongens van|moraliseren|-0.99
p:jou ?|jij-boodschap|0.97
p:jou ?|samenvatting|-0.97
p:jou ?|bekritiseren|0.97
p:jou echt|gevoelsreflectie|1.79
p:jou en|vervolgafspraak|0.91
p:jou gebeurd|parafrase|-0.92
p:jou goed|open-vraag|-0.99
p:jou helpen|gevoelsreflectie|-0.96
p:jou helpen|etiketteren|-0.99
p:jou helpen|afleiden|-0.99
p:jou herhalen|open-vraag|0.99
p:jou komt|jij-boodschap|-1.0
p:jou komt|bekritiseren|-1.0
p:jou komt|interpreteren|1.0
p:jou thuis|ik-boodschap|0.99
p:jou wacht|bevelen|-0.91
p:jou was|ik-boodschap|-0.77
p:jou was|waarschuwen|-0.93
p:jouw plaats|adviseren|0.92
p:jouw verantwoordelijkheid|samenvatting|-0.97
p:julia drie|open-vraag|-0.92
p:julian wat|jij-boodschap|-0.73
p:jullie ?|open-vraag|0.99
p:jullie allebei|afronding-aankondigen|0.81
p:jullie bemoeien|jij-boodschap|1.0
p:jullie bemoeien|bevelen|1.0
p:jullie bemoeien|waarschuwen|-1.0
p:jullie bemoeien|bekritiseren|1.0
p:jullie beter|bekritiseren|-0.98
p:jullie de|ik-boodschap|0.97
p:jullie de|waarschuwen|-0.97
p:jullie denken|prijzen|0.83
p:jullie doen|waarschuwen|0.91
p:jullie grijpen|bekritiseren|0.87
p:jullie hebben|jij-boodschap|-0.87
p:jullie hebben|bevelen|-1.0
p:jullie hebben|etiketteren|-1.0
p:jullie hebben|afronding-aankondigen|-1.0
p:jullie hem|bevelen|-0.99
p:jullie het|prijzen|0.83
p:jullie hier|geruststellen|0.97
p:jullie is|jij-boodschap|-0.85
p:jullie is|bekritiseren|-0.92
p:jullie laten|jij-boodschap|1.0
p:jullie laten|gevoelsreflectie|-1.0
p:jullie laten|moraliseren|-1.0
p:jullie laten|adviseren|-0.9
p:jullie laten|bekritiseren|1.06
p:jullie laten|afleiden|-1.0
p:jullie letten|ik-boodschap|-0.92
p:jullie melden|ik-boodschap|-0.97
p:jullie moeten|jij-boodschap|-0.99
p:jullie moeten|bekritiseren|-0.66
p:jullie naar|interpreteren|0.99
p:jullie nemen|jij-boodschap|0.84
p:jullie pws|etiketteren|-0.72
p:jullie reageren|jij-boodschap|1.67
p:jullie reageren|bekritiseren|1.45
p:jullie te|ik-boodschap|-0.99
p:jullie vandaag|bedanken|0.99
p:jullie was|bekritiseren|0.87
p:jullie willen|parafrase|0.94
p:jullie zijn|argumenteren|-0.99
p:jullie zijn|bekritiseren|-1.91
p:jullie zijn|etiketteren|0.75
p:jullie zijn|geruststellen|-1.0
p:kader in|adviseren|-0.92
p:kalm worden|geruststellen|-0.99
p:kamer kunnen|geruststellen|-0.93
p:kamer leggen|ik-boodschap|0.98
p:kamer leggen|open-vraag|-0.98
p:kamer leggen|moraliseren|-0.98
p:kamp ?|afleiden|0.89
p:kamp het|ik-boodschap|-0.96
p:kamp het|samenvatting|0.96
p:kamp hè|gevoelsreflectie|0.94
p:kamp hè|open-vraag|-0.86
p:kampweek en|parafrase|-0.92
p:kampweek en|samenvatting|0.92
p:kan afronden|ik-boodschap|0.93
p:kan concentreren|ik-boodschap|0.93
p:kan dat|prijzen|0.94
p:kan dat|ondervragen|-0.94
p:kan dit|jij-boodschap|-0.89
p:kan dit|samenvatting|-1.0
p:kan dit|moraliseren|-0.9
p:kan dit|afronding-aankondigen|-1.0
p:kan echt|jij-boodschap|0.97
p:kan geven|ik-boodschap|0.99
p:kan geven|bekritiseren|-0.99
p:kan helpen|ik-boodschap|0.93
p:kan hem|waarschuwen|0.96
p:kan het|ik-boodschap|-0.98
p:kan het|jij-boodschap|0.97
p:kan het|open-vraag|0.92
p:kan het|prijzen|0.93
p:kan hij|open-vraag|-0.99
p:kan hij|waarschuwen|-1.0
p:kan hij|adviseren|0.82
p:kan hij|argumenteren|0.93
p:kan hij|vervolgafspraak|0.91
p:kan ik|parafrase|-0.95
p:kan ik|open-vraag|-0.1
p:kan ik|waarschuwen|-1.0
p:kan ik|moraliseren|-0.99
p:kan ik|adviseren|-1.0
p:kan ik|argumenteren|1.0
p:kan ik|prijzen|-0.71
p:kan ik|etiketteren|-1.0
p:kan ik|geruststellen|-1.0
p:kan ik|ondervragen|-0.99
p:kan ik|afleiden|-1.0
p:kan ik|vervolgafspraak|-0.98
p:kan leren|interpreteren|-0.98
p:kan me|ik-boodschap|-0.9
p:kan me|gevoelsreflectie|1.84
p:kan niet|jij-boodschap|-0.65
p:kan niet|argumenteren|0.97
p:kan schelen|parafrase|-0.8
p:kan schelen|gevoelsreflectie|-0.8
p:kan schelen|interpreteren|0.93
p:kan toch|jij-boodschap|-0.98
p:kan toch|prijzen|0.98
p:kan toch|etiketteren|-0.98
p:kan uw|ik-boodschap|0.68
p:kan uw|samenvatting|-0.83
p:kan ze|ik-boodschap|0.92
p:kan zijn|ik-boodschap|-0.82
p:kan zijn|vervolgafspraak|0.99
p:kans krijgt|samenvatting|0.9
p:kans om|ik-boodschap|0.98
p:kans om|bevelen|0.93
p:kantine zit|ik-boodschap|0.99
p:kapot van|open-vraag|-1.0
p:kast zetten|adviseren|1.0
p:keer afgaat|vervolgafspraak|-0.8
p:keer afgezegd|jij-boodschap|1.83
p:keer afgezegd|bekritiseren|0.94
p:keer bedankt|waarschuwen|-0.95
p:keer bij|ik-boodschap|-0.82
p:keer bij|vervolgafspraak|0.99
p:keer dan|jij-boodschap|-0.97
p:keer dat|waarschuwen|0.99
p:keer een|jij-boodschap|-0.94
p:keer een|prijzen|-0.97
p:keer een|vervolgafspraak|0.96
p:keer en|bevelen|-0.81
p:keer en|bekritiseren|-0.96
p:keer gemaild|adviseren|-0.96
p:keer heb|jij-boodschap|0.98
p:keer heb|bekritiseren|0.98
p:keer heeft|ik-boodschap|1.0
p:keer het|open-vraag|-0.92
p:keer huilend|ik-boodschap|-0.93
p:keer je|ik-boodschap|0.96
p:keer je|gevoelsreflectie|-0.6
p:keer je|open-vraag|0.98
p:keer je|argumenteren|-0.96
p:keer je|bekritiseren|-0.98
p:keer kort|samenvatting|0.79
p:keer niet|bekritiseren|0.98
p:keer ongeoorloofd|geruststellen|-0.99
p:keer ongeoorloofd|bedanken|-0.99
p:keer opstaat|bevelen|0.81
p:keer pakt|interpreteren|-0.99
p:keer schuift|jij-boodschap|-0.83
p:keer schuift|vervolgafspraak|0.97
p:keer spijbelen|waarschuwen|0.84
p:keer spijbelt|ik-boodschap|-0.98
p:keer te|jij-boodschap|-1.0
p:keer te|gevoelsreflectie|-1.0
p:keer te|samenvatting|-0.55
p:keer te|moraliseren|-1.0
p:keer te|argumenteren|1.0
p:keer te|bekritiseren|-1.0
p:keer te|afleiden|0.9
p:keer te|vervolgafspraak|-1.0
p:keer vecht|waarschuwen|1.0
p:keer vecht|argumenteren|-1.0
p:keer weer|waarschuwen|-0.91
p:keer zie|bevelen|0.41
p:keer zie|adviseren|-0.99
p:keer ziek|jij-boodschap|-0.9
p:kent hem|parafrase|-1.0
p:kerst vanzelf|bekritiseren|-0.81
p:kerst vanzelf|geruststellen|0.81
p:kerstdiner te|prijzen|0.92
p:kerstdiner te|vervolgafspraak|-0.82
p:kerstdiner te|bedanken|-0.92
p:keuken leggen|ik-boodschap|-0.92
p:keuken te|adviseren|0.99
p:keus is|jij-boodschap|-0.97
p:keus is|prijzen|0.97
p:keuzevak ?|open-vraag|-0.93
p:kijk als|argumenteren|0.66
p:kijk donderdag|adviseren|-0.93
p:kijk een|ik-boodschap|-1.0
p:kijk een|argumenteren|1.0
p:kijk een|etiketteren|-1.0
p:kijk een|afleiden|-1.0
p:kijk het|moraliseren|-0.96
p:kijk je|ik-boodschap|0.96
p:kijk je|argumenteren|-0.96
p:kijk jij|open-vraag|0.99
p:kijk me|ik-boodschap|-0.91
p:kijk me|bevelen|0.97
p:kijk met|jij-boodschap|-0.54
p:kijk met|bekritiseren|-0.9
p:kijk zonder|argumenteren|0.93
p:kijken hoe|afronding-aankondigen|-0.99
p:kijken we|parafrase|-0.91
p:kijken we|samenvatting|0.15
p:kijken we|open-vraag|-0.99
p:kijken we|vervolgafspraak|1.0
p:kijkt de|gevoelsreflectie|1.62
p:kijkt een|gevoelsreflectie|1.7
p:kijkt en|parafrase|0.99
p:kijkt en|gevoelsreflectie|0.99
p:kijkt er|gevoelsreflectie|0.95
p:kijkt toch|prijzen|-0.93
p:kijkt u|jij-boodschap|-0.97
p:kijkt u|samenvatting|-0.79
p:kijkt u|open-vraag|0.97
p:kijkt u|argumenteren|0.9
p:kijkt u|bekritiseren|-0.86
p:kijkt uw|parafrase|-0.99
p:kijkt uw|gevoelsreflectie|-0.99
p:kijkt uw|vervolgafspraak|-0.99
p:kijkt zondag|vervolgafspraak|0.94
p:kijkt zondag|bedanken|-0.54
p:kim twee|ik-boodschap|-0.93
p:kind kunnen|moraliseren|1.0
p:kind moet|moraliseren|0.9
p:kind op|adviseren|-0.96
p:kind te|ik-boodschap|-0.98
p:kind te|jij-boodschap|-0.94
p:kind te|moraliseren|0.98
p:kind te|bekritiseren|-0.94
p:kind thuis|gevoelsreflectie|0.97
p:kind uitgerust|moraliseren|0.98
p:kinderachtig tim|etiketteren|0.94
p:kinderen gaat|jij-boodschap|1.85
p:kinderen gaat|etiketteren|0.99
p:kinderen hebben|geruststellen|1.75
p:kinderen hebben|afleiden|-0.89
p:kinderen op|jij-boodschap|-0.99
p:kinderen slaap|bekritiseren|-0.99
p:kinderen slaap|afleiden|-0.99
p:kinderen van|ik-boodschap|-1.0
p:kinderen van|open-vraag|-1.0
p:kinderen van|moraliseren|1.0
p:kinderen van|afleiden|-0.7
p:klaar is|vervolgafspraak|-1.0
p:klaarstaat dus|prijzen|0.92
p:klaarstaat dus|vervolgafspraak|-0.82
p:klaarstaat dus|bedanken|-0.92
p:klap is|geruststellen|0.99
p:klas ?|samenvatting|-0.99
p:klas ?|ondervragen|-0.98
p:klas begonnen|open-vraag|-0.99
p:klas bram|jij-boodschap|1.0
p:klas bram|waarschuwen|1.0
p:klas dat|ik-boodschap|-0.76
p:klas dat|geruststellen|1.75
p:klas dat|afleiden|-0.89
p:klas dus|adviseren|-0.9
p:klas dus|prijzen|0.9
p:klas en|ik-boodschap|0.89
p:klas en|gevoelsreflectie|-0.85
p:klas en|open-vraag|-0.92
p:klas en|waarschuwen|-1.0
p:klas en|bekritiseren|-0.16
p:klas en|vervolgafspraak|-0.94
p:klas gaat|ik-boodschap|-1.0
p:klas gaat|bevelen|-1.0
p:klas gaat|bekritiseren|-1.0
p:klas gelijk|parafrase|0.93
p:klas gelijk|samenvatting|-0.83
p:klas gelijk|argumenteren|1.76
p:klas haalde|argumenteren|0.98
p:klas had|parafrase|-0.94
p:klas had|argumenteren|0.94
p:klas hè|bekritiseren|-1.84
p:klas hè|prijzen|-0.96
p:klas hè|etiketteren|0.96
p:klas is|samenvatting|0.98
p:klas is|bevelen|0.96
p:klas joep|jij-boodschap|1.34
p:klas joep|bekritiseren|1.77
p:klas krijgt|parafrase|0.94
p:klas krijgt|samenvatting|-0.75
p:klas laten|afronding-aankondigen|-0.89
p:klas maar|parafrase|0.98
p:klas mila|jij-boodschap|-0.81
p:klas mila|prijzen|0.96
p:klas mila|etiketteren|-0.96
p:klas om|open-vraag|0.98
p:klas roept|ik-boodschap|0.95
p:klas sorry|jij-boodschap|0.7
p:klas sorry|etiketteren|0.96
p:klas stilleggen|waarschuwen|-0.91
p:klas tijd|open-vraag|0.99
p:klas wisselt|parafrase|0.99
p:klasgenoot uitscheldt|ik-boodschap|1.62
p:klasgenoot uitscheldt|jij-boodschap|-0.95
p:klasgenoot uitscheldt|bekritiseren|-0.87
p:klasgenoten die|jij-boodschap|-1.8
p:klasgenoten die|moraliseren|0.91
p:klasgenoten die|bekritiseren|-0.91
p:klasgenoten praten|moraliseren|0.99
p:klassieke pushy|jij-boodschap|0.82
p:klassieke pushy|bevelen|-0.99
p:kleedkamer ?|open-vraag|-0.99
p:klein was|etiketteren|-0.91
p:kleren en|parafrase|0.97
p:kleren en|gevoelsreflectie|0.78
p:kleren en|samenvatting|-0.97
p:kleren en|open-vraag|-0.97
p:kleuter luuk|jij-boodschap|1.87
p:kleuter luuk|etiketteren|0.98
p:kleuterachtig gedoe|etiketteren|1.51
p:klinkt als|jij-boodschap|1.87
p:klinkt als|etiketteren|0.99
p:klinkt als|afleiden|-0.93
p:klinkt alsof|jij-boodschap|-0.9
p:klinkt alsof|gevoelsreflectie|2.49
p:klinkt alsof|samenvatting|-0.97
p:klinkt alsof|argumenteren|-0.98
p:klinkt alsof|bekritiseren|-0.85
p:klinkt heftig|gevoelsreflectie|1.0
p:klinkt machteloos|gevoelsreflectie|0.81
p:klinkt teleurgesteld|parafrase|-1.81
p:klopt dat|samenvatting|0.98
p:klopt gewoon|parafrase|-0.9
p:klopt gewoon|argumenteren|0.99
p:klopt met|parafrase|0.92
p:klopt met|gevoelsreflectie|0.92
p:klopt niet|ik-boodschap|-0.92
p:klopt niet|geruststellen|-0.92
p:kluis gaat|bevelen|-0.38
p:kluis gaat|prijzen|0.85
p:kluisjes staat|ik-boodschap|0.92
p:knap dat|bedanken|1.0
p:knap hoor|prijzen|0.94
p:knap hoor|ondervragen|-0.94
p:koffie of|open-vraag|-0.98
p:kom je|ik-boodschap|0.99
p:kom je|jij-boodschap|-0.54
p:kom je|bekritiseren|-0.9
p:kom je|geruststellen|-0.99
p:komen ?|etiketteren|-0.99
p:komen ?|afleiden|-0.99
p:komen de|parafrase|0.9
p:komen de|samenvatting|-0.64
p:komen er|bevelen|-0.99
p:komen steeds|samenvatting|1.0
p:komen tygo|jij-boodschap|-0.34
p:komen tygo|bekritiseren|-0.99
p:komen we|jij-boodschap|1.83
p:komen we|bekritiseren|0.94
p:komen we|vervolgafspraak|-0.91
p:komst ik|afronding-aankondigen|-0.97
p:komst ik|bedanken|0.99
p:komt ?|gevoelsreflectie|0.92
p:komt alleen|ik-boodschap|-0.98
p:komt alleen|jij-boodschap|1.77
p:komt alleen|waarschuwen|-0.86
p:komt alleen|bekritiseren|1.26
p:komt allemaal|open-vraag|-1.0
p:komt allemaal|bevelen|-0.85
p:komt allemaal|waarschuwen|-1.0
p:komt allemaal|bekritiseren|-0.97
p:komt allemaal|geruststellen|1.84
p:komt allemaal|bedanken|-1.0
p:komt altijd|bevelen|-0.91
p:komt ben|ik-boodschap|0.98
p:komt doordat|argumenteren|-0.9
p:komt echt|interpreteren|-1.0
p:komt echt|geruststellen|1.0
p:komt er|geruststellen|1.91
p:komt er|afleiden|-0.97
p:komt gewoon|jij-boodschap|-1.0
p:komt gewoon|bekritiseren|-1.0
p:komt gewoon|interpreteren|1.0
p:komt goed|open-vraag|0.88
p:komt goed|adviseren|0.92
p:komt goed|afleiden|-0.74
p:komt helemaal|jij-boodschap|-0.84
p:komt helemaal|bekritiseren|-0.98
p:komt het|samenvatting|-0.91
p:komt het|open-vraag|0.96
p:komt het|bekritiseren|0.98
p:komt het|prijzen|-0.93
p:komt heus|adviseren|-0.94
p:komt hij|jij-boodschap|-0.85
p:komt hij|bekritiseren|-0.85
p:komt je|jij-boodschap|0.87
p:komt je|bekritiseren|0.73
p:komt later|open-vraag|-0.96
p:komt later|afleiden|0.96
p:komt meld|waarschuwen|1.0
p:komt meld|vervolgafspraak|-1.0
p:komt mist|ik-boodschap|0.61
p:komt noah|ik-boodschap|0.93
p:komt opdagen|jij-boodschap|0.9
p:komt opdagen|adviseren|-0.9
p:komt opdagen|bekritiseren|1.73
p:komt u|jij-boodschap|1.0
p:komt u|ondervragen|-1.0
p:komt vanzelf|afleiden|-0.85
p:komt vast|interpreteren|1.0
p:komt vast|geruststellen|-0.9
p:komt volgende|vervolgafspraak|-0.94
p:komt voort|geruststellen|-0.94
p:komt wat|parafrase|-0.84
p:komt wel|adviseren|0.96
p:komt wel|geruststellen|0.96
p:komt wel|afleiden|-0.99
p:komt zo|bevelen|-1.45
p:komt zo|moraliseren|-0.94
p:kon ik|ik-boodschap|1.0
p:kon ik|waarschuwen|-1.0
p:kon ik|argumenteren|-1.0
p:kon ik|vervolgafspraak|-1.0
p:kon ik|bedanken|-1.0
p:kon komen|bedanken|-0.94
p:kon maken|gevoelsreflectie|-0.6
p:kon maken|open-vraag|0.98
p:kon maken|adviseren|0.91
p:kon maken|bekritiseren|-0.98
p:kon maken|vervolgafspraak|0.91
p:kon uploaden|ik-boodschap|-0.96
p:kon zijn|jij-boodschap|-0.91
p:konden komen|afronding-aankondigen|0.81
p:kopie voor|vervolgafspraak|-0.97
p:kort ayoub|samenvatting|0.79
p:kort in|ik-boodschap|-0.96
p:kort samengevat|interpreteren|-0.85
p:kortom het|ik-boodschap|-0.98
p:kortom het|jij-boodschap|-0.87
p:kortom het|samenvatting|1.89
p:kortom het|open-vraag|-0.92
p:kortom het|bevelen|-1.0
p:kortom het|adviseren|-0.99
p:kortom het|bekritiseren|-0.16
p:kortom het|bedanken|-0.98
p:kortom hij|gevoelsreflectie|-0.99
p:kortom hij|samenvatting|0.99
p:kortom hij|geruststellen|-0.94
p:kortom hij|vervolgafspraak|0.94
p:kortom hij|bedanken|-0.54
p:kortom jij|jij-boodschap|2.7
p:kortom jij|samenvatting|-1.79
p:kortom jij|bevelen|-0.91
p:kortom jij|bekritiseren|2.52
p:kortom meer|afronding-aankondigen|0.14
p:kortom meer|bedanken|0.97
p:kortom thuis|open-vraag|0.92
p:kortom we|samenvatting|1.0
p:kortom we|aanmoediging|-1.0
p:kortom we|afronding-aankondigen|1.0
p:kortom we|bedanken|0.54
p:kortom ze|open-vraag|-0.98
p:kost de|open-vraag|0.99
p:kreeg geen|gevoelsreflectie|0.82
p:krijg je|ik-boodschap|-0.98
p:krijg je|waarschuwen|1.0
p:krijg je|interpreteren|-1.0
p:krijgen van|interpreteren|0.98
p:krijgt bijles|bedanken|0.54
p:krijgt een|vervolgafspraak|0.94
p:krijgt een|bedanken|-0.54
p:krijgt en|vervolgafspraak|0.97
p:krijgt geen|argumenteren|0.93
p:krijgt in|bekritiseren|-0.99
p:krijgt ze|waarschuwen|0.94
p:krijgt ze|geruststellen|-0.87
p:kritiek erg|bekritiseren|-0.97
p:kritiek op|jij-boodschap|1.39
p:kritiek op|bekritiseren|1.87
p:kun je|argumenteren|0.66
p:kun je|prijzen|1.0
p:kun je|geruststellen|-0.96
p:kun je|ondervragen|-0.98
p:kun je|bedanken|-1.0
p:kunnen de|ik-boodschap|0.95
p:kunnen halen|prijzen|0.87
p:kunnen helpen|moraliseren|-1.0
p:kunnen leggen|geruststellen|-0.93
p:kunnen lezen|ik-boodschap|-0.93
p:kunnen lezen|parafrase|0.93
p:kunnen maken|argumenteren|0.98
p:kunnen maken|interpreteren|-0.98
p:kunnen nemen|gevoelsreflectie|-1.0
p:kunnen praten|gevoelsreflectie|0.79
p:kunnen straks|vervolgafspraak|-0.95
p:kunnen vertrouwen|moraliseren|1.0
p:kunnen voorkomen|bekritiseren|0.64
p:kunnen vragen|adviseren|0.9
p:kunnen we|ik-boodschap|0.91
p:kunnen we|samenvatting|-0.98
p:kunnen we|prijzen|-0.83
p:kunnen weten|parafrase|-0.75
p:kunt best|adviseren|-0.9
p:kunt best|prijzen|0.9
p:kunt beter|bevelen|-1.0
p:kunt beter|adviseren|1.0
p:kunt beter|prijzen|-1.0
p:kunt de|jij-boodschap|-0.8
p:kunt dit|prijzen|1.0
p:kunt doen|adviseren|0.95
p:kunt eens|geruststellen|0.91
p:kunt hem|adviseren|0.92
p:kunt inhalen|geruststellen|-0.91
p:kunt u|ik-boodschap|0.93
p:kunt u|adviseren|1.9
p:kunt u|prijzen|-0.88
p:kwaad maar|gevoelsreflectie|0.83
p:kwaad over|open-vraag|-0.99
p:kwalijk dat|jij-boodschap|0.99
p:kwalijk dat|gevoelsreflectie|-0.99
p:kwalijk dat|bekritiseren|0.99
p:kwam het|gevoelsreflectie|-1.73
p:kwam hij|jij-boodschap|-0.94
p:kwam vertellen|afronding-aankondigen|-0.97
p:kwart over|bevelen|0.91
p:kwart over|interpreteren|-0.89
p:kwijt en|jij-boodschap|-0.99
p:kwijt en|samenvatting|-0.99
p:kán wel|parafrase|-0.94
p:kán wel|argumenteren|0.94
p:laag maar|parafrase|0.93
p:laag maar|samenvatting|-0.83
p:laag maar|argumenteren|1.76
p:laat ?|jij-boodschap|-0.85
p:laat ?|bevelen|-0.95
p:laat ?|bekritiseren|-0.85
p:laat ?|ondervragen|0.97
p:laat ?|vervolgafspraak|-0.97
p:laat alles|jij-boodschap|0.89
p:laat alles|bekritiseren|0.94
p:laat ben|adviseren|-0.83
p:laat binnenkomt|open-vraag|0.99
p:laat daar|afleiden|0.9
p:laat dan|adviseren|-0.83
p:laat dat|parafrase|-0.98
p:laat en|samenvatting|-0.55
p:laat gereageerd|parafrase|0.95
p:laat haar|bevelen|-1.0
p:laat haar|adviseren|1.0
p:laat hem|jij-boodschap|-0.84
p:laat hem|bevelen|-1.38
p:laat hem|moraliseren|0.94
p:laat hem|adviseren|0.96
p:laat hem|geruststellen|0.96
p:laat het|jij-boodschap|1.0
p:laat het|bevelen|1.0
p:laat het|waarschuwen|-1.0
p:laat het|adviseren|-0.93
p:laat het|bekritiseren|1.0
p:laat hij|bekritiseren|0.96
p:laat iemand|moraliseren|0.91
p:laat ik|ik-boodschap|-0.93
p:laat ik|waarschuwen|1.84
p:laat in|argumenteren|-0.8
p:laat is|jij-boodschap|0.84
p:laat is|gevoelsreflectie|-0.99
p:laat is|samenvatting|0.62
p:laat je|jij-boodschap|0.98
p:laat je|bevelen|-0.98
p:laat je|bekritiseren|1.84
p:laat komt|waarschuwen|1.0
p:laat komt|interpreteren|-0.99
p:laat komt|vervolgafspraak|-1.0
p:laat kwam|jij-boodschap|-0.94
p:laat maar|bekritiseren|-0.88
p:laat me|bevelen|0.8
p:laat me|argumenteren|-0.98
p:laat me|prijzen|0.98
p:laat me|afleiden|-0.97
p:laat mij|bevelen|1.0
p:laat mij|bekritiseren|-0.91
p:laat naar|geruststellen|-0.9
p:laat op|jij-boodschap|1.0
p:laat op|bekritiseren|1.0
p:laat thuiskomt|bekritiseren|-0.95
p:laat u|jij-boodschap|-1.0
p:laat u|adviseren|1.0
p:laat u|bekritiseren|-1.0
p:laat u|ondervragen|0.91
p:laat u|vervolgafspraak|0.97
p:laat uw|jij-boodschap|0.91
p:laat uw|bekritiseren|0.91
p:laat uw|prijzen|-0.65
p:laat volgt|jij-boodschap|-1.0
p:laat volgt|gevoelsreflectie|-1.0
p:laat volgt|waarschuwen|-1.0
p:laat volgt|moraliseren|-1.0
p:laat volgt|argumenteren|1.0
p:laat volgt|bekritiseren|-1.0
p:laat was|parafrase|-0.82
p:laat was|open-vraag|-0.97
p:laat zien|open-vraag|-0.99
p:laatste drie|adviseren|0.91
p:laatste drie|vervolgafspraak|0.91
p:laatste keer|waarschuwen|0.99
p:laatste moment|jij-boodschap|-0.69
p:laatste moment|bekritiseren|-0.29
p:laatste moment|afleiden|-0.87
p:laatste opgave|interpreteren|-0.73
p:laatste tijd|ik-boodschap|-0.93
p:laatste uur|open-vraag|-0.92
p:laatste weken|adviseren|-0.89
p:laatste weken|vervolgafspraak|-0.96
p:lachen jullie|geruststellen|0.97
p:lag ?|ondervragen|0.93
p:lage cijfers|samenvatting|0.79
p:lang om|waarschuwen|1.0
p:lang om|vervolgafspraak|-1.0
p:lang over|geruststellen|-0.99
p:langst dat|moraliseren|0.95
p:lapt alle|jij-boodschap|0.88
p:lapt alle|samenvatting|-0.88
p:lapt alle|bekritiseren|0.34
p:laptop dichtklapt|ik-boodschap|0.98
p:laptop niet|ik-boodschap|0.87
p:laptop vergeet|open-vraag|-0.99
p:lars dat|afleiden|0.71
p:lars toch|prijzen|-0.96
p:last van|argumenteren|-0.99
p:last van|geruststellen|0.99
p:lastig gesprek|ik-boodschap|-0.99
p:lastig is|gevoelsreflectie|-0.78
p:lastig is|samenvatting|-1.0
p:lastig mee|gevoelsreflectie|1.62
p:lastige situatie|argumenteren|-0.9
p:lat zo|interpreteren|0.99
p:laten ?|vervolgafspraak|-0.92
p:laten dank|afronding-aankondigen|0.97
p:laten dank|bedanken|1.97
p:laten denk|interpreteren|0.98
p:laten en|afronding-aankondigen|0.92
p:laten gaan|adviseren|0.93
p:laten gamen|bevelen|-1.0
p:laten hem|jij-boodschap|1.0
p:laten hem|gevoelsreflectie|-1.0
p:laten hem|moraliseren|-1.0
p:laten hem|adviseren|-0.9
p:laten hem|bekritiseren|1.06
p:laten hem|afleiden|-1.0
p:laten ik|vervolgafspraak|0.81
p:laten liggen|prijzen|-1.0
p:laten liggen|afleiden|1.0
p:laten plannen|adviseren|0.92
p:laten rusten|afleiden|0.97
p:laten schieten|bekritiseren|-1.0
p:laten voor|afleiden|-0.93
p:laten voor|afronding-aankondigen|0.95
p:laten voor|bedanken|-0.93
p:laten wachten|ik-boodschap|0.83
p:laten wachten|afronding-aankondigen|-0.89
p:laten we|ik-boodschap|0.91
p:laten we|parafrase|-1.0
p:laten we|samenvatting|-0.97
p:laten we|prijzen|-1.0
p:laten we|interpreteren|-1.0
p:laten we|geruststellen|-0.99
p:laten we|afleiden|0.22
p:laten we|afronding-aankondigen|1.0
p:laten we|vervolgafspraak|0.14
p:laten we|bedanken|-1.93
p:laten weten|ondervragen|-0.98
p:laten zien|parafrase|-0.8
p:laten zien|gevoelsreflectie|-0.8
p:laten zien|interpreteren|0.93
p:laten zien|ondervragen|-1.0
p:laten zullen|argumenteren|-0.97
p:later mocht|jij-boodschap|-0.92
p:later wel|open-vraag|-0.96
p:later wel|afleiden|0.96
p:leeftijd allemaal|geruststellen|-0.84
p:leeftijd allemaal|afleiden|0.84
p:leeftijd horen|afleiden|-0.7
p:leeftijd zijn|moraliseren|-0.99
p:leek het|jij-boodschap|0.88
p:leek het|samenvatting|-0.88
p:leek het|bekritiseren|0.34
p:leerling die|jij-boodschap|1.72
p:leerling die|etiketteren|0.91
p:leerling heb|moraliseren|0.9
p:leerling heb|argumenteren|-0.65
p:leerling in|moraliseren|0.78
p:leerling jij|argumenteren|-0.98
p:leerling jij|prijzen|0.98
p:leerling met|moraliseren|-0.96
p:leerling mila|moraliseren|0.87
p:leerling om|jij-boodschap|-0.34
p:leerling om|bekritiseren|-0.99
p:leerlingen die|argumenteren|1.0
p:leerlingen hadden|adviseren|-0.95
p:leerlingen hebben|argumenteren|-0.99
p:leerlingen hebben|geruststellen|0.99
p:leerlingen met|argumenteren|0.86
p:leerlingen van|jij-boodschap|-0.81
p:leerlingen van|prijzen|0.96
p:leerlingen van|etiketteren|-0.96
p:leert en|ik-boodschap|0.96
p:leert en|vervolgafspraak|0.96
p:leert maar|ik-boodschap|0.88
p:leest ?|ik-boodschap|-0.98
p:leg die|bevelen|1.41
p:leg die|adviseren|-0.99
p:legt ze|interpreteren|0.99
p:lekker behulpzaam|bekritiseren|1.81
p:lekker bezig|jij-boodschap|-0.95
p:lekker in|waarschuwen|-0.85
p:leraar zei|adviseren|-0.99
p:leren dat|moraliseren|0.9
p:leren en|parafrase|0.9
p:leren en|samenvatting|-0.64
p:leren in|ik-boodschap|-0.92
p:leren in|adviseren|0.99
p:leren in|geruststellen|-0.93
p:leren je|bevelen|-0.9
p:leren klaar|argumenteren|-0.91
p:leren omdat|interpreteren|-0.98
p:leren precies|parafrase|0.9
p:leren precies|samenvatting|-0.64
p:leren voor|samenvatting|-1.0
p:leren voor|adviseren|-1.0
p:les en|jij-boodschap|0.95
p:les en|argumenteren|-0.94
p:les en|bekritiseren|0.86
p:les even|bevelen|0.89
p:les heen|jij-boodschap|-0.99
p:les heen|samenvatting|-0.99
p:les heen|open-vraag|-1.0
p:les heen|adviseren|-1.0
p:les heen|geruststellen|-1.0
p:les je|ik-boodschap|-0.95
p:les niet|open-vraag|0.92
p:les op|open-vraag|0.96
p:les op|bevelen|-0.91
p:les opnieuw|ik-boodschap|0.92
p:les steeds|ik-boodschap|-0.67
p:les steeds|jij-boodschap|-0.93
p:les steeds|open-vraag|0.99
p:les te|bekritiseren|0.91
p:les voor|jij-boodschap|1.0
p:les voor|waarschuwen|1.0
p:les voorbij|ik-boodschap|-0.97
p:les wegzakt|ik-boodschap|0.93
p:les wegzakt|adviseren|0.8
p:les zijn|parafrase|-0.93
p:lessen en|samenvatting|0.94
p:lessen geef|jij-boodschap|0.3
p:lessen geef|bekritiseren|0.92
p:lessen haar|jij-boodschap|-0.96
p:let gewoon|interpreteren|-0.99
p:let maar|jij-boodschap|-0.82
p:let maar|bekritiseren|-1.0
p:let maar|geruststellen|0.98
p:let nooit|jij-boodschap|0.95
p:let op|samenvatting|-0.55
p:let thuis|samenvatting|0.83
p:let thuis|bedanken|-0.77
p:letten gewoon|ik-boodschap|-0.92
p:letten goed|adviseren|-1.0
p:letten goed|geruststellen|1.0
p:leuke plannen|afleiden|0.97
p:leukere dingen|afleiden|0.93
p:leukste leerlingen|jij-boodschap|-0.81
p:leukste leerlingen|prijzen|0.96
p:leukste leerlingen|etiketteren|-0.96
p:lever dat|bevelen|1.77
p:lever je|interpreteren|-0.99
p:levert in|ik-boodschap|-0.97
p:levert in|argumenteren|0.97
p:lieg je|jij-boodschap|2.35
p:lieg je|bekritiseren|2.61
p:lieg je|ondervragen|-1.81
p:liegen niet|waarschuwen|-0.93
p:liegen niet|moraliseren|0.97
p:liegen niet|argumenteren|-0.97
p:lieke tijdens|ik-boodschap|0.98
p:lieke wat|parafrase|-0.97
p:liever dan|geruststellen|-0.7
p:liever niet|afleiden|0.89
p:lig ik|adviseren|-0.79
p:lig je|jij-boodschap|1.34
p:lig je|bekritiseren|1.77
p:liggen en|ik-boodschap|0.98
p:ligt echt|argumenteren|1.0
p:ligt echt|bekritiseren|-0.87
p:ligt hier|vervolgafspraak|-0.97
p:ligt maar|geruststellen|0.94
p:ligt wat|open-vraag|0.97
p:lijkt me|gevoelsreflectie|0.9
p:lijkt me|adviseren|-0.96
p:lisa mist|jij-boodschap|-0.96
p:logisch dat|moraliseren|-0.96
p:logisch dat|argumenteren|0.89
p:lokaal 14|vervolgafspraak|0.94
p:lokaal uitliep|ik-boodschap|0.97
p:loop je|ik-boodschap|0.96
p:loop je|samenvatting|-1.0
p:loop je|waarschuwen|-0.92
p:loop je|adviseren|-1.0
p:loop je|vervolgafspraak|0.96
p:loopt dus|parafrase|0.95
p:loopt haar|ik-boodschap|0.98
p:los te|interpreteren|0.98
p:lossen we|bevelen|-0.99
p:lossen we|moraliseren|-0.99
p:lotte haar|ik-boodschap|0.92
p:lotte jij|bekritiseren|-2.6
p:lotte jij|etiketteren|0.98
p:lotte nog|afleiden|0.97
p:lotte thuis|parafrase|1.0
p:lotte thuis|samenvatting|-0.7
p:lucas zijn|waarschuwen|0.99
p:lucas zijn|moraliseren|-0.84
p:lucas zijn|argumenteren|-0.99
p:lui bent|ik-boodschap|-0.91
p:lui bent|etiketteren|-0.83
p:lui bent|geruststellen|0.95
p:lui hij|interpreteren|0.6
p:lui is|jij-boodschap|0.97
p:lui is|etiketteren|0.97
p:lui maar|geruststellen|-0.84
p:lui om|bekritiseren|1.66
p:luie jongen|jij-boodschap|0.98
p:luie jongen|etiketteren|0.98
p:luiste leerling|jij-boodschap|1.72
p:luiste leerling|etiketteren|0.91
p:luister neemt|aanmoediging|1.0
p:luister nou|bekritiseren|-0.83
p:luisteren naar|bekritiseren|-0.86
p:luistert gewoon|moraliseren|-0.97
p:luistert niet|bekritiseren|0.86
p:luistert nooit|etiketteren|-0.99
p:lukt en|geruststellen|-0.9
p:lukt hem|geruststellen|-0.94
p:lukt het|samenvatting|-0.95
p:lukt thuis|parafrase|-0.99
p:lukt thuis|samenvatting|0.99
p:lukt wel|samenvatting|0.89
p:lukt wel|adviseren|-0.99
p:lunch hoe|open-vraag|0.99
p:luuk bij|ik-boodschap|-0.91
p:luuk zijn|vervolgafspraak|-0.88
p:maak ik|ik-boodschap|-0.97
p:maak ik|adviseren|-0.91
p:maak ik|argumenteren|0.97
p:maak ik|vervolgafspraak|-0.91
p:maak je|ik-boodschap|-0.98
p:maak je|bevelen|-0.27
p:maak je|waarschuwen|-1.0
p:maak je|adviseren|-0.58
p:maak je|geruststellen|1.79
p:maak je|bedanken|-1.0
p:maak me|moraliseren|-0.98
p:maak me|adviseren|0.8
p:maak me|geruststellen|-0.83
p:maakt ?|gevoelsreflectie|-0.99
p:maakt ?|samenvatting|0.99
p:maakt een|samenvatting|0.96
p:maakt een|prijzen|-0.96
p:maakt een|vervolgafspraak|0.96
p:maakt en|ik-boodschap|0.99
p:maakt het|jij-boodschap|0.97
p:maakt het|open-vraag|0.92
p:maakt het|bekritiseren|1.19
p:maakt het|afleiden|0.98
p:maakt je|parafrase|0.97
p:maakt je|gevoelsreflectie|0.78
p:maakt je|samenvatting|-0.97
p:maakt je|open-vraag|-0.97
p:maakt kan|moraliseren|-0.99
p:maakt maar|adviseren|0.97
p:maakt maar|bekritiseren|-0.71
p:maakt me|samenvatting|-0.98
p:maakt om|ik-boodschap|-0.61
p:maakt om|waarschuwen|-0.91
p:maakt om|interpreteren|0.9
p:maakt steeds|bekritiseren|-0.87
p:maakt u|gevoelsreflectie|0.99
p:maakt u|open-vraag|2.82
p:maakt u|bekritiseren|-0.81
p:maakt u|geruststellen|1.81
p:maakt u|afleiden|-0.97
p:maakt u|vervolgafspraak|-0.91
p:maakt waardoor|adviseren|0.91
p:maakt waardoor|vervolgafspraak|0.92
p:maakt wat|open-vraag|0.88
p:maakt zich|parafrase|-0.96
p:maakt zich|gevoelsreflectie|0.68
p:maakt zich|adviseren|-0.96
p:maakt zich|interpreteren|-0.88
p:maakt zich|geruststellen|-0.97
p:maand evalueren|vervolgafspraak|0.97
p:maand van|ik-boodschap|1.0
p:maand van|parafrase|-1.0
p:maand van|open-vraag|1.0
p:maand zitten|afronding-aankondigen|-0.99
p:maandag bellen|afronding-aankondigen|-0.95
p:maandag de|vervolgafspraak|0.81
p:maandag een|afronding-aankondigen|0.92
p:maandag het|ik-boodschap|0.96
p:maandag het|vervolgafspraak|1.9
p:maandag in|bevelen|1.77
p:maandag na|vervolgafspraak|0.99
p:maandag niet|ik-boodschap|0.98
p:maandag niet|vervolgafspraak|-0.98
p:maandag om|ik-boodschap|-0.98
p:maandag rond|bedanken|-0.79
p:maandag stuur|bedanken|0.76
p:maandag te|bevelen|-0.93
p:maandagochtend het|open-vraag|-0.98
p:maandje ben|geruststellen|0.94
p:maar ach|afleiden|0.97
p:maar beginnen|afleiden|-0.88
p:maar bij|afronding-aankondigen|0.95
p:maar dat|ik-boodschap|-0.96
p:maar dat|parafrase|0.92
p:maar dat|gevoelsreflectie|-0.88
p:maar dat|aanmoediging|-0.97
p:maar dat|geruststellen|0.92
p:maar de|ik-boodschap|0.88
p:maar de|adviseren|-0.99
p:maar de|argumenteren|3.68
p:maar door|parafrase|-0.67
p:maar door|gevoelsreflectie|-0.97
p:maar door|aanmoediging|0.99
p:maar een|gevoelsreflectie|0.65
p:maar een|geruststellen|-0.92
p:maar een|afleiden|-0.91
p:maar eerder|bekritiseren|0.88
p:maar engels|jij-boodschap|-0.99
p:maar even|samenvatting|-0.98
p:maar geen|adviseren|-0.58
p:maar geen|geruststellen|0.83
p:maar goed|open-vraag|-1.61
p:maar goed|bevelen|-0.74
p:maar goed|geruststellen|-0.93
p:maar goed|afleiden|1.79
p:maar half|ik-boodschap|0.99
p:maar half|gevoelsreflectie|-0.89
p:maar half|vervolgafspraak|-0.88
p:maar het|samenvatting|0.98
p:maar het|argumenteren|-0.94
p:maar hij|jij-boodschap|0.88
p:maar hij|samenvatting|-0.88
p:maar hij|bekritiseren|0.34
p:maar hij|geruststellen|-0.84
p:maar hoe|open-vraag|-1.73
p:maar hoe|aanmoediging|-0.97
p:maar hoe|afleiden|1.91
p:maar horen|bekritiseren|-0.88
p:maar ik|gevoelsreflectie|0.83
p:maar je|gevoelsreflectie|0.85
p:maar je|bevelen|0.91
p:maar je|argumenteren|-0.92
p:maar je|geruststellen|1.92
p:maar joh|gevoelsreflectie|0.97
p:maar maakt|open-vraag|0.88
p:maar misschien|gevoelsreflectie|1.78
p:maar misschien|adviseren|0.97
p:maar misschien|bekritiseren|-0.71
p:maar misschien|geruststellen|-0.96
p:maar naar|ik-boodschap|-0.98
p:maar naar|jij-boodschap|1.77
p:maar naar|waarschuwen|-0.86
p:maar naar|bekritiseren|1.26
p:maar niet|bevelen|-0.96
p:maar niet|argumenteren|-0.98
p:maar niet|bekritiseren|-0.81
p:maar niet|geruststellen|1.81
p:maar om|prijzen|-0.97
p:maar om|interpreteren|0.98
p:maar op|jij-boodschap|-0.62
p:maar op|gevoelsreflectie|-0.99
p:maar op|bekritiseren|-0.35
p:maar op|geruststellen|0.98
p:maar op|afleiden|-0.87
p:maar over|geruststellen|0.99
p:maar school|bekritiseren|-0.89
p:maar school|geruststellen|-0.99
p:maar school|afleiden|1.58
p:maar te|moraliseren|-0.78
p:maar te|interpreteren|-0.93
p:maar u|gevoelsreflectie|-0.78
p:maar u|samenvatting|-1.0
p:maar u|argumenteren|0.98
p:maar u|bekritiseren|0.75
p:maar verder|gevoelsreflectie|-0.98
p:maar volgens|parafrase|-0.8
p:maar volgens|gevoelsreflectie|-0.8
p:maar volgens|interpreteren|0.93
p:maar waarom|gevoelsreflectie|0.99
p:maar waarom|geruststellen|-0.99
p:maar waarom|ondervragen|0.99
p:maar wel|parafrase|0.98
p:maar ze|geruststellen|0.97
p:maar ze|afleiden|-0.97
p:maar zelf|jij-boodschap|1.39
p:maar zelf|bekritiseren|1.87
p:maar zijn|bevelen|-0.97
p:maart bespreken|samenvatting|0.96
p:maart bespreken|prijzen|-0.96
p:maart bespreken|vervolgafspraak|0.96
p:machteloos als|ik-boodschap|0.93
p:machteloos doen|parafrase|-0.98
p:machteloos hoe|gevoelsreflectie|0.81
p:machteloos voelen|gevoelsreflectie|0.97
p:machteloos voelt|gevoelsreflectie|1.0
p:mag ?|adviseren|0.62
p:mag hij|waarschuwen|0.99
p:mag hij|moraliseren|-0.84
p:mag hij|argumenteren|-0.99
p:mag ik|aanmoediging|-0.97
p:mag ik|adviseren|-0.99
p:mag ik|vervolgafspraak|0.99
p:mag je|moraliseren|0.78
p:mag je|argumenteren|0.99
p:mag op|gevoelsreflectie|0.94
p:mag op|open-vraag|-0.86
p:mag rustig|aanmoediging|0.92
p:magister dus|parafrase|-0.75
p:magister heeft|ik-boodschap|0.91
p:magister heeft|jij-boodschap|-0.13
p:magister stonden|argumenteren|-0.8
p:magister zien|jij-boodschap|-0.8
p:mail aan|bekritiseren|-0.63
p:mail aan|vervolgafspraak|-0.87
p:mail en|ik-boodschap|-0.98
p:mail gelezen|gevoelsreflectie|-0.78
p:mail gelezen|samenvatting|-1.0
p:mail gestuurd|jij-boodschap|0.97
p:mail gestuurd|bekritiseren|1.37
p:mail ik|samenvatting|0.83
p:mail ik|bedanken|-0.77
p:mail met|etiketteren|-0.99
p:mail met|bedanken|0.76
p:mail naar|bekritiseren|1.0
p:mail naar|geruststellen|-1.0
p:mail u|afronding-aankondigen|0.96
p:mail u|vervolgafspraak|0.81
p:mail u|bedanken|0.99
p:mail van|ondervragen|1.86
p:mails niet|prijzen|-0.98
p:mails onbeantwoord|gevoelsreflectie|0.87
p:mails sturen|bekritiseren|1.63
p:mails sturen|geruststellen|-0.94
p:maken ?|ik-boodschap|0.96
p:maken ?|vervolgafspraak|1.84
p:maken dat|jij-boodschap|0.98
p:maken dat|gevoelsreflectie|-0.6
p:maken dat|open-vraag|0.98
p:maken dat|adviseren|0.91
p:maken dat|argumenteren|-1.0
p:maken dat|bekritiseren|0.86
p:maken dat|vervolgafspraak|0.91
p:maken en|vervolgafspraak|0.91
p:maken hoe|afleiden|0.93
p:maken met|argumenteren|-0.97
p:maken op|interpreteren|0.98
p:maken we|afleiden|0.9
p:maken zo|afleiden|-0.7
p:makkelijk daarom|adviseren|0.82
p:makkelijk een|jij-boodschap|-0.98
p:makkelijk een|prijzen|1.86
p:makkelijk een|etiketteren|-0.98
p:makkelijk is|interpreteren|0.94
p:makkelijk zo|jij-boodschap|1.5
p:makkelijk zo|bekritiseren|1.81
p:man de|ik-boodschap|0.68
p:man de|samenvatting|-0.83
p:man ertegenaan|parafrase|-0.99
p:man ertegenaan|gevoelsreflectie|-0.99
p:man ertegenaan|vervolgafspraak|-0.99
p:manier om|adviseren|-0.74
p:marokko hoorde|jij-boodschap|-0.7
p:me aan|ik-boodschap|-0.91
p:me als|ik-boodschap|0.98
p:me bent|gevoelsreflectie|-0.97
p:me best|gevoelsreflectie|0.9
p:me bezorgd|samenvatting|-0.98
p:me dat|jij-boodschap|1.32
p:me dat|gevoelsreflectie|-0.94
p:me dat|bekritiseren|1.66
p:me dat|interpreteren|-0.99
p:me de|ik-boodschap|0.97
p:me echt|ik-boodschap|-0.95
p:me echt|geruststellen|-0.83
p:me een|open-vraag|0.99
p:me een|adviseren|-0.91
p:me een|vervolgafspraak|-0.91
p:me eerst|bevelen|0.93
p:me even|bevelen|0.24
p:me frustrerend|adviseren|-0.96
p:me geraakt|ik-boodschap|0.91
p:me geraakt|parafrase|-0.91
p:me hier|ik-boodschap|-0.93
p:me liggen|gevoelsreflectie|-0.95
p:me machteloos|ik-boodschap|0.93
p:me niet|ik-boodschap|0.96
p:me niet|argumenteren|-0.96
p:me nooit|bevelen|0.77
p:me nu|bevelen|0.77
p:me nu|afleiden|-0.97
p:me ongemakkelijk|ik-boodschap|0.99
p:me ongemakkelijk|bevelen|-0.99
p:me op|ik-boodschap|-0.94
p:me steeds|bevelen|0.77
p:me toch|argumenteren|-0.98
p:me toch|prijzen|0.98
p:me toe|ik-boodschap|0.95
p:me totaal|ik-boodschap|-0.97
p:me uit|ik-boodschap|0.92
p:me verantwoordelijk|jij-boodschap|-1.0
p:me voorstellen|gevoelsreflectie|1.84
p:me wat|ik-boodschap|0.92
p:me zorgen|ik-boodschap|1.91
p:me zorgen|open-vraag|-0.98
p:me zorgen|moraliseren|-0.98
p:me zorgen|adviseren|0.8
p:mede verantwoordelijk|jij-boodschap|1.76
p:mede verantwoordelijk|bekritiseren|1.76
p:mediatheek om|samenvatting|0.83
p:mee aan|bekritiseren|-0.72
p:mee akkoord|bevelen|-0.97
p:mee bezig|interpreteren|0.98
p:mee dan|prijzen|0.83
p:mee dat|open-vraag|-0.99
p:mee doet|jij-boodschap|0.98
p:mee doet|bekritiseren|0.98
p:mee donderdag|afronding-aankondigen|0.97
p:mee donderdag|vervolgafspraak|0.97
p:mee donderdag|bedanken|0.97
p:mee geholpen|jij-boodschap|-0.46
p:mee geholpen|bekritiseren|-0.46
p:mee hebt|bedanken|-0.97
p:mee heeft|gevoelsreflectie|1.62
p:mee hoe|gevoelsreflectie|0.92
p:mee laat|jij-boodschap|1.0
p:mee laat|bevelen|1.0
p:mee laat|waarschuwen|-1.0
p:mee laat|bekritiseren|1.0
p:mee mag|gevoelsreflectie|0.94
p:mee mag|open-vraag|-0.86
p:mee naar|bevelen|-0.96
p:mee om|gevoelsreflectie|0.81
p:mee op|ik-boodschap|0.91
p:mee op|bevelen|0.99
p:mee op|waarschuwen|0.99
p:mee op|moraliseren|0.1
p:mee op|argumenteren|-0.99
p:mee op|afleiden|-0.94
p:mee op|vervolgafspraak|-0.94
p:mee te|gevoelsreflectie|-0.6
p:mee te|open-vraag|0.98
p:mee te|bekritiseren|-0.98
p:mee wegkomt|bekritiseren|0.58
p:meedenkend dus|waarschuwen|-0.91
p:meedenkt dan|bevelen|-0.97
p:meedoen met|ik-boodschap|1.8
p:meegewerkt dus|jij-boodschap|-0.99
p:meegewerkt dus|parafrase|-0.99
p:meegewerkt dus|bekritiseren|-0.99
p:meegewerkt dus|prijzen|0.99
p:meekrijgen vind|moraliseren|0.92
p:meeneemt kan|open-vraag|0.92
p:meeneemt kan|ondervragen|-0.99
p:meer ?|gevoelsreflectie|-1.0
p:meer ?|open-vraag|-1.0
p:meer ?|ondervragen|1.0
p:meer aan|ik-boodschap|0.99
p:meer aan|geruststellen|-0.99
p:meer bij|samenvatting|-0.99
p:meer bij|open-vraag|0.99
p:meer contact|parafrase|-0.99
p:meer contact|samenvatting|0.99
p:meer dan|jij-boodschap|-1.0
p:meer dan|moraliseren|1.0
p:meer dat|jij-boodschap|-0.84
p:meer dat|bekritiseren|-0.98
p:meer informatie|interpreteren|-0.85
p:meer inlevert|ik-boodschap|-0.93
p:meer kan|ik-boodschap|0.93
p:meer loslaten|prijzen|0.72
p:meer naar|ik-boodschap|0.61
p:meer naar|samenvatting|0.92
p:meer of|adviseren|-0.79
p:meer op|gevoelsreflectie|-1.0
p:meer op|samenvatting|-0.79
p:meer op|argumenteren|0.9
p:meer over|interpreteren|0.93
p:meer structuur|afronding-aankondigen|0.14
p:meer structuur|bedanken|0.97
p:meer verantwoordelijkheid|open-vraag|-0.97
p:meer verantwoordelijkheid|adviseren|0.99
p:meer vertelt|gevoelsreflectie|0.97
p:meer verwachten|moraliseren|0.78
p:meer voor|prijzen|-0.71
p:meer zelf|adviseren|0.92
p:meest ongerust|open-vraag|0.97
p:meest zorgen|open-vraag|0.97
p:meest zorgen|afleiden|-0.97
p:meewerken aan|open-vraag|-0.99
p:meid dan|prijzen|1.0
p:meid dan|bedanken|-1.0
p:meid dus|geruststellen|-0.91
p:meid jij|jij-boodschap|-0.89
p:meid jij|samenvatting|-1.0
p:meid jij|afronding-aankondigen|-1.0
p:meisjes dan|ik-boodschap|-0.94
p:meisjes ook|moraliseren|0.94
p:meisjes ook|afleiden|-0.94
p:meisjes uit|vervolgafspraak|-0.94
p:meld ik|ik-boodschap|-0.99
p:meld je|waarschuwen|1.0
p:meld je|vervolgafspraak|-1.0
p:melden bij|waarschuwen|-0.13
p:melden dat|jij-boodschap|0.97
p:melden dat|bekritiseren|0.97
p:melding bij|jij-boodschap|-0.97
p:meldt je|samenvatting|-0.55
p:meldt u|ondervragen|-0.91
p:meneer bosman|geruststellen|0.98
p:meneer dat|jij-boodschap|0.47
p:meneer dat|bekritiseren|0.95
p:meneer de|samenvatting|-0.97
p:meneer de|bekritiseren|-0.98
p:meneer weet|etiketteren|0.98
p:mentor erbij|vervolgafspraak|0.99
p:mentor erbij|bedanken|-0.99
p:mentor hier|ik-boodschap|-1.0
p:mentor op|samenvatting|0.98
p:mentor op|bedanken|0.81
p:mentor van|vervolgafspraak|-0.94
p:mentorgroep tot|ik-boodschap|-0.96
p:mentorlessen ontevreden|gevoelsreflectie|-0.85
p:mentorlessen ontevreden|samenvatting|0.7
p:merk dat|parafrase|-0.99
p:merk dat|gevoelsreflectie|0.98
p:merk dat|samenvatting|-0.98
p:merk dat|geruststellen|-0.99
p:merk dat|bedanken|0.17
p:merk ik|ik-boodschap|0.95
p:merk ik|jij-boodschap|1.0
p:merk ik|gevoelsreflectie|-1.0
p:merk ik|moraliseren|-1.0
p:merk ik|bekritiseren|1.06
p:merk ik|afleiden|-1.0
p:merk je|argumenteren|-0.99
p:merk je|bekritiseren|-0.99
p:merk je|etiketteren|0.75
p:merk jij|parafrase|-0.97
p:merken dat|gevoelsreflectie|0.97
p:merken dat|bedanken|-0.97
p:merkt hanna|parafrase|0.99
p:merkt hanna|gevoelsreflectie|-0.99
p:merkt u|ik-boodschap|1.0
p:merkt u|parafrase|-1.0
p:merkt u|open-vraag|0.87
p:met al|parafrase|0.98
p:met andere|parafrase|0.98
p:met andere|samenvatting|-0.95
p:met andere|argumenteren|-0.92
p:met bram|vervolgafspraak|0.99
p:met daan|prijzen|-0.91
p:met dat|waarschuwen|0.92
p:met de|ik-boodschap|-0.87
p:met de|jij-boodschap|0.96
p:met de|parafrase|-0.14
p:met de|gevoelsreflectie|0.79
p:met de|samenvatting|-1.01
p:met de|waarschuwen|-1.9
p:met de|argumenteren|-0.97
p:met de|prijzen|-0.96
p:met de|afleiden|0.94
p:met de|afronding-aankondigen|-0.95
p:met de|vervolgafspraak|0.88
p:met deze|prijzen|1.0
p:met die|ik-boodschap|-0.99
p:met die|gevoelsreflectie|0.9
p:met die|argumenteren|-0.98
p:met die|bekritiseren|0.94
p:met die|prijzen|0.98
p:met die|etiketteren|-1.97
p:met die|interpreteren|0.99
p:met die|geruststellen|-0.98
p:met dit|geruststellen|0.99
p:met duwen|gevoelsreflectie|-0.9
p:met een|ik-boodschap|0.91
p:met een|jij-boodschap|-0.54
p:met een|parafrase|-0.91
p:met een|samenvatting|-1.0
p:met een|moraliseren|-1.0
p:met een|adviseren|1.0
p:met een|bekritiseren|-0.9
p:met een|afronding-aankondigen|0.92
p:met een|bedanken|0.76
p:met excuses|bekritiseren|-0.63
p:met excuses|vervolgafspraak|-0.87
p:met frans|ik-boodschap|-0.86
p:met frans|samenvatting|0.86
p:met gym|ik-boodschap|0.92
p:met haar|ik-boodschap|1.9
p:met haar|adviseren|-0.14
p:met haar|geruststellen|0.91
p:met hem|ik-boodschap|0.98
p:met hem|jij-boodschap|-0.79
p:met hem|samenvatting|0.98
p:met hem|adviseren|0.97
p:met hem|interpreteren|-1.0
p:met hem|ondervragen|-0.99
p:met hem|afleiden|-0.93
p:met hem|vervolgafspraak|-0.14
p:met hem|bedanken|0.27
p:met het|ondervragen|-0.99
p:met hockey|afleiden|0.93
p:met hoe|jij-boodschap|0.3
p:met hoe|bekritiseren|0.92
p:met je|ik-boodschap|-0.77
p:met je|samenvatting|1.82
p:met je|bevelen|0.99
p:met je|waarschuwen|-0.93
p:met je|bedanken|-0.99
p:met jou|vervolgafspraak|0.91
p:met lars|afleiden|0.71
p:met lieke|parafrase|-0.97
p:met mij|bevelen|-0.89
p:met mij|bekritiseren|-0.8
p:met noor|samenvatting|1.0
p:met plannen|geruststellen|-0.84
p:met respect|prijzen|-0.91
p:met respect|geruststellen|-0.85
p:met school|parafrase|-0.99
p:met school|samenvatting|0.99
p:met school|open-vraag|-0.97
p:met school|argumenteren|-0.97
p:met school|vervolgafspraak|-0.97
p:met schreeuwen|interpreteren|-1.0
p:met spullen|ik-boodschap|0.98
p:met sven|adviseren|0.92
p:met twee|gevoelsreflectie|-0.98
p:met twee|geruststellen|1.87
p:met u|open-vraag|0.92
p:met u|adviseren|-0.97
p:met u|prijzen|-0.91
p:met uw|prijzen|1.89
p:met vijf|argumenteren|0.99
p:met wat|ik-boodschap|-0.99
p:met wat|parafrase|0.92
p:met wat|gevoelsreflectie|0.92
p:met wat|interpreteren|0.99
p:met wie|jij-boodschap|-0.94
p:met wie|open-vraag|-0.97
p:met wie|bevelen|-0.95
p:met wie|prijzen|-0.87
p:met wie|ondervragen|0.99
p:met wie|afleiden|-0.99
p:met zijn|ik-boodschap|0.91
p:met zijn|gevoelsreflectie|-0.66
p:met zijn|open-vraag|-0.84
p:met zijn|argumenteren|0.86
p:met zijn|prijzen|-0.98
p:met zijn|geruststellen|-0.96
p:met zo'n|prijzen|0.93
p:met zoveel|moraliseren|-0.96
p:meteen de|bekritiseren|-1.84
p:meteen de|prijzen|-0.96
p:meteen de|etiketteren|0.96
p:meteen gemeld|bekritiseren|-0.78
p:meteen in|prijzen|0.93
p:meteen met|bekritiseren|0.97
p:meteen tegen|gevoelsreflectie|0.99
p:meteen tegen|geruststellen|-0.99
p:meteen tegen|ondervragen|0.99
p:methode voor|geruststellen|-0.97
p:mevrouw bakker|vervolgafspraak|0.91
p:mevrouw de|open-vraag|-0.98
p:mevrouw de|bevelen|0.94
p:mevrouw de|etiketteren|0.99
p:mevrouw ik|jij-boodschap|0.3
p:mevrouw ik|bekritiseren|0.92
p:mevrouw jansen|etiketteren|-0.99
p:mevrouw smit|bevelen|0.95
p:mevrouw smit|interpreteren|-0.99
p:mevrouw yilmaz|bekritiseren|-0.63
p:mevrouw yilmaz|vervolgafspraak|-0.87
p:middag bij|ik-boodschap|0.99
p:middag ruzie|parafrase|0.96
p:middelpunt staat|argumenteren|-0.94
p:middernacht gaat|parafrase|0.83
p:middernacht gamen|jij-boodschap|1.0
p:middernacht gamen|gevoelsreflectie|-1.0
p:middernacht gamen|bekritiseren|1.06
p:middernacht gamen|afleiden|-1.0
p:middernacht op|jij-boodschap|0.91
p:middernacht op|bekritiseren|0.91
p:middernacht op|prijzen|-0.65
p:mij als|ik-boodschap|-0.98
p:mij als|jij-boodschap|1.77
p:mij als|waarschuwen|-0.86
p:mij als|bekritiseren|1.26
p:mij betekent|ik-boodschap|-0.67
p:mij betekent|jij-boodschap|-0.93
p:mij deelt|bevelen|-0.89
p:mij doe|etiketteren|-0.99
p:mij even|bekritiseren|-0.91
p:mij gewoon|jij-boodschap|-0.74
p:mij gewoon|argumenteren|-0.93
p:mij gezegd|gevoelsreflectie|0.99
p:mij gezegd|geruststellen|-0.99
p:mij gezegd|ondervragen|0.99
p:mij goed|vervolgafspraak|-0.98
p:mij helemaal|interpreteren|0.87
p:mij in|ik-boodschap|-0.96
p:mij in|jij-boodschap|-0.97
p:mij in|vervolgafspraak|0.94
p:mij is|adviseren|0.82
p:mij is|interpreteren|-0.98
p:mij kwam|afronding-aankondigen|-1.0
p:mij legt|interpreteren|0.99
p:mij luisteren|bekritiseren|0.86
p:mij ooit|jij-boodschap|0.95
p:mij ooit|bekritiseren|0.95
p:mij speelt|argumenteren|-0.99
p:mij teleur|jij-boodschap|0.91
p:mij teleur|bekritiseren|0.81
p:mij terecht|waarschuwen|-1.0
p:mij uitpraten|bevelen|1.0
p:mij vanavond|etiketteren|-0.99
p:mij vóór|bevelen|1.31
p:mij weten|vervolgafspraak|0.97
p:mij wil|parafrase|-0.8
p:mij wil|gevoelsreflectie|-0.8
p:mij wil|interpreteren|0.93
p:mij wilde|bekritiseren|-0.8
p:mij zit|ik-boodschap|-0.99
p:mij zit|interpreteren|1.97
p:mijn advies|adviseren|0.84
p:mijn berichten|jij-boodschap|-0.94
p:mijn berichten|parafrase|-0.95
p:mijn berichten|bekritiseren|-0.94
p:mijn beste|argumenteren|-0.98
p:mijn beste|prijzen|0.98
p:mijn collega|ik-boodschap|-0.93
p:mijn collega|bevelen|-0.81
p:mijn collega|waarschuwen|0.93
p:mijn collega|vervolgafspraak|0.95
p:mijn eigen|samenvatting|0.9
p:mijn lessen|jij-boodschap|0.3
p:mijn lessen|bekritiseren|0.92
p:mijn mails|prijzen|-0.98
p:mijn mails|etiketteren|-1.0
p:mijn mails|afronding-aankondigen|-1.0
p:mijn tijd|adviseren|-0.99
p:mijn tip|adviseren|0.87
p:mijn verhaal|open-vraag|-1.0
p:mijn verhaal|bevelen|0.77
p:mijn verhaal|adviseren|-1.0
p:mijn verhaal|geruststellen|-1.0
p:mijn volgende|vervolgafspraak|-0.96
p:mijn volgende|bedanken|-0.96
p:mila ?|moraliseren|0.87
p:mila dus|jij-boodschap|-0.81
p:mila dus|prijzen|0.96
p:mila dus|etiketteren|-0.96
p:mila haar|open-vraag|0.92
p:milan de|ik-boodschap|0.91
p:milan de|jij-boodschap|-0.13
p:milan een|ik-boodschap|1.62
p:milan een|jij-boodschap|-0.95
p:milan een|bekritiseren|-0.87
p:milan pas|parafrase|0.83
p:minder daar|adviseren|-0.79
p:minste wat|moraliseren|0.95
p:minuten al|ik-boodschap|-0.91
p:minuten begint|vervolgafspraak|-0.96
p:minuten begint|bedanken|-0.96
p:minuten bezig|ik-boodschap|0.98
p:minuten te|open-vraag|0.99
p:mis door|samenvatting|0.89
p:mis door|adviseren|-0.99
p:mis in|parafrase|0.95
p:mis je|ik-boodschap|-0.76
p:misgaat wat|parafrase|0.77
p:misgaat wat|open-vraag|0.94
p:misschien helpt|adviseren|0.99
p:misschien is|adviseren|0.97
p:misschien is|argumenteren|-0.99
p:misschien is|bekritiseren|-0.71
p:misschien kan|adviseren|0.82
p:misschien kun|ik-boodschap|-0.92
p:misschien kun|geruststellen|-0.96
p:misschien kunt|ik-boodschap|0.93
p:misschien kunt|adviseren|2.66
p:misschien kunt|prijzen|-0.85
p:misschien kunt|interpreteren|0.94
p:misschien moet|ik-boodschap|0.98
p:misschien moet|gevoelsreflectie|0.33
p:misschien moet|open-vraag|-0.98
p:misschien moet|moraliseren|-0.98
p:misschien moet|adviseren|0.98
p:misschien moet|interpreteren|-0.94
p:misschien slim|afleiden|-0.98
p:misschien zou|gevoelsreflectie|0.79
p:mist het|ik-boodschap|0.61
p:mist je|ik-boodschap|-0.97
p:mist je|parafrase|-0.97
p:mist je|gevoelsreflectie|-0.97
p:mist je|samenvatting|0.97
p:mist je|open-vraag|0.97
p:mist je|moraliseren|-0.87
p:mist lessen|samenvatting|0.94
p:mist levert|ik-boodschap|-0.97
p:mist levert|argumenteren|0.97
p:mist thijs|ik-boodschap|0.98
p:mist veel|jij-boodschap|-0.96
p:mist vooral|open-vraag|-0.98
p:mist ze|waarschuwen|-0.9
p:mist zonder|argumenteren|0.93
p:mm ik|parafrase|-0.76
p:mm mm|aanmoediging|0.99
p:mo al|ik-boodschap|0.97
p:mo al|waarschuwen|-0.97
p:mobiel nog|interpreteren|-0.99
p:mocht beginnen|jij-boodschap|-0.92
p:moe bent|adviseren|0.9
p:moe hij|samenvatting|1.73
p:moe is|argumenteren|0.89
p:moe is|interpreteren|-0.94
p:moe is|vervolgafspraak|-0.95
p:moe van|ik-boodschap|0.91
p:moeder daar|moraliseren|0.94
p:moeder dan|prijzen|0.97
p:moeder dank|prijzen|-0.93
p:moeder die|jij-boodschap|2.56
p:moeder die|gevoelsreflectie|-0.97
p:moeder die|etiketteren|0.97
p:moeder dus|bevelen|-0.38
p:moeder dus|prijzen|0.85
p:moeder erbij|gevoelsreflectie|0.9
p:moeder heeft|jij-boodschap|0.89
p:moeder heeft|bekritiseren|0.94
p:moeder moest|parafrase|1.61
p:moeder moet|bekritiseren|-0.9
p:moeder u|jij-boodschap|-0.75
p:moeder u|etiketteren|-1.0
p:moeder van|jij-boodschap|-0.91
p:moeder zou|waarschuwen|-1.0
p:moeder zou|moraliseren|1.0
p:moeilijk 24|adviseren|-0.95
p:moeilijk gesprek|etiketteren|-0.98
p:moeilijk hij|gevoelsreflectie|0.82
p:moeilijk mee|gevoelsreflectie|0.92
p:moeilijk mee|bedanken|-0.97
p:moeilijk om|interpreteren|0.98
p:moeilijk thuis|parafrase|-0.94
p:moeilijk was|parafrase|-0.94
p:moeilijk was|argumenteren|1.92
p:moeite genomen|jij-boodschap|0.5
p:moeite heeft|ik-boodschap|-0.86
p:moeite heeft|samenvatting|0.86
p:moeite in|samenvatting|0.81
p:moeite in|aanmoediging|-0.92
p:moeite met|geruststellen|-0.84
p:moeite met|vervolgafspraak|-0.95
p:moest horen|parafrase|1.61
p:moest ik|jij-boodschap|-0.69
p:moest ik|bekritiseren|-0.29
p:moest ik|afleiden|-0.87
p:moet beginnen|ik-boodschap|-0.67
p:moet beginnen|jij-boodschap|-0.93
p:moet binnen|argumenteren|-0.95
p:moet blijven|geruststellen|0.91
p:moet daardoor|ik-boodschap|0.92
p:moet daardoor|etiketteren|-0.72
p:moet die|prijzen|-1.0
p:moet een|gevoelsreflectie|0.97
p:moet er|vervolgafspraak|-0.97
p:moet gewoon|bevelen|1.34
p:moet gewoon|argumenteren|-0.91
p:moet gewoon|geruststellen|0.96
p:moet heel|ik-boodschap|-0.98
p:moet heel|gevoelsreflectie|0.97
p:moet hem|bevelen|2.0
p:moet hem|argumenteren|-1.0
p:moet herkansen|ik-boodschap|-0.92
p:moet herkansen|geruststellen|-0.92
p:moet het|waarschuwen|0.84
p:moet het|afronding-aankondigen|0.99
p:moet het|vervolgafspraak|-0.99
p:moet hier|vervolgafspraak|-0.96
p:moet hier|bedanken|-0.96
p:moet hij|prijzen|0.87
p:moet ik|ik-boodschap|-0.14
p:moet ik|open-vraag|0.99
p:moet ik|bevelen|-1.0
p:moet ik|afronding-aankondigen|-0.89
p:moet je|ik-boodschap|0.98
p:moet je|gevoelsreflectie|0.99
p:moet je|open-vraag|-0.98
p:moet je|bevelen|-0.82
p:moet leren|bevelen|-0.9
p:moet leren|moraliseren|0.9
p:moet morgen|bevelen|-0.94
p:moet nu|bekritiseren|0.86
p:moet nu|geruststellen|-0.99
p:moet toch|argumenteren|0.98
p:moet u|parafrase|-0.98
p:moet u|gevoelsreflectie|-0.66
p:moet u|bekritiseren|-0.9
p:moet u|interpreteren|-0.94
p:moet vertalen|ik-boodschap|0.99
p:moet vertalen|bevelen|-0.99
p:moet voor|gevoelsreflectie|1.79
p:moet ze|ik-boodschap|1.0
p:moet ze|bekritiseren|-0.98
p:moet zijn|gevoelsreflectie|-0.99
p:moet zijn|moraliseren|1.0
p:moet zorgen|bevelen|0.9
p:moeten bellen|bekritiseren|-2.96
p:moeten dit|afronding-aankondigen|0.99
p:moeten dit|vervolgafspraak|-0.99
p:moeten doen|jij-boodschap|0.8
p:moeten doen|moraliseren|-0.94
p:moeten doen|bekritiseren|0.85
p:moeten geven|moraliseren|1.0
p:moeten geven|adviseren|-0.86
p:moeten hem|jij-boodschap|-0.99
p:moeten hem|bekritiseren|-0.66
p:moeten laten|afronding-aankondigen|0.95
p:moeten melden|ik-boodschap|0.97
p:moeten melden|waarschuwen|-0.97
p:moeten opletten|bekritiseren|-0.98
p:moeten stoppen|samenvatting|-0.99
p:moeten stoppen|moraliseren|-0.98
p:moeten stoppen|vervolgafspraak|-0.99
p:moeten sturen|jij-boodschap|0.8
p:moeten sturen|moraliseren|-0.94
p:moeten sturen|bekritiseren|0.85
p:moeten weten|waarschuwen|-1.0
p:moeten weten|moraliseren|1.95
p:moeten weten|bekritiseren|0.96
p:mogen vragen|moraliseren|0.95
p:mohammed in|bekritiseren|-0.92
p:mohammed is|jij-boodschap|1.68
p:mohammed is|bekritiseren|1.73
p:moment afhaakte|jij-boodschap|-0.69
p:moment afhaakte|bekritiseren|-0.29
p:moment afhaakte|afleiden|-0.87
p:moment voor|prijzen|-0.85
p:mooi vandaag|samenvatting|-1.0
p:mooi vandaag|afleiden|1.0
p:mooi vandaag|afronding-aankondigen|-1.0
p:mopperende opa|etiketteren|0.72
p:morgen de|afronding-aankondigen|0.96
p:morgen de|bedanken|0.93
p:morgen een|jij-boodschap|-1.0
p:morgen een|bekritiseren|-1.0
p:morgen even|afronding-aankondigen|-0.92
p:morgen gewoon|jij-boodschap|-0.84
p:morgen het|samenvatting|-0.99
p:morgen met|vervolgafspraak|0.83
p:morgen na|samenvatting|-0.82
p:morgen na|vervolgafspraak|1.0
p:morgen om|bevelen|0.99
p:morgen om|vervolgafspraak|0.95
p:morgen thuis|bevelen|0.9
p:morgen thuis|interpreteren|-0.9
p:morgen thuis|vervolgafspraak|-0.9
p:morgen weer|jij-boodschap|1.0
p:morgen weer|bevelen|-0.9
p:morgen weer|waarschuwen|1.0
p:morgen wil|bevelen|0.91
p:morgen wil|interpreteren|-0.89
p:morgen zelf|bevelen|0.96
p:morgen zelf|vervolgafspraak|-0.96
p:morgen ziek|bevelen|0.98
p:motivatie en|parafrase|-0.99
p:motivatie en|afronding-aankondigen|-0.99
p:muur wordt|ik-boodschap|0.91
p:muziek zachter|bekritiseren|-0.84
p:na de|ik-boodschap|-1.0
p:na de|samenvatting|0.92
p:na de|open-vraag|-0.98
p:na de|bevelen|0.89
p:na de|bekritiseren|-0.81
p:na de|geruststellen|0.81
p:na de|vervolgafspraak|0.99
p:na drie|jij-boodschap|-1.0
p:na drie|gevoelsreflectie|-1.0
p:na drie|waarschuwen|-1.0
p:na drie|moraliseren|-1.0
p:na drie|argumenteren|1.0
p:na drie|bekritiseren|-1.0
p:na het|samenvatting|-0.96
p:na het|open-vraag|-0.99
p:na het|afronding-aankondigen|-0.97
p:na het|vervolgafspraak|0.99
p:na het|bedanken|-0.98
p:na middernacht|parafrase|0.83
p:na school|samenvatting|-0.82
p:na school|vervolgafspraak|1.0
p:na tien|ik-boodschap|-0.91
p:naar bed|jij-boodschap|0.8
p:naar bed|adviseren|-0.83
p:naar bed|bekritiseren|0.85
p:naar bed|geruststellen|-0.9
p:naar buiten|ik-boodschap|-0.93
p:naar buiten|open-vraag|0.99
p:naar buiten|waarschuwen|1.84
p:naar dat|gevoelsreflectie|0.99
p:naar de|ik-boodschap|1.53
p:naar de|jij-boodschap|-0.12
p:naar de|parafrase|-0.91
p:naar de|gevoelsreflectie|0.64
p:naar de|bevelen|-0.31
p:naar de|adviseren|1.62
p:naar de|bekritiseren|0.33
p:naar de|etiketteren|-0.97
p:naar de|interpreteren|0.99
p:naar de|vervolgafspraak|-0.99
p:naar een|ik-boodschap|1.0
p:naar een|jij-boodschap|-0.65
p:naar een|open-vraag|1.0
p:naar een|moraliseren|-0.9
p:naar een|adviseren|0.93
p:naar een|argumenteren|0.97
p:naar haar|geruststellen|0.93
p:naar het|afleiden|-0.85
p:naar huis|ik-boodschap|-0.98
p:naar je|moraliseren|0.95
p:naar je|argumenteren|-0.67
p:naar me|ik-boodschap|0.95
p:naar me|bekritiseren|-0.83
p:naar mevrouw|bevelen|0.95
p:naar mij|ik-boodschap|-0.98
p:naar mij|jij-boodschap|1.77
p:naar mij|waarschuwen|-0.86
p:naar mij|bekritiseren|1.26
p:naar sara|parafrase|0.99
p:naar sara|gevoelsreflectie|0.99
p:naar school|jij-boodschap|-0.84
p:naar school|moraliseren|-0.92
p:naar u|gevoelsreflectie|-0.79
p:naar u|interpreteren|-0.9
p:naar uw|gevoelsreflectie|-0.95
p:naar voor|parafrase|-0.92
p:naar want|ik-boodschap|1.0
p:naar want|waarschuwen|-1.0
p:naar want|interpreteren|-1.0
p:naar zijn|jij-boodschap|-0.79
p:naar zijn|adviseren|-0.93
p:naast bram|ik-boodschap|0.99
p:naast bram|geruststellen|-0.99
p:naast noor|jij-boodschap|-0.99
p:naast noor|bekritiseren|-0.99
p:naast rik|ik-boodschap|0.95
p:naast vier|ik-boodschap|1.0
p:nachts ?|ondervragen|0.88
p:nachts nog|bekritiseren|0.86
p:nachts nog|ondervragen|-0.86
p:nadenken hoor|aanmoediging|0.92
p:nadenken over|bevelen|-0.73
p:namelijk prachtig|afleiden|0.97
p:namens de|ik-boodschap|-1.0
p:natuurkunde kom|jij-boodschap|-0.54
p:natuurkunde kom|bekritiseren|-0.9
p:natuurlijk gewoon|adviseren|-0.74
p:natuurlijk het|parafrase|-1.0
p:natuurlijk meteen|prijzen|0.93
p:natuurlijk wel|interpreteren|-0.98
p:nauwelijks heeft|bekritiseren|1.84
p:nauwelijks nog|ik-boodschap|0.95
p:nederland gaan|moraliseren|0.94
p:nederland gaan|afleiden|-0.94
p:nederlands een|argumenteren|-0.96
p:nederlands gaat|samenvatting|0.81
p:nederlands gaat|aanmoediging|-0.92
p:nederlands kan|argumenteren|0.93
p:nee dat|argumenteren|0.86
p:nee hoor|aanmoediging|-0.88
p:nee hoor|adviseren|-0.95
p:nee hoor|argumenteren|0.99
p:neem gerust|gevoelsreflectie|0.97
p:neem gerust|open-vraag|-0.98
p:neem gerust|aanmoediging|0.98
p:neem ik|bevelen|0.41
p:neem ik|adviseren|-0.99
p:neem ik|vervolgafspraak|-0.8
p:neem je|bevelen|-0.94
p:neem rustig|ik-boodschap|-0.57
p:neem rustig|samenvatting|-0.84
p:neem u|gevoelsreflectie|-0.85
p:neem u|samenvatting|0.7
p:neem voor|adviseren|0.84
p:neemt het|waarschuwen|-0.99
p:neemt het|bekritiseren|-0.95
p:neemt u|gevoelsreflectie|-1.0
p:neemt u|aanmoediging|1.0
p:neemt uw|moraliseren|-0.93
p:neer dat|samenvatting|-0.91
p:negen bij|bevelen|0.99
p:negen doorgeven|prijzen|-1.0
p:negen ik|bedanken|0.54
p:negen uur|adviseren|0.99
p:nemen ?|gevoelsreflectie|-0.6
p:nemen ?|open-vraag|0.98
p:nemen ?|adviseren|1.0
p:nemen ?|bekritiseren|-0.98
p:nemen de|jij-boodschap|0.84
p:nemen zo|bevelen|-0.9
p:nergens bang|adviseren|-1.0
p:nergens bang|geruststellen|1.0
p:nergens iets|samenvatting|-0.91
p:nergens iets|etiketteren|-0.96
p:nergens op|jij-boodschap|-0.97
p:nergens op|argumenteren|0.96
p:nergens op|geruststellen|-0.96
p:nergens schuld|jij-boodschap|0.97
p:nergens schuld|samenvatting|-0.97
p:nergens schuld|bekritiseren|0.97
p:net een|jij-boodschap|1.87
p:net een|etiketteren|0.98
p:net terug|jij-boodschap|-0.7
p:netjes ingeleverd|jij-boodschap|-0.94
p:netjes ingeleverd|bekritiseren|-0.94
p:netjes om|moraliseren|0.97
p:netjes om|argumenteren|-0.88
p:niemand anders|waarschuwen|-0.99
p:niemand gezegd|bekritiseren|0.99
p:niemand hier|parafrase|0.99
p:niemand hier|gevoelsreflectie|0.99
p:niemand iets|gevoelsreflectie|1.84
p:niemand ingegrepen|ondervragen|0.95
p:niemand ingegrepen|afleiden|-0.84
p:niemand ingreep|parafrase|0.92
p:niemand ingreep|gevoelsreflectie|-0.88
p:niemand je|ik-boodschap|0.93
p:niemand naar|gevoelsreflectie|-0.79
p:niemand naar|interpreteren|-0.9
p:niemand u|gevoelsreflectie|2.72
p:niemand van|ik-boodschap|-1.0
p:niemand van|jij-boodschap|-1.0
p:niemand van|parafrase|1.0
p:niemand van|gevoelsreflectie|-1.0
p:niemand van|samenvatting|-1.0
p:niemand van|open-vraag|-1.0
p:niemand van|aanmoediging|-1.0
p:niemand van|bevelen|-1.0
p:niemand van|waarschuwen|-1.0
p:niemand van|moraliseren|-1.0
p:niemand van|adviseren|-1.0
p:niemand van|argumenteren|-1.0
p:niemand van|bekritiseren|-1.0
p:niemand van|prijzen|-1.0
p:niemand van|etiketteren|-1.0
p:niemand van|interpreteren|-1.0
p:niemand van|geruststellen|-1.0
p:niemand van|ondervragen|-1.0
p:niemand van|afleiden|-1.0
p:niemand van|afronding-aankondigen|-1.0
p:niemand van|vervolgafspraak|-1.0
p:niemand van|bedanken|-1.0
p:niemand zegt|etiketteren|-0.83
p:niemand zegt|geruststellen|1.76
p:niet ?|geruststellen|-0.9
p:niet ?|ondervragen|0.92
p:niet aan|jij-boodschap|-0.97
p:niet aan|gevoelsreflectie|0.65
p:niet aan|open-vraag|0.97
p:niet aan|bekritiseren|-0.86
p:niet aan|geruststellen|-0.92
p:niet aan|ondervragen|-0.91
p:niet af|ik-boodschap|-0.91
p:niet af|bekritiseren|-0.87
p:niet af|geruststellen|-0.82
p:niet afgerond|moraliseren|-0.9
p:niet afmaken|open-vraag|-1.0
p:niet afmaken|adviseren|-1.0
p:niet afmaken|argumenteren|-1.0
p:niet afmaken|geruststellen|-1.0
p:niet afmaken|vervolgafspraak|-1.0
p:niet afmaken|bedanken|-1.0
p:niet alleen|moraliseren|0.91
p:niet alleen|argumenteren|1.0
p:niet alleen|bekritiseren|-0.87
p:niet alleen|geruststellen|-0.94
p:niet anders|prijzen|0.93
p:niet andersom|jij-boodschap|1.68
p:niet andersom|bekritiseren|1.73
p:niet beantwoord|prijzen|-0.98
p:niet belangrijk|bevelen|-0.43
p:niet belangrijk|argumenteren|-0.99
p:niet belangrijk|afleiden|0.99
p:niet bereiken|open-vraag|0.96
p:niet bij|ik-boodschap|-0.91
p:niet bij|waarschuwen|-0.98
p:niet bij|vervolgafspraak|0.91
p:niet bijwerkt|ik-boodschap|0.98
p:niet bijwerkt|vervolgafspraak|-0.98
p:niet boos|jij-boodschap|-0.96
p:niet boos|geruststellen|0.91
p:niet dat|ik-boodschap|-1.91
p:niet dat|jij-boodschap|-0.65
p:niet dat|bevelen|-0.96
p:niet dat|argumenteren|1.63
p:niet dat|etiketteren|-0.67
p:niet dat|geruststellen|0.77
p:niet de|geruststellen|1.85
p:niet de|afleiden|-0.94
p:niet die|samenvatting|-0.97
p:niet druk|bevelen|-0.27
p:niet druk|waarschuwen|-1.0
p:niet druk|bekritiseren|-0.81
p:niet druk|geruststellen|2.77
p:niet druk|bedanken|-1.0
p:niet eens|jij-boodschap|-0.84
p:niet eens|adviseren|0.97
p:niet eens|bekritiseren|-0.98
p:niet eens|ondervragen|-0.99
p:niet eens|vervolgafspraak|-0.99
p:niet eerder|gevoelsreflectie|-1.0
p:niet eerder|open-vraag|-1.0
p:niet eerder|prijzen|-0.87
p:niet eerder|ondervragen|1.99
p:niet eerder|afleiden|-0.99
p:niet eerlijk|argumenteren|0.16
p:niet elke|ondervragen|-0.96
p:niet en|ik-boodschap|0.96
p:niet en|parafrase|-0.99
p:niet en|samenvatting|1.83
p:niet en|argumenteren|-0.96
p:niet erg|prijzen|0.92
p:niet erg|geruststellen|1.0
p:niet erg|vervolgafspraak|-0.82
p:niet erg|bedanken|-0.92
p:niet gebeld|bekritiseren|0.78
p:niet gebeuren|geruststellen|1.83
p:niet gehad|ik-boodschap|0.96
p:niet gehad|argumenteren|-0.96
p:niet gehoord|gevoelsreflectie|1.0
p:niet gekomen|parafrase|0.96
p:niet gemaakt|jij-boodschap|0.97
p:niet gemaakt|bekritiseren|0.97
p:niet gemaakt|ondervragen|0.96
p:niet gemotiveerd|jij-boodschap|0.47
p:niet gemotiveerd|bekritiseren|0.95
p:niet gepast|bekritiseren|1.63
p:niet gepast|geruststellen|-0.94
p:niet gewoon|jij-boodschap|-0.2
p:niet gewoon|moraliseren|-0.94
p:niet gewoon|adviseren|1.62
p:niet gewoon|bekritiseren|-0.15
p:niet gezien|parafrase|-0.99
p:niet goed|parafrase|-0.84
p:niet goed|open-vraag|-0.99
p:niet goed|moraliseren|-0.99
p:niet goed|afronding-aankondigen|0.96
p:niet had|gevoelsreflectie|-0.81
p:niet hebben|afleiden|0.89
p:niet hebt|parafrase|1.0
p:niet helpen|open-vraag|0.92
p:niet het|afleiden|0.97
p:niet hij|waarschuwen|-0.93
p:niet hij|argumenteren|0.99
p:niet hoe|parafrase|0.9
p:niet hoe|gevoelsreflectie|-0.99
p:niet hoe|vervolgafspraak|-0.91
p:niet hoort|moraliseren|0.97
p:niet hoort|argumenteren|-0.97
p:niet in|open-vraag|-0.8
p:niet in|prijzen|0.98
p:niet ingelicht|ondervragen|0.94
p:niet inlevert|ik-boodschap|1.0
p:niet inlevert|waarschuwen|0.93
p:niet inlevert|moraliseren|-0.84
p:niet inlevert|argumenteren|-0.99
p:niet kan|ik-boodschap|0.93
p:niet kan|bevelen|1.0
p:niet kan|argumenteren|-1.0
p:niet kan|etiketteren|-0.99
p:niet kan|interpreteren|-0.98
p:niet klaar|bevelen|0.94
p:niet klopt|parafrase|0.92
p:niet klopt|gevoelsreflectie|0.92
p:niet kon|ik-boodschap|-0.96
p:niet kon|gevoelsreflectie|-0.6
p:niet kon|open-vraag|0.98
p:niet kon|adviseren|0.91
p:niet kon|bekritiseren|-0.98
p:niet kon|vervolgafspraak|0.91
p:niet kunnen|ik-boodschap|-0.93
p:niet kunnen|parafrase|0.93
p:niet laten|parafrase|-0.8
p:niet laten|gevoelsreflectie|-0.8
p:niet laten|interpreteren|0.93
p:niet leert|ik-boodschap|0.96
p:niet leert|vervolgafspraak|0.96
p:niet lekker|ik-boodschap|0.96
p:niet lekker|waarschuwen|-0.85
p:niet lekker|argumenteren|-0.96
p:niet lopen|geruststellen|0.95
p:niet lui|interpreteren|0.6
p:niet lui|geruststellen|-0.84
p:niet maakt|ik-boodschap|-0.99
p:niet maakt|moraliseren|-0.99
p:niet maakt|vervolgafspraak|1.8
p:niet maakte|interpreteren|-0.73
p:niet mag|gevoelsreflectie|-0.91
p:niet maken|vervolgafspraak|0.91
p:niet mee|gevoelsreflectie|0.94
p:niet mee|open-vraag|-0.86
p:niet mee|waarschuwen|0.99
p:niet mee|moraliseren|-0.84
p:niet mee|argumenteren|-0.99
p:niet meedoen|ik-boodschap|1.8
p:niet meeneemt|open-vraag|0.92
p:niet meeneemt|ondervragen|-0.99
p:niet meer|ik-boodschap|1.59
p:niet meer|jij-boodschap|-1.0
p:niet meer|gevoelsreflectie|-1.0
p:niet meer|samenvatting|-0.86
p:niet meer|open-vraag|0.99
p:niet meer|moraliseren|1.0
p:niet meer|argumenteren|0.9
p:niet meer|geruststellen|-0.99
p:niet meewerken|open-vraag|-0.99
p:niet met|ik-boodschap|0.98
p:niet met|vervolgafspraak|-0.98
p:niet meteen|gevoelsreflectie|0.99
p:niet meteen|bekritiseren|-0.78
p:niet meteen|geruststellen|-0.99
p:niet meteen|ondervragen|0.99
p:niet naar|adviseren|-1.0
p:niet naar|argumenteren|-0.67
p:niet naar|ondervragen|1.0
p:niet nagekomen|bekritiseren|0.98
p:niet nakijken|ondervragen|-0.99
p:niet netjes|moraliseren|0.97
p:niet netjes|argumenteren|-0.88
p:niet nodig|bekritiseren|1.0
p:niet normaal|bekritiseren|-0.95
p:niet oefent|moraliseren|-0.91
p:niet oefent|argumenteren|1.57
p:niet oefent|afleiden|-0.91
p:niet om|parafrase|0.92
p:niet om|gevoelsreflectie|-0.88
p:niet op|ik-boodschap|-0.92
p:niet op|interpreteren|-0.99
p:niet ophoudt|waarschuwen|1.0
p:niet ophoudt|interpreteren|-1.0
p:niet oplaadt|ik-boodschap|0.87
p:niet over|jij-boodschap|-0.54
p:niet over|gevoelsreflectie|0.81
p:niet over|samenvatting|-1.0
p:niet over|argumenteren|0.93
p:niet over|bekritiseren|-0.9
p:niet over|interpreteren|0.87
p:niet over|geruststellen|0.72
p:niet over|afronding-aankondigen|-1.0
p:niet pakt|parafrase|-0.93
p:niet piekeren|afleiden|-0.99
p:niet precies|bevelen|-1.0
p:niet rondmaken|parafrase|-0.95
p:niet serieus|jij-boodschap|0.84
p:niet serieus|gevoelsreflectie|0.87
p:niet slim|argumenteren|-0.88
p:niet slim|etiketteren|-0.63
p:niet snapt|ik-boodschap|-0.61
p:niet snapt|interpreteren|0.9
p:niet snel|waarschuwen|0.99
p:niet star|jij-boodschap|-0.74
p:niet star|interpreteren|-0.58
p:niet stellen|ik-boodschap|0.95
p:niet stopt|ik-boodschap|-0.97
p:niet te|ik-boodschap|-0.96
p:niet te|samenvatting|0.96
p:niet te|adviseren|-0.95
p:niet te|geruststellen|-0.99
p:niet te|afleiden|0.93
p:niet tegen|parafrase|0.98
p:niet toegeven|interpreteren|0.9
p:niet u|bekritiseren|0.86
p:niet van|parafrase|0.8
p:niet verantwoord|argumenteren|0.99
p:niet verder|ik-boodschap|1.0
p:niet verder|samenvatting|-0.98
p:niet verder|bevelen|-0.99
p:niet verder|waarschuwen|-1.0
p:niet verder|vervolgafspraak|-0.91
p:niet volgen|ik-boodschap|0.68
p:niet volgen|samenvatting|-0.83
p:niet voor|argumenteren|0.98
p:niet wakker|adviseren|-0.79
p:niet wakker|afleiden|-0.62
p:niet want|ik-boodschap|-0.92
p:niet want|geruststellen|-0.92
p:niet wat|parafrase|-0.9
p:niet wat|gevoelsreflectie|-0.99
p:niet wat|samenvatting|0.99
p:niet weet|jij-boodschap|0.97
p:niet weet|prijzen|-0.98
p:niet wegstopt|ik-boodschap|-0.91
p:niet wegstopt|waarschuwen|0.91
p:niet zeggen|aanmoediging|-0.97
p:niet ziek|bekritiseren|-0.94
p:niet zien|ik-boodschap|1.0
p:niet zien|waarschuwen|-1.0
p:niet zo|ik-boodschap|-0.99
p:niet zo|jij-boodschap|-2.22
p:niet zo|bevelen|0.74
p:niet zo|moraliseren|-0.99
p:niet zo|prijzen|-0.97
p:niet zo|etiketteren|2.71
p:niet zo|interpreteren|-0.88
p:niet zo|geruststellen|1.19
p:niet zo|ondervragen|-1.0
p:niet zo|afleiden|0.61
p:niet zomaar|moraliseren|0.95
p:niet zomaar|argumenteren|-0.67
p:niets aan|bekritiseren|0.77
p:niets aan|geruststellen|-0.93
p:niets afspreken|ik-boodschap|0.91
p:niets doet|parafrase|0.84
p:niets hoort|bekritiseren|-1.69
p:niets liever|geruststellen|-0.7
p:niets meer|gevoelsreflectie|0.97
p:niets meer|prijzen|-0.71
p:niets om|geruststellen|0.98
p:niets te|bekritiseren|-0.99
p:niets terughoor|parafrase|-0.95
p:niets van|bekritiseren|0.99
p:niets van|ondervragen|0.96
p:niets verandert|bekritiseren|-0.97
p:niets verkeerd|parafrase|-1.0
p:niets verkeerd|geruststellen|2.65
p:niets verteld|parafrase|1.0
p:niets verteld|samenvatting|-0.7
p:nieuw gesprek|samenvatting|-0.98
p:nieuw gesprek|vervolgafspraak|0.99
p:nieuw tijdstip|afronding-aankondigen|0.92
p:nieuwe afspraak|argumenteren|-0.97
p:nieuwe datum|bedanken|0.76
p:nieuwe gebouw|afleiden|1.0
p:nieuwe huis|open-vraag|-1.73
p:nieuwe huis|aanmoediging|-0.97
p:nieuwe huis|afleiden|0.97
p:nieuwe klas|samenvatting|-0.99
p:nieuwe methode|geruststellen|-0.97
p:nieuwe stof|ik-boodschap|0.96
p:nieuwe stof|argumenteren|-0.96
p:nieuwe telefoon|bekritiseren|-0.97
p:nieuwsbrief van|argumenteren|0.93
p:niks ?|jij-boodschap|1.39
p:niks ?|bekritiseren|1.87
p:niks aan|ik-boodschap|-1.0
p:niks aan|jij-boodschap|0.95
p:niks aan|argumenteren|1.0
p:niks aan|etiketteren|-2.0
p:niks aan|geruststellen|1.0
p:niks aan|afleiden|-1.0
p:niks bijzonders|argumenteren|-0.97
p:niks bijzonders|bekritiseren|-0.97
p:niks ik|jij-boodschap|-0.44
p:niks kan|parafrase|-0.8
p:niks kan|gevoelsreflectie|-0.8
p:niks kan|interpreteren|0.93
p:niks mee|ik-boodschap|0.91
p:niks mee|jij-boodschap|0.98
p:niks mee|bekritiseren|0.98
p:niks voor|gevoelsreflectie|0.97
p:niks voor|afleiden|0.91
p:nina de|ik-boodschap|0.88
p:noah al|vervolgafspraak|0.89
p:noah de|adviseren|0.91
p:noah de|vervolgafspraak|0.91
p:noah zonder|ik-boodschap|0.93
p:nodig ?|gevoelsreflectie|0.98
p:nodig ?|open-vraag|0.81
p:nodig hebben|bekritiseren|-0.99
p:nodig hebben|afleiden|-0.99
p:nodig hebt|ik-boodschap|-0.98
p:nodig hebt|jij-boodschap|1.77
p:nodig hebt|open-vraag|-0.99
p:nodig hebt|waarschuwen|-0.86
p:nodig hebt|bekritiseren|1.26
p:nodig heeft|waarschuwen|-1.0
p:nodig heeft|prijzen|0.93
p:nodig is|moraliseren|-1.0
p:nodig is|prijzen|-1.0
p:nodig om|bekritiseren|1.0
p:nog aan|ik-boodschap|0.95
p:nog aan|samenvatting|0.65
p:nog bespreken|open-vraag|0.99
p:nog een|jij-boodschap|-0.97
p:nog een|samenvatting|0.79
p:nog een|bevelen|0.41
p:nog een|waarschuwen|0.89
p:nog een|adviseren|-0.99
p:nog een|argumenteren|-1.0
p:nog een|etiketteren|-0.99
p:nog een|interpreteren|-0.99
p:nog een|vervolgafspraak|-0.8
p:nog eens|bevelen|-0.96
p:nog eens|moraliseren|-0.1
p:nog eens|prijzen|-1.0
p:nog eens|etiketteren|-1.0
p:nog eens|interpreteren|-0.91
p:nog even|ik-boodschap|-0.87
p:nog even|adviseren|-0.99
p:nog even|prijzen|0.97
p:nog even|afleiden|-1.78
p:nog geen|ik-boodschap|0.1
p:nog geen|bekritiseren|-0.99
p:nog hulp|open-vraag|-0.99
p:nog leuke|afleiden|0.97
p:nog mee|interpreteren|0.98
p:nog meer|gevoelsreflectie|-1.0
p:nog meer|open-vraag|-1.0
p:nog meer|ondervragen|1.0
p:nog niet|ik-boodschap|0.93
p:nog niet|samenvatting|0.83
p:nog niet|bevelen|0.94
p:nog niet|geruststellen|-0.94
p:nog op|open-vraag|0.71
p:nog op|afleiden|0.72
p:nog steeds|jij-boodschap|0.14
p:nog steeds|gevoelsreflectie|0.99
p:nog steeds|open-vraag|-0.99
p:nog sturen|bekritiseren|-0.63
p:nog sturen|vervolgafspraak|-0.87
p:nog wel|prijzen|0.94
p:nog wel|ondervragen|-0.94
p:nog zit|bekritiseren|0.86
p:nog zit|ondervragen|-0.86
p:nog zo|ondervragen|0.91
p:nog zo'n|samenvatting|-0.94
p:nog zo'n|waarschuwen|0.94
p:nog één|ik-boodschap|-0.98
p:nog één|samenvatting|-0.55
p:nog één|waarschuwen|1.0
p:nog één|bekritiseren|-0.96
p:nog één|vervolgafspraak|-1.0
p:nogal onverschillig|bekritiseren|0.95
p:nogal van|open-vraag|-0.99
p:nooit aan|bevelen|-0.92
p:nooit als|jij-boodschap|-2.48
p:nooit als|moraliseren|-1.0
p:nooit als|bekritiseren|-1.64
p:nooit als|prijzen|-1.0
p:nooit als|etiketteren|-0.99
p:nooit als|ondervragen|0.98
p:nooit bereikbaar|bekritiseren|0.31
p:nooit bereikbaar|etiketteren|-0.96
p:nooit de|jij-boodschap|0.5
p:nooit gebeurd|bekritiseren|0.99
p:nooit gereageerd|etiketteren|-1.0
p:nooit gereageerd|afronding-aankondigen|-1.0
p:nooit haar|afleiden|-0.97
p:nooit iets|jij-boodschap|-0.44
p:nooit iets|waarschuwen|0.91
p:nooit in|bekritiseren|0.87
p:nooit laten|ondervragen|-0.98
p:nooit na|jij-boodschap|0.87
p:nooit na|bekritiseren|0.73
p:nooit op|ik-boodschap|-0.89
p:nooit op|jij-boodschap|0.95
p:nooit te|parafrase|-0.98
p:nooit uitpraten|bevelen|0.77
p:nooit wat|jij-boodschap|0.95
p:nooit wat|bevelen|0.95
p:nooit wat|bekritiseren|0.95
p:nooit zijn|jij-boodschap|-0.9
p:nooit zijn|waarschuwen|-0.9
p:nooit zijn|bekritiseren|-0.9
p:noor dat|parafrase|-1.0
p:noor dat|interpreteren|-1.0
p:noor dat|afleiden|-1.0
p:noor dat|afronding-aankondigen|1.0
p:noor en|samenvatting|1.0
p:noor in|jij-boodschap|-0.99
p:noor in|bekritiseren|-0.99
p:noor niet|gevoelsreflectie|-1.0
p:nooti op|jij-boodschap|1.67
p:nooti op|bekritiseren|1.45
p:normaal dat|jij-boodschap|-1.0
p:normaal dat|bevelen|-0.74
p:normaal dat|moraliseren|1.0
p:normaal dat|bekritiseren|-0.95
p:normaal dat|geruststellen|-0.93
p:normaal dat|afleiden|0.93
p:normering is|parafrase|0.93
p:normering is|samenvatting|-0.83
p:normering is|argumenteren|1.76
p:nou als|open-vraag|-0.99
p:nou als|adviseren|1.88
p:nou eenmaal|jij-boodschap|2.42
p:nou eenmaal|gevoelsreflectie|0.65
p:nou eenmaal|moraliseren|0.91
p:nou eenmaal|argumenteren|-1.49
p:nou eenmaal|bekritiseren|-0.99
p:nou eenmaal|etiketteren|1.06
p:nou eenmaal|geruststellen|-0.92
p:nou eenmaal|afleiden|-0.63
p:nou eens|bekritiseren|-0.83
p:nou fijn|bekritiseren|1.91
p:nou fijn|bedanken|-1.79
p:nou heel|bekritiseren|1.8
p:nou heel|bedanken|-1.8
p:nou ik|bekritiseren|-0.92
p:nou ja|samenvatting|-0.98
p:nou ja|bekritiseren|-0.93
p:nou ja|etiketteren|-0.98
p:nou jij|jij-boodschap|1.85
p:nou jij|etiketteren|0.99
p:nou kijk|ik-boodschap|0.96
p:nou kijk|argumenteren|-0.96
p:nou lekker|jij-boodschap|-0.95
p:nou lekker|bekritiseren|1.81
p:nou maar|geruststellen|0.99
p:nou mevrouw|etiketteren|0.99
p:nou niet|jij-boodschap|-2.22
p:nou nou|etiketteren|0.99
p:nou wat|samenvatting|0.83
p:nu ?|bevelen|-0.98
p:nu ?|prijzen|-0.87
p:nu ?|ondervragen|0.99
p:nu ?|afleiden|-0.99
p:nu aan|jij-boodschap|1.0
p:nu aan|bevelen|1.0
p:nu aan|waarschuwen|-1.0
p:nu aan|bekritiseren|1.0
p:nu afsluiten|bevelen|-0.99
p:nu al|ik-boodschap|-0.76
p:nu besproken|ik-boodschap|-0.86
p:nu besproken|samenvatting|0.86
p:nu besproken|open-vraag|-0.84
p:nu door|open-vraag|0.98
p:nu door|aanmoediging|-0.98
p:nu echt|geruststellen|-0.99
p:nu echt|afronding-aankondigen|0.99
p:nu echt|vervolgafspraak|-1.95
p:nu echt|bedanken|-0.96
p:nu een|vervolgafspraak|-0.97
p:nu een|bedanken|-1.0
p:nu eenmaal|moraliseren|0.15
p:nu eenmaal|argumenteren|0.25
p:nu eenmaal|interpreteren|-0.99
p:nu eenmaal|geruststellen|-0.74
p:nu eenmaal|afleiden|1.62
p:nu eerst|bevelen|0.91
p:nu eerst|geruststellen|-0.91
p:nu even|aanmoediging|-0.75
p:nu even|bevelen|0.64
p:nu even|argumenteren|-0.99
p:nu geen|afronding-aankondigen|-0.93
p:nu gehad|jij-boodschap|-0.95
p:nu gehad|samenvatting|0.95
p:nu gehad|open-vraag|0.93
p:nu gehad|bekritiseren|-0.95
p:nu graag|vervolgafspraak|-0.98
p:nu ineens|ik-boodschap|-0.98
p:nu inzetten|prijzen|0.93
p:nu is|waarschuwen|-1.0
p:nu is|adviseren|-1.0
p:nu is|afleiden|-1.0
p:nu je|ik-boodschap|0.61
p:nu mee|gevoelsreflectie|0.81
p:nu mee|bevelen|0.99
p:nu mee|afronding-aankondigen|0.97
p:nu mee|vervolgafspraak|0.97
p:nu mee|bedanken|0.97
p:nu met|ik-boodschap|0.97
p:nu met|afleiden|-0.93
p:nu meteen|moraliseren|-1.0
p:nu moet|ik-boodschap|1.0
p:nu naar|bevelen|-0.82
p:nu naar|bekritiseren|0.86
p:nu niet|samenvatting|-1.0
p:nu niet|waarschuwen|1.0
p:nu niet|interpreteren|-1.0
p:nu niet|afleiden|1.0
p:nu niet|afronding-aankondigen|-1.0
p:nu over|open-vraag|-0.92
p:nu pas|ik-boodschap|-0.94
p:nu pas|ondervragen|0.98
p:nu rustig|bevelen|0.98
p:nu stoppen|vervolgafspraak|1.82
p:nu stoppen|bedanken|-0.99
p:nu toe|samenvatting|0.65
p:nu tussen|samenvatting|-0.62
p:nu twee|open-vraag|-0.92
p:nu vast|jij-boodschap|-0.99
p:nu vast|parafrase|-0.99
p:nu vast|bekritiseren|-0.99
p:nu vast|prijzen|0.99
p:nu weer|jij-boodschap|-1.0
p:nu weer|bevelen|1.0
p:nu weer|waarschuwen|1.0
p:nu weer|bekritiseren|-1.0
p:nu weer|geruststellen|-1.0
p:nu weet|open-vraag|-0.99
p:nu zitten|jij-boodschap|0.95
p:nu zitten|bevelen|1.76
p:nu zitten|bekritiseren|0.95
p:och dat|afleiden|1.68
p:och een|afleiden|0.9
p:ochtend te|ik-boodschap|0.98
p:ochtend te|open-vraag|-0.98
p:ochtend te|moraliseren|-0.98
p:ochtends in|ondervragen|0.93
p:oefenen haalt|waarschuwen|-0.97
p:oefeningen niet|gevoelsreflectie|-0.6
p:oefeningen niet|open-vraag|0.98
p:oefeningen niet|bekritiseren|-0.98
p:oefent haalt|moraliseren|-0.91
p:oefent haalt|argumenteren|0.91
p:oefent haalt|afleiden|-0.91
p:oefent kun|argumenteren|0.66
p:oefentoets hebt|open-vraag|-0.99
p:of ik|parafrase|0.94
p:of ik|samenvatting|-0.75
p:of ik|waarschuwen|0.83
p:of je|ik-boodschap|0.97
p:of je|adviseren|0.62
p:of minder|adviseren|-0.79
p:of thee|open-vraag|-0.98
p:of ze|ik-boodschap|-0.82
p:of ze|jij-boodschap|-0.92
p:of ze|vervolgafspraak|0.99
p:ogen heeft|parafrase|0.95
p:ogen te|bevelen|0.99
p:oke ik|afronding-aankondigen|0.95
p:oké ?|open-vraag|-0.99
p:oké ?|aanmoediging|-0.99
p:oké ik|bekritiseren|-0.93
p:om ?|gevoelsreflectie|0.81
p:om aandacht|interpreteren|0.98
p:om acht|samenvatting|-0.55
p:om acht|waarschuwen|1.0
p:om acht|vervolgafspraak|-1.0
p:om af|afronding-aankondigen|0.96
p:om bent|parafrase|-0.72
p:om dat|parafrase|0.8
p:om dat|bekritiseren|-0.81
p:om dat|geruststellen|0.81
p:om de|parafrase|-0.99
p:om de|samenvatting|1.3
p:om de|open-vraag|1.06
p:om de|moraliseren|-0.97
p:om de|bekritiseren|-0.16
p:om de|afleiden|-0.98
p:om de|afronding-aankondigen|-0.99
p:om de|vervolgafspraak|-0.97
p:om dit|jij-boodschap|-0.9
p:om dit|gevoelsreflectie|0.9
p:om een|geruststellen|-0.72
p:om elf|ondervragen|0.93
p:om elke|adviseren|1.0
p:om haar|ik-boodschap|0.97
p:om haar|parafrase|-0.96
p:om haar|waarschuwen|-0.91
p:om haar|bekritiseren|-0.71
p:om haar|interpreteren|-0.88
p:om half|ik-boodschap|-0.98
p:om half|afronding-aankondigen|0.97
p:om half|vervolgafspraak|0.97
p:om half|bedanken|0.16
p:om hem|gevoelsreflectie|-0.6
p:om hem|open-vraag|0.98
p:om hem|moraliseren|0.93
p:om hem|bekritiseren|-0.98
p:om hem|interpreteren|0.98
p:om het|ik-boodschap|-0.98
p:om het|jij-boodschap|-0.87
p:om het|open-vraag|-1.94
p:om het|bevelen|0.93
p:om het|moraliseren|-1.94
p:om het|geruststellen|-1.0
p:om het|vervolgafspraak|-0.98
p:om het|bedanken|-0.98
p:om hoe|samenvatting|1.0
p:om hoe|bevelen|-1.0
p:om je|ik-boodschap|-1.93
p:om je|jij-boodschap|1.85
p:om je|parafrase|0.97
p:om je|gevoelsreflectie|0.78
p:om je|samenvatting|-0.95
p:om je|open-vraag|-0.97
p:om je|bevelen|-1.0
p:om je|moraliseren|0.98
p:om je|etiketteren|0.99
p:om je|interpreteren|-0.99
p:om je|geruststellen|0.16
p:om kwart|bevelen|0.91
p:om kwart|interpreteren|-0.89
p:om met|samenvatting|-0.99
p:om negen|adviseren|0.99
p:om onder|adviseren|-0.74
p:om ook|prijzen|0.92
p:om ook|vervolgafspraak|-0.82
p:om ook|bedanken|-0.92
p:om op|jij-boodschap|-0.34
p:om samen|argumenteren|-0.99
p:om school|bekritiseren|0.95
p:om stoer|prijzen|-0.97
p:om stoer|interpreteren|0.99
p:om tafel|afronding-aankondigen|-0.99
p:om tafel|vervolgafspraak|1.0
p:om tafel|bedanken|0.54
p:om te|ik-boodschap|2.24
p:om te|jij-boodschap|-1.36
p:om te|samenvatting|0.85
p:om te|moraliseren|-0.93
p:om te|interpreteren|1.8
p:om te|afronding-aankondigen|-0.99
p:om te|vervolgafspraak|2.84
p:om te|bedanken|0.46
p:om tien|open-vraag|-1.0
p:om tien|waarschuwen|-0.97
p:om tien|moraliseren|1.0
p:om twee|bekritiseren|0.86
p:om twee|ondervragen|-0.86
p:om u|bevelen|-0.93
p:om van|samenvatting|1.0
p:om vandaag|open-vraag|0.93
p:om vier|waarschuwen|-0.99
p:om vier|ondervragen|-0.96
p:om we|moraliseren|-0.98
p:om weer|etiketteren|-0.99
p:om weer|afleiden|-0.99
p:om wie|parafrase|0.92
p:om wie|gevoelsreflectie|-0.88
p:om zijn|parafrase|-0.99
p:om zijn|samenvatting|0.65
p:om zijn|afronding-aankondigen|-0.99
p:om zo|moraliseren|0.97
p:om zo|argumenteren|-0.88
p:omar uitschold|ik-boodschap|0.77
p:omdat hij|moraliseren|-0.92
p:omdat hij|interpreteren|-0.73
p:omdat ik|parafrase|-0.93
p:omdat ik|prijzen|-0.98
p:omdat je|jij-boodschap|-1.94
p:omdat je|waarschuwen|-1.0
p:omdat je|adviseren|-1.0
p:omdat je|bekritiseren|-0.82
p:omdat je|etiketteren|-0.99
p:omdat je|interpreteren|1.0
p:omdat niemand|gevoelsreflectie|1.0
p:omdat noah|vervolgafspraak|0.89
p:omdat sanne|vervolgafspraak|-0.96
p:omdat u|jij-boodschap|-0.9
p:omdat u|parafrase|1.61
p:omdat u|gevoelsreflectie|-0.91
p:omdat u|bekritiseren|-0.87
p:omdat u|interpreteren|3.74
p:omdat u|geruststellen|-0.98
p:omdat uw|gevoelsreflectie|0.87
p:omdat ze|ik-boodschap|0.93
p:omdat ze|gevoelsreflectie|-0.81
p:omdat ze|adviseren|0.8
p:omdat ze|argumenteren|-0.94
p:omdat ze|interpreteren|0.99
p:omgooien en|jij-boodschap|-0.69
p:omgooien en|bekritiseren|-0.29
p:omgooien en|afleiden|-0.87
p:onbeantwoord bleven|gevoelsreflectie|0.87
p:onbeleefd gedraagt|jij-boodschap|0.94
p:onbetrouwbare jongen|jij-boodschap|0.89
p:onbetrouwbare jongen|bekritiseren|-0.78
p:onbetrouwbare jongen|etiketteren|0.99
p:onder de|adviseren|-0.74
p:onder tafel|ik-boodschap|0.97
p:onderbreekt me|bevelen|0.77
p:onderschat dit|waarschuwen|0.86
p:ondertekend ?|ondervragen|-0.93
p:onderwijs begrijpt|prijzen|0.96
p:onderzoek blijkt|argumenteren|0.96
p:oneerlijk behandeld|gevoelsreflectie|0.97
p:oneerlijk behandeld|samenvatting|-0.97
p:oneerlijk over|jij-boodschap|0.73
p:oneerlijk over|gevoelsreflectie|-1.67
p:oneerlijk tegenover|jij-boodschap|-1.8
p:oneerlijk tegenover|moraliseren|0.91
p:oneerlijk tegenover|bekritiseren|-0.91
p:ongemakkelijk bij|bevelen|-0.99
p:ongeoorloofd afwezig|geruststellen|-0.99
p:ongeoorloofd afwezig|bedanken|-0.99
p:ongerust ?|open-vraag|0.97
p:ongerust bent|geruststellen|0.97
p:ongerust bent|afleiden|-0.97
p:ongerust maakt|open-vraag|-0.86
p:ongerust over|geruststellen|-0.62
p:onhandig geweest|bekritiseren|0.78
p:online doet|waarschuwen|-1.0
p:online doet|moraliseren|1.0
p:online doet|interpreteren|-0.99
p:onrustig als|parafrase|-0.93
p:onrustig en|parafrase|-0.94
p:onrustig hoe|parafrase|0.99
p:onrustig hoe|gevoelsreflectie|-0.99
p:ons hier|afleiden|0.9
p:ons niet|moraliseren|-0.9
p:ons nooit|ondervragen|-0.98
p:ons overal|bevelen|-0.92
p:ons verwacht|gevoelsreflectie|1.0
p:ons verwacht|open-vraag|1.0
p:ons verwacht|ondervragen|-1.0
p:ontbijt op|ik-boodschap|0.93
p:ontevreden over|gevoelsreflectie|-0.85
p:ontevreden over|samenvatting|0.7
p:ontzettend goed|prijzen|-0.98
p:ontzettende zeur|jij-boodschap|0.16
p:ontzettende zeur|adviseren|-1.0
p:ontzettende zeur|bekritiseren|-1.0
p:ontzettende zeur|etiketteren|1.0
p:ontzettende zeurpiet|bekritiseren|-0.95
p:onverschillig als|bekritiseren|0.95
p:onvoldoende dat|aanmoediging|-1.0
p:onvoldoende dat|argumenteren|-0.72
p:onvoldoende dat|ondervragen|-1.0
p:onvoldoende dat|afleiden|1.0
p:onvoldoende haal|bevelen|-0.76
p:onvoldoende haalt|prijzen|-0.97
p:onvoldoende heeft|argumenteren|0.99
p:onvoldoende in|afleiden|0.97
p:onvoldoende meer|adviseren|-0.79
p:onvoldoende voor|parafrase|1.0
p:onvoldoende voor|samenvatting|-0.7
p:onvoldoendes dus|argumenteren|0.74
p:onvoldoendes op|argumenteren|0.99
p:onvoldoendes staan|ik-boodschap|0.93
p:onze beste|moraliseren|0.87
p:onze tijd|moraliseren|-0.98
p:onze tijd|afronding-aankondigen|0.99
p:onze tijd|vervolgafspraak|-0.99
p:onze tijd|bedanken|-0.61
p:onzeker is|interpreteren|0.99
p:onzeker van|gevoelsreflectie|0.99
p:onzin als|adviseren|-0.99
p:onzin als|bekritiseren|0.84
p:onzin dat|bekritiseren|0.99
p:onzinnige klacht|bekritiseren|0.99
p:oog binnenkwam|ik-boodschap|0.91
p:oog binnenkwam|parafrase|-0.91
p:ooit gereageerd|jij-boodschap|0.95
p:ooit gereageerd|bekritiseren|0.95
p:ook 's|ondervragen|0.88
p:ook ?|argumenteren|0.99
p:ook als|waarschuwen|-0.99
p:ook altijd|bekritiseren|-1.84
p:ook altijd|prijzen|-0.96
p:ook altijd|etiketteren|0.96
p:ook bent|interpreteren|0.85
p:ook best|bekritiseren|-0.63
p:ook bij|vervolgafspraak|0.73
p:ook dat|moraliseren|0.97
p:ook dat|argumenteren|-0.97
p:ook de|jij-boodschap|-0.83
p:ook echt|jij-boodschap|0.95
p:ook een|gevoelsreflectie|-0.83
p:ook een|argumenteren|-0.94
p:ook een|geruststellen|-0.93
p:ook eens|jij-boodschap|0.9
p:ook eens|bekritiseren|1.73
p:ook gewoon|moraliseren|0.94
p:ook gewoon|afleiden|-0.94
p:ook het|prijzen|0.92
p:ook het|vervolgafspraak|-0.82
p:ook het|bedanken|-0.92
p:ook in|jij-boodschap|-1.16
p:ook in|bekritiseren|-0.85
p:ook in|prijzen|-0.83
p:ook karin|bekritiseren|-0.93
p:ook lastig|gevoelsreflectie|1.62
p:ook mee|bevelen|-0.97
p:ook meekwam|parafrase|-1.0
p:ook meekwam|interpreteren|-1.0
p:ook meekwam|afleiden|-1.0
p:ook meekwam|afronding-aankondigen|1.0
p:ook naar|gevoelsreflectie|0.99
p:ook namens|ik-boodschap|-1.0
p:ook niet|moraliseren|0.95
p:ook niet|etiketteren|-0.96
p:ook niet|geruststellen|0.92
p:ook nog|prijzen|0.94
p:ook nog|ondervragen|-0.94
p:ook nooit|jij-boodschap|0.95
p:ook nooit|bevelen|0.95
p:ook nooit|bekritiseren|0.95
p:ook op|argumenteren|1.0
p:ook slecht|bekritiseren|-0.87
p:ook steeds|jij-boodschap|0.95
p:ook steeds|bekritiseren|0.95
p:ook thuis|adviseren|-0.81
p:ook tot|jij-boodschap|0.91
p:ook tot|bekritiseren|0.91
p:ook tot|prijzen|-0.65
p:ook voor|argumenteren|0.86
p:ook wel|prijzen|1.0
p:ook wel|ondervragen|-0.98
p:ook wel|bedanken|-1.0
p:ook zo|moraliseren|0.87
p:oortjes zit|ik-boodschap|-0.99
p:op 14|samenvatting|0.96
p:op 14|prijzen|-0.96
p:op 14|vervolgafspraak|0.96
p:op afspraken|jij-boodschap|1.0
p:op afspraken|bekritiseren|1.0
p:op afspraken|ondervragen|-1.0
p:op bram|samenvatting|-0.55
p:op dat|ik-boodschap|-0.94
p:op de|ik-boodschap|-1.03
p:op de|jij-boodschap|0.93
p:op de|samenvatting|-0.12
p:op de|open-vraag|0.71
p:op de|waarschuwen|0.96
p:op de|argumenteren|-0.84
p:op de|bekritiseren|1.41
p:op de|prijzen|0.97
p:op de|bedanken|-0.5
p:op deze|jij-boodschap|-0.99
p:op deze|moraliseren|0.86
p:op deze|bekritiseren|-0.69
p:op deze|prijzen|-0.91
p:op die|geruststellen|-1.79
p:op die|afleiden|1.79
p:op dinsdag|interpreteren|-0.98
p:op dinsdag|vervolgafspraak|0.96
p:op dit|ik-boodschap|0.93
p:op drie|waarschuwen|-0.93
p:op een|samenvatting|0.94
p:op een|moraliseren|-0.97
p:op een|vervolgafspraak|-0.97
p:op haar|ik-boodschap|-0.92
p:op haar|jij-boodschap|0.91
p:op haar|gevoelsreflectie|0.99
p:op haar|adviseren|-1.0
p:op haar|bekritiseren|0.91
p:op haar|prijzen|-0.65
p:op haar|ondervragen|0.99
p:op hem|interpreteren|0.88
p:op het|jij-boodschap|-0.69
p:op het|waarschuwen|0.97
p:op het|argumenteren|-0.96
p:op het|bekritiseren|-0.29
p:op in|jij-boodschap|0.95
p:op in|adviseren|0.84
p:op instagram|open-vraag|-0.97
p:op instagram|moraliseren|-0.97
p:op instagram|vervolgafspraak|-0.97
p:op internet|bekritiseren|-0.9
p:op je|jij-boodschap|-0.81
p:op je|prijzen|0.96
p:op je|etiketteren|-0.96
p:op je|interpreteren|0.98
p:op je|ondervragen|0.88
p:op je|afleiden|-0.91
p:op jou|bevelen|-0.91
p:op jullie|jij-boodschap|-0.85
p:op jullie|bekritiseren|-0.92
p:op kamp|gevoelsreflectie|0.94
p:op kamp|open-vraag|-0.86
p:op kamp|waarschuwen|0.99
p:op kamp|moraliseren|-0.84
p:op kamp|argumenteren|-0.99
p:op laten|ik-boodschap|0.91
p:op maandag|bekritiseren|-0.9
p:op maandag|vervolgafspraak|-0.95
p:op maar|jij-boodschap|1.39
p:op maar|bekritiseren|1.87
p:op mijn|jij-boodschap|-0.94
p:op mijn|parafrase|-0.95
p:op mijn|bekritiseren|-0.94
p:op mijn|etiketteren|-1.0
p:op mijn|afronding-aankondigen|-1.0
p:op neer|bekritiseren|0.98
p:op ook|waarschuwen|-0.99
p:op orde|ik-boodschap|-0.89
p:op rij|argumenteren|0.99
p:op school|ik-boodschap|0.93
p:op school|parafrase|-0.82
p:op school|gevoelsreflectie|-0.99
p:op school|samenvatting|-0.95
p:op school|open-vraag|0.92
p:op school|bevelen|-0.9
p:op school|moraliseren|0.99
p:op school|argumenteren|-0.99
p:op school|bekritiseren|-0.87
p:op school|interpreteren|1.0
p:op school|afronding-aankondigen|0.14
p:op school|bedanken|0.97
p:op schoolkamp|moraliseren|0.94
p:op schoolkamp|afleiden|-0.94
p:op straat|ondervragen|0.91
p:op tafel|aanmoediging|-1.0
p:op tijd|jij-boodschap|-0.34
p:op tijd|bevelen|0.82
p:op tijd|moraliseren|0.93
p:op tijd|adviseren|0.57
p:op tijd|etiketteren|-0.99
p:op tijd|interpreteren|-0.99
p:op tijd|afleiden|-0.99
p:op uzelf|ondervragen|-0.94
p:op vakantie|afleiden|0.72
p:op voetbal|samenvatting|-0.91
p:op wat|ik-boodschap|-0.92
p:op wat|interpreteren|-0.99
p:op werkweek|vervolgafspraak|-0.94
p:op wit|jij-boodschap|-0.98
p:op wit|argumenteren|0.98
p:op woensdag|samenvatting|0.84
p:op zaterdag|interpreteren|-0.98
p:op zijn|jij-boodschap|0.89
p:op zijn|open-vraag|0.96
p:op zijn|adviseren|-0.96
p:op zijn|geruststellen|0.84
p:op zo|geruststellen|-0.96
p:op zondag|adviseren|0.96
p:opa mark|etiketteren|0.72
p:opdracht doen|adviseren|-0.9
p:opdracht doen|prijzen|0.9
p:opdracht gisteren|etiketteren|-0.96
p:opdracht in|ik-boodschap|0.91
p:opdracht in|jij-boodschap|-0.13
p:opdracht niet|gevoelsreflectie|-0.81
p:opdracht snapt|ik-boodschap|0.97
p:opdracht staat|argumenteren|0.96
p:opdracht wel|ik-boodschap|-0.96
p:opdrachten mist|parafrase|-0.93
p:opdrachten toe|ik-boodschap|0.99
p:opdrachten toe|geruststellen|-0.99
p:opdrachten toekomt|ik-boodschap|0.95
p:open bent|bedanken|0.6
p:opgave niet|interpreteren|-0.73
p:opgaven niet|vervolgafspraak|0.91
p:ophalen en|bevelen|-0.82
p:ophoudt krijg|waarschuwen|1.0
p:ophoudt krijg|interpreteren|-1.0
p:oplaadt kun|ik-boodschap|0.87
p:oplossing en|adviseren|-0.58
p:oplossing en|geruststellen|0.83
p:opmerking en|samenvatting|-0.94
p:opmerking en|waarschuwen|0.94
p:opmerking is|jij-boodschap|-0.92
p:opmerking over|jij-boodschap|0.84
p:opmerking over|bekritiseren|0.94
p:opnieuw beginnen|ik-boodschap|0.92
p:opnieuw moet|ik-boodschap|-0.67
p:opnieuw moet|jij-boodschap|-0.93
p:opnieuw wordt|parafrase|0.94
p:oprecht van|ik-boodschap|1.0
p:oprecht van|parafrase|-1.0
p:oprecht van|open-vraag|1.0
p:opruimen nu|moraliseren|-1.0
p:opschrijft dus|ik-boodschap|0.92
p:opschrijft dus|bekritiseren|-0.63
p:opstaat ga|bevelen|0.81
p:opstaat kunnen|ik-boodschap|0.91
p:opvoeden doe|moraliseren|0.97
p:opvoeden doe|argumenteren|-0.97
p:opvoeder als|prijzen|0.93
p:opziet ?|open-vraag|0.96
p:orde nog|ik-boodschap|-0.89
p:oude school|ik-boodschap|-0.97
p:oude school|parafrase|-0.97
p:oude school|gevoelsreflectie|-0.97
p:oude school|samenvatting|0.97
p:oude school|open-vraag|0.97
p:oude school|moraliseren|-0.87
p:oude school|geruststellen|0.93
p:ouder bent|etiketteren|-0.67
p:ouder bent|geruststellen|2.51
p:ouder die|jij-boodschap|-1.5
p:ouder die|bekritiseren|-0.9
p:ouder heb|ik-boodschap|-0.98
p:ouder heb|moraliseren|0.98
p:ouder heeft|geruststellen|-1.0
p:ouder hoort|moraliseren|0.99
p:ouder hoort|adviseren|-0.99
p:ouder hoort|argumenteren|0.82
p:ouder hoort|bekritiseren|0.84
p:ouder hoort|afleiden|-0.99
p:ouder kijkt|prijzen|-0.93
p:ouder moet|moraliseren|1.0
p:ouder moet|adviseren|-0.96
p:ouder weet|bekritiseren|-0.99
p:ouder weet|afleiden|-0.99
p:ouderavond gekomen|adviseren|-1.0
p:ouderavond gekomen|ondervragen|1.0
p:ouderavond is|afleiden|0.12
p:ouderavond ontvangen|bekritiseren|-0.92
p:ouders dat|argumenteren|-0.99
p:ouders dat|bekritiseren|-0.99
p:ouders dat|etiketteren|0.75
p:ouders dat|ondervragen|0.88
p:ouders horen|bevelen|-0.99
p:ouders om|moraliseren|0.98
p:ouders sem|jij-boodschap|-0.82
p:ouders wachten|afronding-aankondigen|0.99
p:ouders wachten|vervolgafspraak|-0.99
p:ouders wat|adviseren|0.99
p:over ?|jij-boodschap|2.35
p:over ?|parafrase|0.96
p:over ?|open-vraag|0.97
p:over ?|bekritiseren|2.61
p:over ?|ondervragen|-1.81
p:over ?|afleiden|-0.97
p:over aandacht|interpreteren|0.87
p:over acht|bevelen|0.91
p:over acht|interpreteren|-0.89
p:over bent|open-vraag|-0.99
p:over bent|geruststellen|-0.99
p:over dat|afleiden|0.89
p:over de|ik-boodschap|-1.93
p:over de|jij-boodschap|-0.33
p:over de|gevoelsreflectie|-0.13
p:over de|samenvatting|0.76
p:over de|open-vraag|0.91
p:over de|aanmoediging|-1.0
p:over de|bevelen|-1.0
p:over de|waarschuwen|-1.0
p:over de|moraliseren|-1.0
p:over de|adviseren|-1.0
p:over de|argumenteren|-1.0
p:over de|bekritiseren|-0.55
p:over de|prijzen|-1.0
p:over de|etiketteren|-1.0
p:over de|interpreteren|1.78
p:over de|geruststellen|-1.0
p:over de|afleiden|-0.76
p:over de|vervolgafspraak|-1.67
p:over de|bedanken|-1.0
p:over die|parafrase|1.0
p:over die|samenvatting|-0.7
p:over die|moraliseren|-0.78
p:over die|interpreteren|-0.93
p:over drie|samenvatting|-0.97
p:over drie|open-vraag|-0.92
p:over drie|bedanken|0.54
p:over duurzaamheid|bekritiseren|-0.72
p:over echt|geruststellen|0.99
p:over echt|afleiden|-0.99
p:over een|geruststellen|2.9
p:over een|afronding-aankondigen|-0.99
p:over een|vervolgafspraak|0.97
p:over haar|ik-boodschap|-0.97
p:over haar|geruststellen|-0.97
p:over hebben|samenvatting|-1.0
p:over hebben|geruststellen|-0.99
p:over hebben|afleiden|1.0
p:over hebben|afronding-aankondigen|-1.0
p:over het|parafrase|-1.0
p:over het|gevoelsreflectie|-0.85
p:over het|samenvatting|0.7
p:over het|open-vraag|0.93
p:over het|afronding-aankondigen|-0.99
p:over hetzelfde|ik-boodschap|0.91
p:over iets|adviseren|-0.96
p:over iets|afleiden|1.68
p:over in|argumenteren|-0.98
p:over in|geruststellen|0.72
p:over je|ik-boodschap|0.98
p:over je|jij-boodschap|-0.95
p:over je|samenvatting|0.95
p:over je|open-vraag|-0.98
p:over je|bekritiseren|-0.95
p:over je|afleiden|1.62
p:over let|bekritiseren|-1.0
p:over leukere|afleiden|0.93
p:over onze|vervolgafspraak|-0.99
p:over school|jij-boodschap|-0.96
p:over school|gevoelsreflectie|0.81
p:over te|argumenteren|0.98
p:over te|geruststellen|0.98
p:over thuis|samenvatting|-0.98
p:over twee|parafrase|-0.91
p:over twee|open-vraag|-0.99
p:over twee|adviseren|0.91
p:over twee|afronding-aankondigen|-0.99
p:over twee|vervolgafspraak|1.91
p:over u|interpreteren|0.93
p:over uw|bevelen|-0.73
p:over uw|afleiden|-0.96
p:over vijf|vervolgafspraak|-0.96
p:over vijf|bedanken|-0.96
p:over voelt|gevoelsreflectie|0.98
p:over voelt|open-vraag|0.81
p:over wat|jij-boodschap|-0.25
p:over wat|gevoelsreflectie|-1.67
p:over wat|afleiden|-0.63
p:over zijn|jij-boodschap|0.84
p:over zijn|parafrase|-0.99
p:over zijn|gevoelsreflectie|1.37
p:over zijn|open-vraag|0.99
p:over zijn|bekritiseren|0.94
p:over zijn|afleiden|-0.93
p:over zijn|afronding-aankondigen|0.99
p:over zijn|bedanken|0.81
p:over zullen|afleiden|0.71
p:overal aan|bevelen|-0.92
p:overal een|jij-boodschap|1.07
p:overal een|gevoelsreflectie|-0.97
p:overal een|bekritiseren|-0.9
p:overal een|etiketteren|0.97
p:overal kritiek|jij-boodschap|1.39
p:overal kritiek|bekritiseren|1.87
p:overal mee|jij-boodschap|0.53
p:overal mee|gevoelsreflectie|-0.78
p:overal mee|samenvatting|-1.0
p:overal mee|bevelen|1.0
p:overal mee|waarschuwen|-1.0
p:overal mee|bekritiseren|1.12
p:overbezorgde ouders|bekritiseren|-0.92
p:overdrijft echt|bevelen|-1.0
p:overdrijft echt|etiketteren|-0.98
p:overgeslagen waardoor|open-vraag|-0.92
p:overgeslagen want|open-vraag|-0.99
p:overhoren door|bevelen|-1.0
p:overhoren door|adviseren|1.0
p:overkomt de|geruststellen|0.7
p:overkomt iedereen|geruststellen|-1.7
p:overkomt iedereen|afleiden|0.11
p:overkomt zoveel|bevelen|-0.74
p:overkomt zoveel|geruststellen|-0.93
p:overkomt zoveel|afleiden|0.93
p:overleg met|samenvatting|0.96
p:overleg met|prijzen|-0.96
p:overleg met|vervolgafspraak|0.96
p:overslaat waardoor|ik-boodschap|0.88
p:overstap naar|afleiden|-0.85
p:overwogen om|adviseren|0.93
p:overzicht van|afleiden|-0.98
p:paar appjes|afleiden|0.91
p:paar keer|afleiden|0.9
p:paar punten|geruststellen|-0.72
p:paar weken|geruststellen|0.96
p:pak ik|ik-boodschap|-0.91
p:pak ik|waarschuwen|0.91
p:pak je|waarschuwen|-0.82
p:pakt lever|interpreteren|-0.99
p:pakt omdat|parafrase|-0.93
p:pakt ze|parafrase|0.9
p:pakt ze|samenvatting|-0.64
p:pas ?|ik-boodschap|-0.94
p:pas ?|ondervragen|0.98
p:pas als|jij-boodschap|0.84
p:pas in|ik-boodschap|0.99
p:pas na|parafrase|1.75
p:pas nu|bevelen|-0.98
p:pas nu|prijzen|-0.87
p:pas nu|ondervragen|0.99
p:pas nu|afleiden|-0.99
p:pas om|ik-boodschap|0.97
p:pas om|waarschuwen|-0.97
p:pas op|geruststellen|-0.96
p:past dat|bedanken|-0.81
p:pauze alleen|ik-boodschap|0.92
p:pauze gebeurt|jij-boodschap|-0.98
p:pauze gebeurt|afleiden|-0.63
p:pauze hebt|ik-boodschap|0.97
p:pauze hebt|gevoelsreflectie|-0.97
p:pauze maakt|ik-boodschap|0.99
p:pauze nog|ik-boodschap|-0.87
p:pauze nog|afleiden|-0.97
p:pauze tegenwoordig|ik-boodschap|-0.99
p:pauze zit|vervolgafspraak|-0.96
p:pauzes vaak|bevelen|-0.94
p:pauzes vaak|adviseren|-0.91
p:pauzes vaak|vervolgafspraak|-0.91
p:pen komt|ik-boodschap|0.98
p:pen op|aanmoediging|-1.0
p:per dag|ondervragen|0.88
p:per jaarlaag|geruststellen|-0.87
p:periode 2|argumenteren|-0.96
p:periode even|ik-boodschap|-0.95
p:periode hoe|afleiden|-0.93
p:periode twee|jij-boodschap|-0.9
p:pest niet|jij-boodschap|1.68
p:pest niet|bekritiseren|1.73
p:pesten op|open-vraag|-0.97
p:pesten op|moraliseren|-0.97
p:pesten op|vervolgafspraak|-0.97
p:pesten stopt|interpreteren|-0.85
p:pesterijen over|parafrase|-0.99
p:pesterijen over|samenvatting|0.99
p:pesterijen over|afronding-aankondigen|0.99
p:pet af|moraliseren|-0.95
p:peter dat|jij-boodschap|1.0
p:peter dat|gevoelsreflectie|-1.0
p:peter dat|moraliseren|-1.0
p:peter dat|bekritiseren|1.06
p:peter dat|afleiden|-1.0
p:pff dat|afleiden|0.91
p:pff ik|bekritiseren|-0.63
p:piekeren het|afleiden|-0.99
p:pijn doet|parafrase|-0.8
p:pijn doet|gevoelsreflectie|-0.8
p:pijn doet|bevelen|-0.95
p:pijn doet|interpreteren|0.93
p:pijn hebt|waarschuwen|-0.94
p:pitbull als|jij-boodschap|1.85
p:pitbull als|etiketteren|0.99
p:plaats gewoon|adviseren|0.92
p:plaats van|moraliseren|-0.78
p:plaats van|adviseren|-0.92
p:plaats van|interpreteren|-0.93
p:plaats van|afleiden|0.99
p:plagen hoort|geruststellen|-0.95
p:plagen hoort|afleiden|0.95
p:plan dat|gevoelsreflectie|0.82
p:plan een|waarschuwen|-0.99
p:plan maken|vervolgafspraak|0.89
p:plannen ?|jij-boodschap|-2.48
p:plannen ?|bekritiseren|-1.64
p:plannen ?|ondervragen|0.98
p:plannen daan|bevelen|1.34
p:plannen daan|geruststellen|0.96
p:plannen een|samenvatting|-0.98
p:plannen en|samenvatting|0.81
p:plannen en|open-vraag|-0.92
p:plannen en|aanmoediging|-0.92
p:plannen voor|afleiden|0.97
p:planner bijhoudt|samenvatting|0.97
p:planner geen|ik-boodschap|0.92
p:planner geen|bekritiseren|-0.63
p:planner in|ik-boodschap|0.98
p:planner in|vervolgafspraak|-0.98
p:planner laat|open-vraag|-0.99
p:planner te|bekritiseren|0.75
p:planner van|ik-boodschap|-0.95
p:planning blijven|jij-boodschap|-0.99
p:planning controleert|vervolgafspraak|0.97
p:planning de|open-vraag|-0.92
p:planning de|bekritiseren|-0.16
p:planning die|samenvatting|1.0
p:planning en|jij-boodschap|0.88
p:planning en|samenvatting|0.11
p:planning en|adviseren|-0.93
p:planning en|bekritiseren|0.34
p:planning en|bedanken|0.81
p:planning loopt|gevoelsreflectie|-0.85
p:planning loopt|samenvatting|0.7
p:planning maken|ik-boodschap|0.96
p:planning maken|vervolgafspraak|0.96
p:planning van|etiketteren|-0.72
p:planning voor|afleiden|-0.73
p:planning voor|vervolgafspraak|-0.67
p:planningsmaatje u|vervolgafspraak|0.94
p:planningsmaatje u|bedanken|-0.54
p:playstation gewoon|bekritiseren|0.87
p:playstation uit|adviseren|0.87
p:plek op|waarschuwen|0.96
p:plezier krijgt|samenvatting|0.99
p:plezier krijgt|bekritiseren|-0.99
p:plicht als|jij-boodschap|-0.34
p:plicht als|bekritiseren|-0.99
p:plicht om|ik-boodschap|-0.98
p:plicht om|moraliseren|0.98
p:pootjes terecht|bekritiseren|-0.97
p:pootjes terecht|geruststellen|0.84
p:praat met|parafrase|-0.91
p:praat met|samenvatting|0.84
p:praat thuis|samenvatting|0.98
p:praat thuis|bedanken|0.81
p:praat volgende|samenvatting|0.97
p:praat wat|bevelen|0.97
p:practica van|open-vraag|-0.92
p:practicum met|waarschuwen|-0.91
p:praten ?|ondervragen|-0.96
p:praten ?|afleiden|-0.96
p:praten ?|afronding-aankondigen|-0.99
p:praten dat|gevoelsreflectie|0.81
p:praten dat|moraliseren|0.99
p:praten dat|prijzen|-0.91
p:praten dat|geruststellen|-0.85
p:praten kan|ik-boodschap|0.68
p:praten kan|samenvatting|-0.83
p:praten komen|vervolgafspraak|-0.91
p:praten lieke|ik-boodschap|-0.77
p:praten lieke|waarschuwen|-0.93
p:praten versta|open-vraag|-0.96
p:praten voordat|adviseren|-0.92
p:praten want|ik-boodschap|0.91
p:praten we|vervolgafspraak|0.99
p:praten we|bedanken|-0.99
p:praten zet|moraliseren|-0.95
p:precies aan|parafrase|0.9
p:precies aan|samenvatting|-0.64
p:precies gebeurd|gevoelsreflectie|1.0
p:precies hetzelfde|argumenteren|1.0
p:precies hetzelfde|bekritiseren|-0.87
p:precies in|argumenteren|-0.99
p:precies verteld|jij-boodschap|-0.98
p:precies verteld|afleiden|-0.63
p:presentatie ?|argumenteren|-0.98
p:presentatie ?|prijzen|0.98
p:presentatie had|jij-boodschap|-0.69
p:presentatie had|bekritiseren|-0.29
p:presentatie had|afleiden|-0.87
p:presentatie twee|ik-boodschap|1.0
p:prettiger vindt|prijzen|-0.83
p:prima dat|jij-boodschap|0.96
p:prima dat|bekritiseren|1.8
p:prima dat|ondervragen|-0.86
p:prima doen|geruststellen|0.9
p:prima leerling|etiketteren|-0.98
p:prima maar|gevoelsreflectie|-0.99
p:prima maar|samenvatting|0.99
p:prima met|adviseren|-0.96
p:prima zo|bekritiseren|-0.94
p:probeer het|samenvatting|-1.0
p:probeer het|adviseren|1.0
p:probeert u|adviseren|0.97
p:probleem dat|prijzen|0.83
p:probleem in|interpreteren|0.98
p:probleem is|samenvatting|-0.9
p:probleem is|interpreteren|0.9
p:probleem klopt|samenvatting|0.98
p:probleem van|jij-boodschap|-0.49
p:probleem van|gevoelsreflectie|-0.97
p:probleem van|etiketteren|0.97
p:probleem voor|interpreteren|0.98
p:probleemkind is|ik-boodschap|-1.0
p:profiel heeft|open-vraag|-0.98
p:profiel te|samenvatting|1.0
p:profiel wat|parafrase|0.72
p:programma van|moraliseren|-0.94
p:project en|open-vraag|-0.99
p:project in|bekritiseren|0.9
p:project over|bekritiseren|-0.72
p:projecteert uw|interpreteren|0.88
p:protocol schrijft|argumenteren|0.97
p:protocol staat|argumenteren|-1.8
p:protocol voor|parafrase|-0.93
p:pta wie|ik-boodschap|-0.97
p:pta wie|argumenteren|0.97
p:puber heeft|geruststellen|0.74
p:puber heeft|afleiden|-0.86
p:puber wel|afleiden|1.68
p:pubers he|etiketteren|-0.82
p:pubers he|afleiden|0.94
p:puberteit daar|moraliseren|-0.99
p:puberteit daar|interpreteren|-0.99
p:puberteit daar|geruststellen|-0.74
p:puberteit daar|afleiden|1.62
p:pubertijd niks|argumenteren|-0.97
p:pubertijd niks|bekritiseren|-0.97
p:punt achter|vervolgafspraak|-0.96
p:punt achter|bedanken|-0.96
p:punt blijven|ik-boodschap|0.91
p:punten verliest|ik-boodschap|0.88
p:pushende ouders|argumenteren|-0.99
p:pushende ouders|bekritiseren|-0.99
p:pushende ouders|etiketteren|0.75
p:pushy ouder|jij-boodschap|0.82
p:pushy ouder|bevelen|-0.99
p:put me|ik-boodschap|0.92
p:pws groep|etiketteren|-0.72
p:raak gefrustreerd|prijzen|-0.98
p:raak ik|jij-boodschap|-0.99
p:raak ik|samenvatting|-0.99
p:raakt me|ik-boodschap|0.99
p:raakt me|gevoelsreflectie|-0.94
p:raakt me|interpreteren|-0.99
p:raakt neem|gevoelsreflectie|0.97
p:raakt u|open-vraag|-0.98
p:raakt u|aanmoediging|0.98
p:raakt wat|open-vraag|0.98
p:raakt wat|aanmoediging|-0.98
p:raam zit|ik-boodschap|-0.95
p:rapport al|ondervragen|-1.0
p:rapport hoe|open-vraag|0.99
p:rapport ligt|vervolgafspraak|-0.97
p:rapport uitgeprint|vervolgafspraak|-0.99
p:rapport van|argumenteren|-0.96
p:rapport vier|ik-boodschap|0.93
p:rapport volgende|vervolgafspraak|-1.0
p:rapportage bekijken|vervolgafspraak|-0.95
p:rare opmerking|bekritiseren|0.81
p:ravi zijn|gevoelsreflectie|-0.89
p:rayan heeft|gevoelsreflectie|0.92
p:reactie dit|waarschuwen|-0.83
p:reactie in|bekritiseren|0.98
p:reactie van|etiketteren|1.0
p:reageert hij|gevoelsreflectie|0.92
p:reageert ze|argumenteren|-0.99
p:reageren kan|prijzen|-0.71
p:reageren nooti|jij-boodschap|1.67
p:reageren nooti|bekritiseren|1.45
p:recht om|geruststellen|-1.0
p:rechtop zitten|waarschuwen|-0.9
p:rechtszaak van|jij-boodschap|1.56
p:rechtszaak van|bekritiseren|-0.9
p:rector liggen|argumenteren|-0.95
p:redelijk dan|prijzen|1.0
p:redelijk op|parafrase|-0.84
p:regel dat|parafrase|0.82
p:regel dat|gevoelsreflectie|-0.82
p:regel voor|vervolgafspraak|0.96
p:regelen we|argumenteren|-0.98
p:regels gelden|argumenteren|0.86
p:regels zijn|moraliseren|0.99
p:regels zijn|argumenteren|0.82
p:regels zijn|afleiden|-0.99
p:regelt dan|prijzen|0.94
p:regelt dan|ondervragen|-0.94
p:regen vandaag|afleiden|0.81
p:reglement is|jij-boodschap|-1.0
p:reglement is|gevoelsreflectie|-1.0
p:reglement is|waarschuwen|-1.0
p:reglement is|moraliseren|-1.0
p:reglement is|argumenteren|1.0
p:reglement is|bekritiseren|-1.0
p:reken op|jij-boodschap|-0.81
p:reken op|prijzen|0.96
p:reken op|etiketteren|-0.96
p:rekenen daar|ik-boodschap|-1.0
p:rekenen daar|argumenteren|1.0
p:rekenen daar|etiketteren|-1.0
p:rekenen daar|afleiden|-1.0
p:rekenmachine niet|vervolgafspraak|0.91
p:rekenmachine vergeten|gevoelsreflectie|-0.6
p:rekenmachine vergeten|open-vraag|0.98
p:rekenmachine vergeten|bekritiseren|-0.98
p:rekentoets en|open-vraag|0.99
p:respect praten|prijzen|-0.91
p:respect praten|geruststellen|-0.85
p:respect voor|jij-boodschap|1.0
p:respect voor|parafrase|-1.0
p:respect voor|moraliseren|1.07
p:respect voor|bekritiseren|1.0
p:respect voor|afleiden|-0.63
p:rest van|ik-boodschap|0.21
p:rest van|argumenteren|0.98
p:rij het|open-vraag|-0.97
p:rij het|moraliseren|-0.97
p:rij het|vervolgafspraak|-0.97
p:rijtje het|open-vraag|0.98
p:rijtje zet|samenvatting|0.94
p:rik zit|ik-boodschap|0.95
p:roept kunnen|ik-boodschap|0.95
p:roept raak|jij-boodschap|-0.99
p:roept raak|samenvatting|-0.99
p:rollen bram|bevelen|0.99
p:romeinen was|afleiden|0.97
p:rond het|ik-boodschap|0.93
p:rond het|bekritiseren|-0.93
p:rond vier|bedanken|-0.79
p:ronden af|afronding-aankondigen|0.96
p:ronden we|ik-boodschap|-1.0
p:ronden we|bedanken|1.0
p:rondmaken en|parafrase|-0.95
p:rooster en|gevoelsreflectie|-0.85
p:rooster en|samenvatting|0.7
p:rooster heeft|ondervragen|-0.96
p:rooster met|parafrase|0.98
p:rot over|gevoelsreflectie|0.98
p:rot over|open-vraag|0.81
p:rot voor|ik-boodschap|-0.74
p:rot voor|gevoelsreflectie|-0.45
p:rotmoment zijn|gevoelsreflectie|1.79
p:rusten heeft|afleiden|0.97
p:rustig aan|bevelen|0.3
p:rustig alstublieft|jij-boodschap|-1.0
p:rustig alstublieft|bekritiseren|-1.0
p:rustig de|ik-boodschap|-0.57
p:rustig de|gevoelsreflectie|-1.0
p:rustig de|samenvatting|-0.84
p:rustig de|aanmoediging|1.0
p:rustig even|aanmoediging|0.92
p:rustig wordt|bevelen|0.98
p:ruzie ?|prijzen|-0.87
p:ruzie ?|ondervragen|0.99
p:ruzie ?|afleiden|-0.99
p:ruzie begon|samenvatting|-0.89
p:ruzie in|samenvatting|0.65
p:ruzie in|open-vraag|0.98
p:ruzie met|parafrase|0.96
p:ruzie met|samenvatting|1.0
p:ruzie met|afleiden|0.71
p:ruzie op|jij-boodschap|0.95
p:ruzie op|bekritiseren|0.95
p:ruzie over|jij-boodschap|-0.96
p:ruzietjes hebben|geruststellen|-0.84
p:ruzietjes hebben|afleiden|0.84
p:ruzietjes in|prijzen|-0.9
p:ruzietjes in|afleiden|0.73
p:ruzietjes zijn|afleiden|0.96
p:samen de|adviseren|1.0
p:samen een|argumenteren|1.0
p:samen een|etiketteren|-1.0
p:samen een|afleiden|-1.0
p:samen gekeken|jij-boodschap|0.88
p:samen gekeken|samenvatting|-0.88
p:samen gekeken|bekritiseren|0.34
p:samen hoe|samenvatting|0.15
p:samen hoe|open-vraag|-0.99
p:samen hoe|vervolgafspraak|1.0
p:samen met|samenvatting|-0.98
p:samen met|moraliseren|0.97
p:samen met|argumenteren|-0.97
p:samen met|vervolgafspraak|0.89
p:samen naar|argumenteren|-0.99
p:samen uitkomen|ik-boodschap|-0.91
p:samen uitkomen|vervolgafspraak|-0.91
p:samen wat|samenvatting|0.96
p:samen wat|prijzen|-0.96
p:samen wat|vervolgafspraak|0.96
p:samen wel|bevelen|-0.99
p:samen wel|moraliseren|-0.99
p:samengevat daan|parafrase|-0.99
p:samengevat daan|samenvatting|0.99
p:samengevat de|gevoelsreflectie|0.82
p:samengevat het|ik-boodschap|-0.96
p:samengevat het|samenvatting|0.96
p:samengevat het|vervolgafspraak|-0.94
p:samengevat komt|samenvatting|-0.91
p:samengevat lisa|jij-boodschap|-0.96
p:samengevat spreken|open-vraag|-0.99
p:samengevat u|jij-boodschap|1.39
p:samengevat u|bekritiseren|1.87
p:samengevat u|interpreteren|-0.85
p:samengevat willen|bekritiseren|-0.99
p:samenvat gaat|parafrase|-0.99
p:samenvat gaat|afronding-aankondigen|-0.99
p:samenvat in|samenvatting|0.9
p:samenvat je|gevoelsreflectie|-0.99
p:samenvat je|samenvatting|0.62
p:samenvat je|bevelen|-0.82
p:samenvat wat|parafrase|1.68
p:samenvat wat|samenvatting|-1.59
p:samenvat wil|samenvatting|0.92
p:samenvat willen|samenvatting|0.99
p:samenvatten je|parafrase|-0.94
p:samenvatten u|samenvatting|0.98
p:samenvatten u|bedanken|0.81
p:samenvattend de|samenvatting|0.98
p:samenvattend de|argumenteren|-0.94
p:samenvattend nederlands|samenvatting|0.81
p:samenvattend nederlands|aanmoediging|-0.92
p:samenvattend u|gevoelsreflectie|0.68
p:samenvattend wiskunde|jij-boodschap|-0.99
p:samenvattend zijn|afronding-aankondigen|-0.96
p:samenwerken thuis|ik-boodschap|0.98
p:sandra over|geruststellen|0.97
p:sanne de|vervolgafspraak|-0.96
p:sanne ik|vervolgafspraak|0.98
p:sanne ik|bedanken|0.98
p:sanne wat|gevoelsreflectie|-0.96
p:sara kijkt|parafrase|0.99
p:sara kijkt|gevoelsreflectie|0.99
p:sara weer|ik-boodschap|-0.92
p:scheiding daar|interpreteren|0.98
p:scheiding onrustig|parafrase|0.99
p:scheiding onrustig|gevoelsreflectie|-0.99
p:scheikunde een|waarschuwen|-0.92
p:scheikunde mist|open-vraag|-0.92
p:schelen maar|parafrase|-0.8
p:schelen maar|gevoelsreflectie|-0.8
p:schelen maar|interpreteren|0.93
p:schieten we|ik-boodschap|0.91
p:school ?|parafrase|-0.97
p:school af|argumenteren|-0.99
p:school andere|parafrase|-0.86
p:school besluit|bevelen|-0.99
p:school dat|moraliseren|0.97
p:school dat|argumenteren|-0.97
p:school dat|geruststellen|0.93
p:school dit|ondervragen|-0.96
p:school een|afronding-aankondigen|-0.83
p:school eerder|open-vraag|-0.91
p:school en|parafrase|-0.97
p:school en|gevoelsreflectie|-0.97
p:school en|samenvatting|0.97
p:school en|open-vraag|0.97
p:school en|moraliseren|-0.87
p:school er|bekritiseren|-0.89
p:school er|geruststellen|-0.99
p:school er|afleiden|1.58
p:school even|samenvatting|-0.82
p:school even|vervolgafspraak|1.0
p:school gaat|bekritiseren|0.95
p:school gestuurd|waarschuwen|0.91
p:school gewoon|jij-boodschap|0.84
p:school heeft|parafrase|-0.93
p:school het|interpreteren|0.98
p:school hoe|parafrase|0.96
p:school houden|samenvatting|-0.99
p:school ik|afronding-aankondigen|0.97
p:school ik|bedanken|0.97
p:school is|bevelen|-0.9
p:school is|moraliseren|0.95
p:school is|argumenteren|-0.67
p:school klaarstaat|prijzen|0.92
p:school klaarstaat|vervolgafspraak|-0.82
p:school klaarstaat|bedanken|-0.92
p:school komen|jij-boodschap|-0.84
p:school niet|gevoelsreflectie|-0.99
p:school niet|open-vraag|0.92
p:school niet|ondervragen|0.94
p:school omdat|moraliseren|-0.92
p:school over|jij-boodschap|1.0
p:school over|bevelen|1.0
p:school over|waarschuwen|-1.0
p:school over|bekritiseren|1.0
p:school te|parafrase|0.95
p:school te|gevoelsreflectie|-0.99
p:school te|bekritiseren|0.84
p:school thuis|jij-boodschap|-0.94
p:school thuis|bekritiseren|-0.94
p:school trekt|parafrase|-0.84
p:school u|ik-boodschap|-1.0
p:school u|jij-boodschap|-1.0
p:school u|parafrase|1.0
p:school u|gevoelsreflectie|-1.0
p:school u|samenvatting|-1.0
p:school u|open-vraag|-1.0
p:school u|aanmoediging|-1.0
p:school u|bevelen|-1.0
p:school u|waarschuwen|-1.0
p:school u|moraliseren|-1.0
p:school u|adviseren|-1.0
p:school u|argumenteren|-1.0
p:school u|bekritiseren|-1.0
p:school u|prijzen|-1.0
p:school u|etiketteren|-1.0
p:school u|interpreteren|-1.0
p:school u|geruststellen|-1.0
p:school u|ondervragen|-1.0
p:school u|afleiden|-1.0
p:school u|afronding-aankondigen|-1.0
p:school u|vervolgafspraak|-1.0
p:school u|bedanken|-1.0
p:school van|adviseren|0.96
p:school verwijderd|interpreteren|-0.91
p:school wil|gevoelsreflectie|0.81
p:school zit|moraliseren|0.86
p:schooljaar een|geruststellen|-0.97
p:schoolkamp dat|moraliseren|0.94
p:schoolkamp dat|afleiden|-0.94
p:schoolplein gaat|bevelen|-0.91
p:schoolplein wil|afleiden|0.89
p:schoolreisje ?|open-vraag|-0.99
p:schoolreisje hebben|afleiden|0.99
p:schooltijd op|interpreteren|0.88
p:schorsing heeft|gevoelsreflectie|1.72
p:schreef dat|gevoelsreflectie|-0.94
p:schreeuwen laat|ik-boodschap|-0.93
p:schreeuwen laat|waarschuwen|0.93
p:schrift bekeken|aanmoediging|-0.78
p:schrift niet|ondervragen|-0.99
p:schriftelijk bij|argumenteren|-0.95
p:schrijf dit|waarschuwen|-0.95
p:schrijf het|adviseren|0.84
p:schrijfopdracht schreef|gevoelsreflectie|-0.94
p:schrijft voor|argumenteren|0.97
p:schrik ik|ik-boodschap|1.62
p:schrik ik|jij-boodschap|-0.95
p:schrik ik|waarschuwen|-0.91
p:schrik ik|bekritiseren|-0.87
p:schrik voor|gevoelsreflectie|0.97
p:schrok de|ik-boodschap|0.89
p:schrok de|gevoelsreflectie|-0.85
p:schrok de|waarschuwen|-1.0
p:schrok ervan|afronding-aankondigen|-1.0
p:schrok ik|ik-boodschap|1.74
p:schrok ik|gevoelsreflectie|-0.97
p:schrok ik|aanmoediging|-1.0
p:schrok wel|gevoelsreflectie|-1.0
p:schuift aan|bevelen|-0.59
p:schuift de|bekritiseren|0.94
p:schuift ook|jij-boodschap|-0.83
p:schuift ook|vervolgafspraak|0.97
p:schuld aan|jij-boodschap|0.97
p:schuld aan|samenvatting|-0.97
p:schuld aan|bekritiseren|0.97
p:schuldig voelt|jij-boodschap|-0.3
p:schuldig voelt|interpreteren|0.99
p:schuldig voelt|geruststellen|-0.98
p:sectie ik|gevoelsreflectie|0.82
p:sem als|jij-boodschap|-1.0
p:sem als|bevelen|1.0
p:sem als|waarschuwen|1.0
p:sem als|bekritiseren|-1.0
p:sem als|geruststellen|-1.0
p:sem begon|gevoelsreflectie|-0.9
p:sem in|adviseren|-0.91
p:sem in|vervolgafspraak|-0.91
p:sem is|jij-boodschap|0.89
p:sem is|bekritiseren|-0.78
p:sem is|etiketteren|0.99
p:sem of|adviseren|0.62
p:sem zit|bekritiseren|-0.97
p:september in|jij-boodschap|-0.51
p:september in|bevelen|-0.96
p:serieus genomen|gevoelsreflectie|0.87
p:sfeer in|jij-boodschap|1.34
p:sfeer in|samenvatting|0.98
p:sfeer in|open-vraag|-1.84
p:sfeer in|bekritiseren|1.62
p:simpel is|moraliseren|0.86
p:simpel wie|moraliseren|-0.91
p:simpel wie|argumenteren|0.91
p:simpel wie|afleiden|-0.91
p:sinds bas|ik-boodschap|0.95
p:sinds de|ik-boodschap|1.91
p:sinds de|jij-boodschap|-0.92
p:sinds de|parafrase|0.99
p:sinds de|gevoelsreflectie|-0.99
p:sinds de|bekritiseren|-1.91
p:sinds de|vervolgafspraak|-0.94
p:sinds hij|samenvatting|-0.91
p:sinds januari|ik-boodschap|0.96
p:sinds je|ik-boodschap|0.99
p:sinds je|open-vraag|0.99
p:sinds je|geruststellen|-0.99
p:sinds kort|ik-boodschap|-0.96
p:sinds september|jij-boodschap|-0.51
p:sinds september|bevelen|-0.96
p:sinds wanneer|ik-boodschap|-0.94
p:situatie voor|argumenteren|-0.9
p:slaap belangrijk|argumenteren|0.96
p:slaap en|samenvatting|0.65
p:slaap je|ik-boodschap|0.98
p:slaap je|open-vraag|-0.98
p:slaap je|moraliseren|-0.98
p:slaap nodig|bekritiseren|-0.99
p:slaap nodig|afleiden|-0.99
p:slaapt en|ik-boodschap|0.93
p:slaapt en|adviseren|0.8
p:slaapt slecht|ik-boodschap|-0.97
p:slaapt slecht|parafrase|-0.97
p:slaapt slecht|gevoelsreflectie|-0.97
p:slaapt slecht|samenvatting|0.97
p:slaapt slecht|open-vraag|0.97
p:slaapt slecht|aanmoediging|-0.92
p:slaapt slecht|moraliseren|-0.87
p:slaat ech|geruststellen|-0.96
p:slaat echt|jij-boodschap|-0.97
p:slaat nergens|argumenteren|0.96
p:slapen ?|parafrase|0.83
p:slecht aflopen|bekritiseren|-0.97
p:slecht hebt|bekritiseren|3.28
p:slecht je|ik-boodschap|-0.97
p:slecht je|parafrase|-0.97
p:slecht je|gevoelsreflectie|-0.97
p:slecht je|samenvatting|0.97
p:slecht je|open-vraag|0.97
p:slecht je|moraliseren|-0.87
p:slecht slaapt|open-vraag|-0.98
p:slecht was|bekritiseren|-0.87
p:slechte beslissing|bekritiseren|0.89
p:slechte ouder|etiketteren|-0.67
p:slechte ouder|geruststellen|2.51
p:slechte week|open-vraag|-0.94
p:slechte week|afleiden|0.85
p:slim genoeg|etiketteren|-0.63
p:slim om|adviseren|0.97
p:slim om|bekritiseren|-0.71
p:slim om|afleiden|-0.98
p:slimme jongen|jij-boodschap|-0.98
p:slimme jongen|moraliseren|-0.9
p:slimme jongen|prijzen|0.98
p:slimme jongen|etiketteren|-0.98
p:slimme meid|jij-boodschap|-0.89
p:slimme meid|samenvatting|-1.0
p:slimme meid|prijzen|1.0
p:slimme meid|geruststellen|-0.91
p:slimme meid|afronding-aankondigen|-1.0
p:slimme meid|bedanken|-1.0
p:slimme vrouw|prijzen|0.72
p:slimme zoon|prijzen|0.87
p:slimste van|adviseren|-0.9
p:slimste van|prijzen|0.9
p:slimste van|ondervragen|-0.98
p:slordige meid|bekritiseren|-1.52
p:sluit af|bedanken|0.76
p:smeet toen|aanmoediging|-1.0
p:smit en|bevelen|0.95
p:smit zei|interpreteren|-0.99
p:snap ben|parafrase|0.98
p:snap dat|ik-boodschap|-1.0
p:snap dat|gevoelsreflectie|1.85
p:snap dat|open-vraag|-1.0
p:snap dat|bevelen|0.91
p:snap dat|adviseren|0.97
p:snap dat|argumenteren|-1.0
p:snap dat|bekritiseren|-0.71
p:snap dat|geruststellen|1.98
p:snap had|parafrase|0.96
p:snap het|aanmoediging|1.0
p:snap ik|parafrase|-0.72
p:snap ik|aanmoediging|0.98
p:snap ik|adviseren|0.98
p:snap ik|geruststellen|0.92
p:snap u|parafrase|0.94
p:snap u|samenvatting|-0.75
p:snap uw|aanmoediging|-0.97
p:snap wat|geruststellen|-0.88
p:snapchat en|ik-boodschap|-0.96
p:snapchat en|samenvatting|0.96
p:snapt de|ik-boodschap|0.96
p:snapt de|argumenteren|-0.96
p:snapt natuurlijk|interpreteren|-0.98
p:snapt vast|geruststellen|-0.91
p:snapt wel|jij-boodschap|-0.97
p:snapt wel|prijzen|0.97
p:snel gaat|waarschuwen|0.99
p:snel gereageerd|jij-boodschap|-0.94
p:snel gereageerd|bekritiseren|-0.94
p:snel kon|jij-boodschap|-0.91
p:snel reageert|bekritiseren|-0.98
p:sneller gebeld|interpreteren|-0.85
p:sociaal in|etiketteren|-0.98
p:sociaal in|geruststellen|-0.98
p:soms net|jij-boodschap|1.87
p:soms net|etiketteren|0.98
p:soms zijn|geruststellen|0.93
p:soort mails|bekritiseren|1.63
p:soort mails|geruststellen|-0.94
p:soort ruzietjes|afleiden|0.96
p:sorry dat|jij-boodschap|0.7
p:sorry dat|etiketteren|0.96
p:speelt er|argumenteren|-0.99
p:speelt op|interpreteren|-0.98
p:speelt sinds|vervolgafspraak|-0.94
p:spelcomputer doordeweeks|adviseren|1.0
p:spelen moet|waarschuwen|-0.91
p:spieken is|jij-boodschap|-1.8
p:spieken is|moraliseren|0.91
p:spieken is|bekritiseren|-0.91
p:spiekt wel|jij-boodschap|-0.53
p:spiekt wel|bekritiseren|-0.62
p:spiekt wel|afleiden|0.98
p:spijbelen en|waarschuwen|0.84
p:spijbelt en|bekritiseren|0.77
p:spijbelt en|geruststellen|-0.93
p:spijbelt gewoon|jij-boodschap|0.97
p:spijbelt gewoon|bekritiseren|0.97
p:spijbelt krijg|ik-boodschap|-0.98
p:sprake komt|gevoelsreflectie|0.92
p:spreek de|samenvatting|0.83
p:spreek de|bedanken|-0.77
p:spreek je|vervolgafspraak|0.98
p:spreek morgen|bedanken|0.93
p:spreken ?|ik-boodschap|-0.87
p:spreken ?|open-vraag|0.93
p:spreken ?|afleiden|-0.97
p:spreken af|vervolgafspraak|0.97
p:spreken dus|samenvatting|0.97
p:spreken elkaar|afronding-aankondigen|-0.72
p:spreken voor|argumenteren|0.99
p:spreken we|open-vraag|-0.99
p:spreker en|ik-boodschap|0.61
p:spullen en|waarschuwen|-0.82
p:spullen nooit|ik-boodschap|-0.89
p:spullen uitdelen|ik-boodschap|0.98
p:sta jij|ik-boodschap|1.0
p:sta jij|waarschuwen|-1.0
p:sta jij|interpreteren|-1.0
p:staan als|moraliseren|0.91
p:staan en|ik-boodschap|0.93
p:staat al|argumenteren|0.96
p:staat allemaal|argumenteren|0.93
p:staat bespreekbaar|argumenteren|0.74
p:staat dat|ik-boodschap|-0.92
p:staat dat|geruststellen|-0.92
p:staat gewoon|geruststellen|-0.99
p:staat gewoon|bedanken|-0.99
p:staat in|ik-boodschap|-0.97
p:staat in|jij-boodschap|-0.92
p:staat in|argumenteren|0.97
p:staat op|samenvatting|-0.94
p:staat op|waarschuwen|0.98
p:staat op|argumenteren|-1.8
p:staat voor|argumenteren|-0.96
p:stad als|ondervragen|0.93
p:stage ?|afleiden|-0.91
p:stage en|jij-boodschap|-0.95
p:stage en|samenvatting|0.95
p:stage en|bekritiseren|-0.95
p:stage hebben|afleiden|1.62
p:stand is|argumenteren|-0.84
p:stappen zetten|parafrase|-0.86
p:star hij|jij-boodschap|-0.74
p:star hij|interpreteren|-0.58
p:staren wat|open-vraag|0.99
p:statistisch gezien|argumenteren|0.86
p:steeds ?|moraliseren|-0.99
p:steeds apart|gevoelsreflectie|-0.74
p:steeds apart|afronding-aankondigen|-1.0
p:steeds beter|bekritiseren|-0.78
p:steeds bij|bekritiseren|-0.94
p:steeds de|jij-boodschap|0.95
p:steeds de|bekritiseren|0.95
p:steeds door|ik-boodschap|0.92
p:steeds door|bekritiseren|-0.63
p:steeds en|bevelen|0.77
p:steeds het|jij-boodschap|0.91
p:steeds het|bekritiseren|0.81
p:steeds je|bekritiseren|-0.87
p:steeds kwaad|open-vraag|-0.99
p:steeds mee|jij-boodschap|0.82
p:steeds mee|bekritiseren|0.74
p:steeds naar|open-vraag|0.99
p:steeds niks|jij-boodschap|0.98
p:steeds niks|bekritiseren|0.98
p:steeds opnieuw|ik-boodschap|-0.67
p:steeds opnieuw|jij-boodschap|-0.93
p:steeds over|ik-boodschap|0.91
p:steeds over|jij-boodschap|2.35
p:steeds over|bekritiseren|2.61
p:steeds over|ondervragen|-1.81
p:steeds te|jij-boodschap|-0.85
p:steeds te|bekritiseren|-0.85
p:steeds terug|samenvatting|1.0
p:steeds vaker|gevoelsreflectie|-0.98
p:steeds van|jij-boodschap|-0.84
p:steeds van|gevoelsreflectie|0.99
p:steeds voor|ik-boodschap|0.99
p:steeds voor|bevelen|-0.99
p:steeds weer|jij-boodschap|1.32
p:steeds weer|bekritiseren|1.66
p:steeds wegkijkt|samenvatting|-0.98
p:steeds ziekmeldt|jij-boodschap|0.99
p:steeds ziekmeldt|gevoelsreflectie|-0.99
p:steeds ziekmeldt|bekritiseren|0.99
p:steek gelaten|samenvatting|-0.97
p:steek gelaten|open-vraag|-0.97
p:steek met|argumenteren|-0.98
p:steek met|prijzen|0.98
p:stel je|etiketteren|0.97
p:stel voor|vervolgafspraak|0.92
p:stelt goede|bekritiseren|-0.94
p:stelt toch|gevoelsreflectie|0.97
p:stelt toch|afleiden|0.91
p:stelt u|jij-boodschap|0.91
p:stelt u|bekritiseren|0.81
p:stelt weinig|moraliseren|-0.99
p:stelt zich|bekritiseren|1.82
p:sterk omdat|jij-boodschap|-0.9
p:sterk omdat|interpreteren|0.9
p:sterke leerling|jij-boodschap|-0.98
p:sterke vrouw|prijzen|1.0
p:steunen bij|ik-boodschap|-0.98
p:steunen bij|moraliseren|0.98
p:steunen in|bevelen|-0.99
p:stiefvader ?|samenvatting|-0.62
p:stiekem bang|interpreteren|0.89
p:stil is|ondervragen|-0.92
p:stilleggen en|waarschuwen|-0.91
p:stoel zit|ik-boodschap|0.98
p:stoer omdat|jij-boodschap|-0.97
p:stoer omdat|etiketteren|-0.99
p:stoer te|prijzen|-0.97
p:stoer te|interpreteren|0.99
p:stof niet|ik-boodschap|0.96
p:stof niet|argumenteren|-0.96
p:stond al|parafrase|-0.75
p:stond al|argumenteren|0.99
p:stond gewoon|argumenteren|0.93
p:stond tot|open-vraag|-0.8
p:stonden vanaf|bevelen|-0.86
p:stoort me|ik-boodschap|0.98
p:stop daarmee|jij-boodschap|-0.98
p:stop eerst|bekritiseren|-0.86
p:stop ik|bevelen|0.97
p:stop met|waarschuwen|0.92
p:stop met|interpreteren|-1.0
p:stop nu|waarschuwen|-1.0
p:stop nu|adviseren|-1.0
p:stop nu|afleiden|-1.0
p:stoppen de|samenvatting|-0.99
p:stoppen de|vervolgafspraak|-0.99
p:stoppen donderdag|vervolgafspraak|0.99
p:stoppen donderdag|bedanken|-0.99
p:stoppen en|vervolgafspraak|0.83
p:stoppen er|afronding-aankondigen|0.97
p:stoppen er|vervolgafspraak|0.97
p:stoppen er|bedanken|0.97
p:stoppen hier|afronding-aankondigen|0.81
p:stopt moet|ik-boodschap|-0.97
p:straat lopen|ondervragen|0.91
p:straf en|open-vraag|0.98
p:straf niet|open-vraag|-0.8
p:strafwerk geven|waarschuwen|-0.91
p:straks alleen|ik-boodschap|1.0
p:straks alleen|waarschuwen|-1.0
p:straks alleen|interpreteren|-1.0
p:straks even|parafrase|-1.0
p:straks even|interpreteren|-1.0
p:straks even|vervolgafspraak|-0.89
p:straks gaat|geruststellen|0.97
p:straks ook|vervolgafspraak|-0.95
p:straks zijn|waarschuwen|0.96
p:straks zit|waarschuwen|0.9
p:straks zit|geruststellen|-0.76
p:strenger zijn|adviseren|-0.81
p:stress voor|argumenteren|-0.93
p:structuur heeft|interpreteren|1.0
p:structuur thuis|afronding-aankondigen|0.14
p:structuur thuis|bedanken|0.97
p:studiecoach dat|geruststellen|-0.87
p:stuk chagrijn|jij-boodschap|-0.81
p:stuk chagrijn|prijzen|-0.99
p:stuk chagrijn|etiketteren|0.99
p:sturen ?|jij-boodschap|0.8
p:sturen ?|moraliseren|-0.94
p:sturen ?|bekritiseren|0.85
p:sturen dat|bekritiseren|1.0
p:sturen dat|geruststellen|-1.0
p:sturen is|bekritiseren|1.63
p:sturen is|geruststellen|-0.94
p:sturen met|bekritiseren|-0.63
p:sturen met|vervolgafspraak|-0.87
p:stuur ik|bedanken|0.76
p:stuur je|waarschuwen|0.83
p:stuur mij|etiketteren|-0.99
p:stuur u|ik-boodschap|-0.98
p:stuurt u|bevelen|1.31
p:super betrokken|etiketteren|-0.98
p:super betrokken|geruststellen|-0.98
p:sven gaan|adviseren|0.92
p:t nu|samenvatting|-0.62
p:taak om|moraliseren|0.93
p:tafel dank|bedanken|0.54
p:tafel houdt|ik-boodschap|0.97
p:tafel om|afronding-aankondigen|-0.99
p:tafel smeet|aanmoediging|-1.0
p:tas de|open-vraag|-0.99
p:tas de|adviseren|1.88
p:tas elke|gevoelsreflectie|-0.99
p:te antwoorden|jij-boodschap|0.5
p:te bellen|jij-boodschap|-0.87
p:te bellen|bevelen|-0.93
p:te bieden|bevelen|-0.95
p:te bieden|waarschuwen|-0.94
p:te controleren|bekritiseren|0.75
p:te discussiëren|argumenteren|0.98
p:te doen|bekritiseren|-0.99
p:te doen|prijzen|-0.97
p:te doen|interpreteren|0.99
p:te falen|moraliseren|-0.92
p:te falen|interpreteren|0.89
p:te gaan|jij-boodschap|0.88
p:te gaan|samenvatting|-0.88
p:te gaan|argumenteren|-0.99
p:te gaan|bekritiseren|0.34
p:te gamen|bekritiseren|0.86
p:te gamen|ondervragen|-0.86
p:te gapen|ik-boodschap|0.98
p:te gapen|open-vraag|-0.98
p:te gapen|moraliseren|-0.98
p:te gedragen|moraliseren|0.87
p:te gemakzuchtig|bekritiseren|-2.6
p:te gemakzuchtig|etiketteren|0.98
p:te helpen|adviseren|-0.91
p:te horen|moraliseren|-1.0
p:te horen|bekritiseren|-0.92
p:te horen|vervolgafspraak|2.84
p:te horen|bedanken|0.46
p:te houden|samenvatting|-0.97
p:te houden|bevelen|0.92
p:te houden|moraliseren|0.86
p:te kennen|moraliseren|0.99
p:te kennen|argumenteren|0.82
p:te kennen|afleiden|-0.99
p:te kijken|ik-boodschap|-0.95
p:te kijken|afronding-aankondigen|-0.99
p:te kletsen|bekritiseren|0.91
p:te komen|jij-boodschap|-0.34
p:te komen|adviseren|-0.74
p:te komen|etiketteren|-0.99
p:te komen|afleiden|-0.99
p:te krijgen|interpreteren|0.98
p:te laag|parafrase|0.93
p:te laag|samenvatting|-0.83
p:te laag|argumenteren|1.76
p:te laat|gevoelsreflectie|-1.99
p:te laat|open-vraag|0.99
p:te laat|moraliseren|-1.0
p:te laat|argumenteren|0.2
p:te laat|bekritiseren|-0.85
p:te laat|interpreteren|-0.99
p:te laat|geruststellen|-0.9
p:te laat|ondervragen|-1.0
p:te laat|afleiden|0.9
p:te laat|vervolgafspraak|-1.0
p:te lang|geruststellen|-0.99
p:te laten|ik-boodschap|0.98
p:te laten|adviseren|0.93
p:te laten|interpreteren|0.98
p:te leggen|bevelen|0.93
p:te leggen|adviseren|1.96
p:te leggen|bekritiseren|-0.71
p:te leren|jij-boodschap|-0.99
p:te leren|parafrase|0.9
p:te leren|samenvatting|0.19
p:te leren|moraliseren|-0.78
p:te leren|bekritiseren|1.0
p:te leren|interpreteren|-0.93
p:te lichten|vervolgafspraak|0.95
p:te liggen|ik-boodschap|-1.0
p:te liggen|open-vraag|-1.0
p:te liggen|moraliseren|1.0
p:te liggen|afleiden|-0.62
p:te lui|bekritiseren|1.66
p:te maken|geruststellen|0.98
p:te maken|afleiden|-0.7
p:te makkelijk|adviseren|0.82
p:te makkelijk|interpreteren|0.94
p:te melden|jij-boodschap|0.97
p:te melden|bekritiseren|0.97
p:te merken|gevoelsreflectie|0.97
p:te merken|bedanken|-0.97
p:te moeilijk|parafrase|-1.88
p:te moeilijk|gevoelsreflectie|0.82
p:te moeilijk|adviseren|-0.95
p:te moeilijk|argumenteren|1.92
p:te nemen|gevoelsreflectie|-0.6
p:te nemen|open-vraag|0.98
p:te nemen|bevelen|-0.9
p:te nemen|adviseren|1.0
p:te nemen|bekritiseren|-0.98
p:te praten|moraliseren|0.97
p:te praten|argumenteren|-0.88
p:te regelen|prijzen|0.92
p:te regelen|vervolgafspraak|-0.82
p:te regelen|bedanken|-0.92
p:te rollen|bevelen|0.99
p:te ronden|afronding-aankondigen|0.96
p:te schakelen|afleiden|-0.98
p:te spreken|open-vraag|0.93
p:te staan|adviseren|-0.99
p:te staan|argumenteren|-0.98
p:te staan|bekritiseren|0.84
p:te staren|open-vraag|0.99
p:te stellen|moraliseren|0.94
p:te steunen|ik-boodschap|-0.98
p:te steunen|bevelen|-0.99
p:te steunen|moraliseren|0.98
p:te sturen|moraliseren|0.93
p:te tillen|moraliseren|-0.99
p:te tillen|interpreteren|-0.99
p:te tillen|geruststellen|-0.74
p:te tillen|afleiden|1.62
p:te tornen|gevoelsreflectie|0.65
p:te tornen|geruststellen|-0.92
p:te veel|jij-boodschap|0.3
p:te veel|bevelen|-1.0
p:te verbergen|ik-boodschap|-0.61
p:te verbergen|interpreteren|0.9
p:te verdoen|jij-boodschap|1.73
p:te verdoen|samenvatting|-0.83
p:te verdoen|bevelen|-0.91
p:te verdoen|bekritiseren|1.55
p:te vertellen|gevoelsreflectie|0.9
p:te vroeg|argumenteren|-0.97
p:te weinig|ik-boodschap|-0.99
p:te weinig|gevoelsreflectie|-0.99
p:te weten|jij-boodschap|-0.94
p:te weten|bekritiseren|-0.94
p:te wiebelen|ik-boodschap|0.98
p:te wisselen|samenvatting|1.0
p:te worden|geruststellen|0.91
p:te zeggen|ik-boodschap|-0.96
p:te zeggen|samenvatting|0.96
p:te zeggen|argumenteren|-1.0
p:te zeggen|vervolgafspraak|-1.0
p:te zeuren|moraliseren|-0.78
p:te zeuren|interpreteren|-0.93
p:te zien|ik-boodschap|1.87
p:te zien|interpreteren|-0.99
p:te zien|geruststellen|-1.0
p:te zijn|jij-boodschap|-0.82
p:te zijn|adviseren|-1.0
p:te zijn|geruststellen|1.0
p:te zorgen|moraliseren|0.98
p:te zwaar|afleiden|0.93
p:team een|ik-boodschap|0.61
p:teamleider en|jij-boodschap|-0.97
p:teamleider erbij|parafrase|0.82
p:teamleider erbij|gevoelsreflectie|-0.82
p:teamleider erbij|argumenteren|-0.97
p:teamleider erbij|vervolgafspraak|0.83
p:teamleider om|bevelen|-0.93
p:teamleider staat|bevelen|0.99
p:tegelijk praten|ik-boodschap|0.68
p:tegelijk praten|samenvatting|-0.83
p:tegelijk praten|open-vraag|-0.96
p:tegen de|ik-boodschap|0.91
p:tegen die|parafrase|0.98
p:tegen een|moraliseren|0.97
p:tegen een|argumenteren|-0.88
p:tegen haar|gevoelsreflectie|0.99
p:tegen het|parafrase|0.98
p:tegen je|ik-boodschap|-0.91
p:tegen je|jij-boodschap|-0.82
p:tegen jou|jij-boodschap|0.97
p:tegen jou|samenvatting|-0.97
p:tegen jou|bekritiseren|0.97
p:tegen me|gevoelsreflectie|-0.97
p:tegen mij|gevoelsreflectie|0.99
p:tegen mij|geruststellen|-0.99
p:tegen mij|ondervragen|0.99
p:tegen mijn|ik-boodschap|-0.93
p:tegen mijn|waarschuwen|0.93
p:tegen wiskunde|open-vraag|0.96
p:tegenaan bij|samenvatting|-1.0
p:tegenaan bij|adviseren|-1.0
p:tegenover de|argumenteren|1.0
p:tegenover je|jij-boodschap|-0.86
p:tegenover je|moraliseren|0.91
p:tegenover je|bekritiseren|-0.91
p:tegenovergestelde van|jij-boodschap|0.91
p:tegenovergestelde van|bekritiseren|0.81
p:tegenwoordig heel|bevelen|-0.74
p:tegenwoordig heel|geruststellen|-0.93
p:tegenwoordig heel|afleiden|0.93
p:tegenwoordig veel|ik-boodschap|-0.99
p:tekortpunten is|argumenteren|0.99
p:telefoon 's|adviseren|0.97
p:telefoon 's|bekritiseren|-0.71
p:telefoon 's|interpreteren|-0.94
p:telefoon ?|ondervragen|0.88
p:telefoon doet|ik-boodschap|-0.92
p:telefoon doet|adviseren|-0.96
p:telefoon eens|ik-boodschap|0.98
p:telefoon eens|open-vraag|-0.98
p:telefoon eens|bevelen|1.0
p:telefoon eens|moraliseren|-0.98
p:telefoon gekregen|bekritiseren|-0.97
p:telefoon meeneemt|jij-boodschap|-0.9
p:telefoon meeneemt|waarschuwen|-0.9
p:telefoon meeneemt|bekritiseren|-0.9
p:telefoon niet|ik-boodschap|-0.91
p:telefoon niet|waarschuwen|1.9
p:telefoon niet|moraliseren|-0.84
p:telefoon niet|argumenteren|-0.99
p:telefoon nog|vervolgafspraak|-0.8
p:telefoon om|adviseren|0.99
p:telefoon onder|ik-boodschap|0.97
p:telefoon tijdens|ik-boodschap|-0.92
p:telefoon tijdens|adviseren|0.99
p:telefoon tijdens|geruststellen|-0.93
p:telefoon voortaan|bevelen|-0.38
p:telefoon voortaan|prijzen|0.85
p:telefoon weg|bevelen|0.41
p:telefoon weg|adviseren|-0.99
p:telefoon zit|open-vraag|0.96
p:telefoon zitten|jij-boodschap|0.91
p:telefoon zitten|bekritiseren|0.91
p:telefoon zitten|prijzen|-0.65
p:telefoonnummer kan|open-vraag|-0.98
p:telefoons in|bevelen|0.96
p:teleur u|jij-boodschap|0.91
p:teleur u|bekritiseren|0.81
p:teleurgesteld begrijp|parafrase|-1.81
p:teleurgesteld bent|gevoelsreflectie|1.0
p:teleurgesteld bent|ondervragen|-1.0
p:teleurgesteld dat|gevoelsreflectie|1.72
p:teleurgesteld in|jij-boodschap|0.87
p:teleurgesteld in|bekritiseren|0.73
p:teleurgesteld over|jij-boodschap|-0.69
p:teleurgesteld over|parafrase|-1.0
p:teleurgesteld over|bekritiseren|-0.29
p:teleurgesteld over|afleiden|-0.87
p:teleurgesteld samengevat|gevoelsreflectie|0.82
p:tenminste goed|afleiden|0.91
p:ter sprake|gevoelsreflectie|0.92
p:terecht echt|bekritiseren|-0.97
p:terecht echt|geruststellen|0.84
p:terug en|parafrase|-0.84
p:terug gehoord|jij-boodschap|-0.44
p:terug hij|parafrase|-0.92
p:terug hij|samenvatting|0.92
p:terug je|samenvatting|1.0
p:terug uit|jij-boodschap|-0.7
p:terug van|vervolgafspraak|-0.94
p:teruggevonden ?|gevoelsreflectie|-0.9
p:terughoor kan|parafrase|-0.95
p:terwijl je|gevoelsreflectie|0.9
p:terwijl u|moraliseren|0.94
p:tess haar|ik-boodschap|1.0
p:tevoren al|open-vraag|-0.99
p:tevoren al|adviseren|1.88
p:tevoren was|parafrase|0.8
p:tevreden over|gevoelsreflectie|-0.85
p:tevreden over|samenvatting|0.7
p:thanks voor|bedanken|0.91
p:thee ?|open-vraag|-0.98
p:thijs de|ik-boodschap|0.98
p:thomas zijn|open-vraag|-0.99
p:thuis ?|ik-boodschap|2.97
p:thuis ?|jij-boodschap|-0.94
p:thuis ?|parafrase|-1.0
p:thuis ?|open-vraag|1.98
p:thuis ?|prijzen|-0.99
p:thuis ?|interpreteren|-0.99
p:thuis als|gevoelsreflectie|0.92
p:thuis beter|parafrase|0.98
p:thuis beter|samenvatting|-0.91
p:thuis dat|jij-boodschap|-0.94
p:thuis dat|bekritiseren|-0.94
p:thuis druk|interpreteren|-0.98
p:thuis een|adviseren|0.91
p:thuis een|vervolgafspraak|0.91
p:thuis eigenlijk|open-vraag|0.92
p:thuis en|bevelen|0.9
p:thuis en|interpreteren|-0.9
p:thuis en|afronding-aankondigen|0.14
p:thuis en|vervolgafspraak|-0.9
p:thuis en|bedanken|0.97
p:thuis gaat|parafrase|-0.84
p:thuis gaat|samenvatting|-0.98
p:thuis gaat|open-vraag|0.92
p:thuis gebeurd|open-vraag|0.88
p:thuis gebeurt|jij-boodschap|0.73
p:thuis gebeurt|gevoelsreflectie|-1.67
p:thuis geen|waarschuwen|-1.0
p:thuis geen|adviseren|-1.0
p:thuis geen|interpreteren|1.0
p:thuis gewoon|jij-boodschap|1.0
p:thuis gewoon|gevoelsreflectie|-1.0
p:thuis gewoon|bevelen|-0.97
p:thuis gewoon|moraliseren|-1.0
p:thuis gewoon|bekritiseren|1.06
p:thuis gewoon|afleiden|-1.0
p:thuis helemaal|parafrase|1.0
p:thuis helemaal|samenvatting|-0.7
p:thuis iets|argumenteren|-0.99
p:thuis is|jij-boodschap|-0.96
p:thuis is|parafrase|-0.94
p:thuis is|samenvatting|0.81
p:thuis is|aanmoediging|-0.92
p:thuis kan|prijzen|0.93
p:thuis lag|ondervragen|0.93
p:thuis lukt|samenvatting|-0.95
p:thuis merkt|open-vraag|-0.98
p:thuis met|parafrase|-0.97
p:thuis met|samenvatting|0.98
p:thuis met|ondervragen|-0.99
p:thuis met|bedanken|0.81
p:thuis niet|ik-boodschap|-0.96
p:thuis niet|parafrase|-0.99
p:thuis niet|gevoelsreflectie|0.81
p:thuis niet|samenvatting|1.95
p:thuis niets|parafrase|0.84
p:thuis niets|gevoelsreflectie|0.97
p:thuis nooit|waarschuwen|0.91
p:thuis nooit|bekritiseren|0.87
p:thuis op|samenvatting|0.83
p:thuis op|bedanken|-0.77
p:thuis sinds|parafrase|0.99
p:thuis sinds|gevoelsreflectie|-0.99
p:thuis speelt|ik-boodschap|-0.99
p:thuis speelt|interpreteren|0.99
p:thuis te|geruststellen|-0.9
p:thuis uitziet|prijzen|-0.99
p:thuis uitziet|interpreteren|-0.99
p:thuis verteld|open-vraag|0.99
p:thuis wat|adviseren|-0.81
p:thuis wat|interpreteren|0.94
p:thuis weinig|interpreteren|1.0
p:thuis wel|gevoelsreflectie|-0.99
p:thuis wel|samenvatting|0.99
p:thuis zit|parafrase|0.9
p:thuis zit|samenvatting|-0.64
p:thuis zwaar|gevoelsreflectie|0.79
p:thuisgehouden ?|bekritiseren|0.78
p:thuisgehouden zonder|jij-boodschap|0.97
p:thuisgehouden zonder|bekritiseren|0.97
p:thuiskomt ?|bekritiseren|0.96
p:thuissituatie wat|open-vraag|0.93
p:tien minuten|open-vraag|0.99
p:tien uur|open-vraag|-1.0
p:tien uur|waarschuwen|-0.97
p:tien uur|moraliseren|1.0
p:tijd dat|open-vraag|0.99
p:tijd deed|adviseren|-0.99
p:tijd heeft|bekritiseren|-0.97
p:tijd heeft|prijzen|-0.97
p:tijd heen|vervolgafspraak|-0.99
p:tijd heen|bedanken|0.11
p:tijd hoor|bevelen|-0.94
p:tijd ik|ik-boodschap|-0.57
p:tijd ik|gevoelsreflectie|0.97
p:tijd ik|samenvatting|-0.84
p:tijd ik|open-vraag|-0.98
p:tijd ik|aanmoediging|0.98
p:tijd ingeleverd|argumenteren|1.0
p:tijd is|bevelen|0.82
p:tijd is|moraliseren|-0.98
p:tijd is|argumenteren|-0.98
p:tijd is|interpreteren|-0.99
p:tijd je|bekritiseren|0.91
p:tijd kunt|geruststellen|-0.91
p:tijd met|bevelen|0.99
p:tijd naar|gevoelsreflectie|1.62
p:tijd naar|moraliseren|0.93
p:tijd niet|ik-boodschap|-0.93
p:tijd om|afronding-aankondigen|0.96
p:tijd te|jij-boodschap|1.39
p:tijd te|samenvatting|-0.83
p:tijd te|bevelen|-0.91
p:tijd te|bekritiseren|1.56
p:tijd te|etiketteren|-0.99
p:tijd te|afleiden|-0.99
p:tijd voor|argumenteren|-0.92
p:tijd zit|afronding-aankondigen|0.99
p:tijd zit|bedanken|-0.72
p:tijdens de|ik-boodschap|0.98
p:tijdens een|vervolgafspraak|-0.8
p:tijdens het|waarschuwen|-0.91
p:tijdens het|adviseren|0.99
p:tijdens het|geruststellen|-0.93
p:tim door|jij-boodschap|-0.99
p:tim door|samenvatting|-0.99
p:tip haal|adviseren|0.87
p:tip laat|bevelen|-1.0
p:tip laat|adviseren|1.0
p:tja bedankt|bekritiseren|1.82
p:tja bedankt|bedanken|-1.56
p:tja dat|bekritiseren|-0.11
p:tja dat|etiketteren|0.91
p:tja hij|jij-boodschap|3.42
p:tja hij|argumenteren|-1.82
p:tja hij|etiketteren|1.82
p:tja maar|open-vraag|-1.73
p:tja maar|aanmoediging|-0.97
p:tja maar|afleiden|0.97
p:tja pubers|etiketteren|-0.82
p:toch ?|jij-boodschap|-0.96
p:toch ?|ondervragen|-0.94
p:toch ?|vervolgafspraak|-0.93
p:toch ?|bedanken|-1.0
p:toch af|prijzen|-0.93
p:toch begrijpen|argumenteren|0.98
p:toch beter|bekritiseren|0.96
p:toch dat|bekritiseren|-0.99
p:toch dat|afleiden|-0.99
p:toch de|ik-boodschap|-0.98
p:toch de|moraliseren|0.98
p:toch de|ondervragen|-0.98
p:toch een|jij-boodschap|1.99
p:toch een|prijzen|0.15
p:toch een|etiketteren|0.99
p:toch geen|aanmoediging|-1.0
p:toch geen|argumenteren|-0.72
p:toch geen|ondervragen|-1.0
p:toch geen|afleiden|1.0
p:toch komen|parafrase|0.9
p:toch komen|samenvatting|-0.64
p:toch logisch|moraliseren|-0.96
p:toch logisch|argumenteren|0.89
p:toch makkelijk|jij-boodschap|-0.98
p:toch makkelijk|moraliseren|-0.9
p:toch makkelijk|prijzen|1.86
p:toch makkelijk|etiketteren|-0.98
p:toch mijn|argumenteren|-0.98
p:toch mijn|prijzen|0.98
p:toch moeten|waarschuwen|-1.0
p:toch moeten|moraliseren|1.95
p:toch niet|argumenteren|-0.98
p:toch niet|etiketteren|-0.98
p:toch niet|afleiden|0.97
p:toch niks|gevoelsreflectie|0.97
p:toch niks|afleiden|0.91
p:toch onze|moraliseren|0.87
p:toch ook|jij-boodschap|0.91
p:toch ook|moraliseren|0.97
p:toch ook|argumenteren|-0.97
p:toch ook|bekritiseren|0.91
p:toch ook|prijzen|-0.65
p:toch prima|adviseren|-0.96
p:toch vertelt|bedanken|0.98
p:toch weten|adviseren|-0.96
p:toch weten|bekritiseren|-0.9
p:toch zelf|argumenteren|0.99
p:toch zo'n|prijzen|1.0
p:toch zo'n|bedanken|-1.0
p:toe gaat|samenvatting|0.65
p:toe in|prijzen|-0.93
p:toe kwam|ik-boodschap|0.95
p:toe te|vervolgafspraak|0.95
p:toe thuis|parafrase|-0.84
p:toe weinig|parafrase|0.92
p:toegeven dat|interpreteren|0.9
p:toen ?|parafrase|-0.67
p:toen ?|open-vraag|-0.88
p:toen ?|aanmoediging|0.97
p:toen ?|bevelen|-0.95
p:toen ?|bekritiseren|-0.96
p:toen ?|ondervragen|-0.97
p:toen emma|ik-boodschap|0.97
p:toen ging|geruststellen|-0.99
p:toen hij|ik-boodschap|-0.97
p:toen hij|open-vraag|0.71
p:toen hij|etiketteren|-0.91
p:toen ik|gevoelsreflectie|-1.0
p:toen ik|aanmoediging|-1.0
p:toen iris|afronding-aankondigen|-1.0
p:toen je|ik-boodschap|1.85
p:toen je|jij-boodschap|-0.69
p:toen je|gevoelsreflectie|-0.85
p:toen je|waarschuwen|-1.0
p:toen je|argumenteren|-1.0
p:toen je|bekritiseren|-0.29
p:toen je|afleiden|-0.87
p:toen je|vervolgafspraak|-1.91
p:toen je|bedanken|-1.0
p:toen leek|jij-boodschap|0.88
p:toen leek|samenvatting|-0.88
p:toen leek|bekritiseren|0.34
p:toen niemand|gevoelsreflectie|1.84
p:toen voor|parafrase|0.92
p:toestemmingsbrief voor|ondervragen|-0.93
p:toets engels|prijzen|-0.97
p:toets is|jij-boodschap|0.99
p:toets is|gevoelsreflectie|-0.99
p:toets is|bekritiseren|0.99
p:toets je|ik-boodschap|-0.99
p:toets je|interpreteren|0.99
p:toets maar|argumenteren|-0.92
p:toets mist|argumenteren|0.93
p:toets neem|vervolgafspraak|-0.8
p:toets niet|parafrase|0.8
p:toets niet|adviseren|0.91
p:toets niet|vervolgafspraak|0.91
p:toets op|interpreteren|-0.98
p:toets opnieuw|parafrase|0.94
p:toets stond|parafrase|-0.75
p:toets stond|argumenteren|0.99
p:toets vast|ik-boodschap|0.96
p:toets vast|vervolgafspraak|0.96
p:toets verschoven|argumenteren|-0.9
p:toets voor|jij-boodschap|-1.0
p:toets voor|bekritiseren|-1.0
p:toets was|gevoelsreflectie|0.82
p:toets was|adviseren|-0.95
p:toetsen ?|samenvatting|-1.0
p:toetsen ?|adviseren|-1.0
p:toetsen achterloopt|vervolgafspraak|-0.88
p:toetsen gaan|samenvatting|0.89
p:toetsen gaan|adviseren|-0.99
p:toetsen na|ik-boodschap|-0.91
p:toetsen onvoldoende|argumenteren|0.99
p:toetsen opschrijft|ik-boodschap|0.92
p:toetsen opschrijft|bekritiseren|-0.63
p:toetsen punten|ik-boodschap|0.88
p:toetsen te|parafrase|-0.94
p:toetsweek begint|ik-boodschap|-1.0
p:toetsweek begint|bekritiseren|-0.9
p:toetsweek doen|ik-boodschap|1.0
p:toetsweek een|vervolgafspraak|0.99
p:toetsweek vastligt|moraliseren|-0.86
p:toetsweek vastligt|argumenteren|0.98
p:toevoegen ?|samenvatting|0.65
p:tof dat|ik-boodschap|0.95
p:tolk en|ik-boodschap|0.68
p:tolk en|samenvatting|-0.83
p:tolk goed|ik-boodschap|-0.93
p:tolk goed|parafrase|0.93
p:tolk via|vervolgafspraak|0.96
p:tom gepest|interpreteren|0.99
p:top dat|ik-boodschap|-1.0
p:top dat|bedanken|1.0
p:tot het|ik-boodschap|-1.87
p:tot het|waarschuwen|0.91
p:tot het|interpreteren|-0.99
p:tot hoe|adviseren|-0.83
p:tot hoe|ondervragen|0.97
p:tot hoe|vervolgafspraak|-0.97
p:tot middernacht|jij-boodschap|1.91
p:tot middernacht|gevoelsreflectie|-1.0
p:tot middernacht|bekritiseren|1.97
p:tot middernacht|prijzen|-0.65
p:tot middernacht|afleiden|-1.0
p:tot nu|samenvatting|0.65
p:tot stand|argumenteren|-0.84
p:tot twaalf|argumenteren|0.89
p:tot vrijdag|vervolgafspraak|-0.8
p:tot wat|open-vraag|-0.8
p:tot ziens|waarschuwen|-0.95
p:totaal geen|ik-boodschap|-0.97
p:trainingen van|ik-boodschap|0.61
p:trap zit|adviseren|-0.91
p:trap zit|vervolgafspraak|-0.91
p:trekt hij|bekritiseren|-0.81
p:trekt hij|geruststellen|0.81
p:trekt je|parafrase|0.72
p:trekt ze|parafrase|-0.84
p:trekt zich|bekritiseren|-0.97
p:trekt zich|etiketteren|-0.96
p:trots dat|gevoelsreflectie|0.79
p:trots dat|interpreteren|-0.93
p:trots hij|jij-boodschap|-0.85
p:trots hij|bekritiseren|-0.92
p:trouwens hoe|afleiden|0.99
p:trouwens vandaag|etiketteren|-0.82
p:tussen haar|samenvatting|-0.62
p:tussen jullie|open-vraag|0.99
p:twaalf uur|argumenteren|0.89
p:twee dingen|afronding-aankondigen|-0.96
p:twee keer|jij-boodschap|0.93
p:twee keer|gevoelsreflectie|-0.6
p:twee keer|open-vraag|0.98
p:twee kinderen|jij-boodschap|-0.99
p:twee practica|open-vraag|-0.92
p:twee toetsen|ik-boodschap|-0.91
p:twee uur|bekritiseren|0.86
p:twee uur|ondervragen|-0.86
p:twee vakken|bevelen|-0.82
p:twee vingers|gevoelsreflectie|-0.98
p:twee vingers|geruststellen|1.87
p:twee weken|ik-boodschap|0.93
p:twee weken|jij-boodschap|-0.13
p:twee weken|parafrase|-0.91
p:twee weken|open-vraag|-0.99
p:twee weken|adviseren|0.91
p:twee weken|argumenteren|0.96
p:twee weken|geruststellen|-0.92
p:twee weken|afronding-aankondigen|-0.99
p:twee weken|vervolgafspraak|1.91
p:tweede allemaal|prijzen|-0.9
p:tweede allemaal|afleiden|0.73
p:tweede is|afleiden|0.97
p:tweede klas|moraliseren|-0.94
p:tweede klas|adviseren|-1.0
p:tweede klas|geruststellen|1.75
p:tweede klas|afleiden|-0.89
p:tweede rapport|afleiden|-0.98
p:tweede stelt|gevoelsreflectie|0.97
p:tweede uur|ik-boodschap|0.96
p:tweede uur|samenvatting|-0.96
p:tweede uur|vervolgafspraak|1.94
p:typisch geval|jij-boodschap|0.92
p:typisch helikopterouder|bekritiseren|-0.11
p:typisch helikopterouder|etiketteren|0.91
p:typisch zo'n|waarschuwen|-0.83
p:typisch zo'n|etiketteren|1.0
p:u achter|adviseren|-0.99
p:u achter|bekritiseren|0.84
p:u al|gevoelsreflectie|-1.0
p:u al|open-vraag|-1.0
p:u al|adviseren|-0.91
p:u al|ondervragen|1.0
p:u alleen|gevoelsreflectie|-0.91
p:u allemaal|parafrase|-0.99
p:u alles|bekritiseren|0.99
p:u als|parafrase|-0.84
p:u als|moraliseren|0.94
p:u altijd|jij-boodschap|1.84
p:u altijd|bevelen|-0.97
p:u altijd|prijzen|0.92
p:u altijd|ondervragen|-1.0
p:u altijd|vervolgafspraak|-0.82
p:u altijd|bedanken|-0.92
p:u bedoeld|gevoelsreflectie|-0.81
p:u bedoelt|parafrase|1.86
p:u bedoelt|argumenteren|-0.97
p:u bedoelt|geruststellen|-0.88
p:u begrijpt|bekritiseren|0.99
p:u belt|bedanken|0.54
p:u bemoeit|jij-boodschap|0.3
p:u bemoeit|gevoelsreflectie|-0.78
p:u bemoeit|samenvatting|-1.0
p:u bemoeit|bekritiseren|0.92
p:u bent|ik-boodschap|-0.99
p:u bent|jij-boodschap|0.13
p:u bent|parafrase|0.66
p:u bent|gevoelsreflectie|1.27
p:u bent|samenvatting|0.7
p:u bent|open-vraag|-1.0
p:u bent|bevelen|-1.37
p:u bent|waarschuwen|-0.91
p:u bent|moraliseren|-1.0
p:u bent|bekritiseren|-0.59
p:u bent|prijzen|0.67
p:u bent|interpreteren|-0.98
p:u bent|geruststellen|-0.62
p:u bent|ondervragen|-0.94
p:u bent|vervolgafspraak|-0.93
p:u bent|bedanken|0.95
p:u beschermt|jij-boodschap|-0.9
p:u beschermt|interpreteren|0.9
p:u bespreken|prijzen|-0.91
p:u beter|bekritiseren|0.99
p:u binnen|bekritiseren|-0.98
p:u blij|geruststellen|0.99
p:u blijft|parafrase|-0.86
p:u boos|gevoelsreflectie|0.99
p:u boos|geruststellen|1.0
p:u boos|afleiden|0.97
p:u boos|vervolgafspraak|-0.91
p:u daar|parafrase|0.96
p:u daar|gevoelsreflectie|0.81
p:u daar|samenvatting|0.65
p:u daar|ondervragen|0.96
p:u daarna|adviseren|-0.93
p:u daarna|bedanken|0.93
p:u daartegenaan|jij-boodschap|-0.97
p:u daartegenaan|open-vraag|0.97
p:u daartegenaan|bekritiseren|-0.86
p:u daarvan|ik-boodschap|0.91
p:u daarvan|parafrase|-0.91
p:u daarvan|open-vraag|-0.97
p:u dan|interpreteren|0.93
p:u dankbaar|bedanken|0.6
p:u dat|ik-boodschap|1.0
p:u dat|parafrase|-1.0
p:u dat|gevoelsreflectie|-1.0
p:u dat|samenvatting|0.99
p:u dat|open-vraag|0.98
p:u dat|bekritiseren|-1.56
p:u dat|prijzen|0.11
p:u dat|geruststellen|-0.9
p:u dat|afleiden|1.0
p:u dat|vervolgafspraak|-0.97
p:u de|ik-boodschap|-0.93
p:u de|parafrase|0.93
p:u de|adviseren|1.0
p:u de|ondervragen|1.88
p:u dekt|jij-boodschap|0.97
p:u dekt|bekritiseren|0.97
p:u delen|open-vraag|0.92
p:u denkt|bekritiseren|0.99
p:u denkt|geruststellen|0.91
p:u die|moraliseren|0.99
p:u die|argumenteren|0.82
p:u die|afleiden|-0.99
p:u dient|bevelen|0.92
p:u dinsdag|bekritiseren|-0.98
p:u dit|gevoelsreflectie|0.96
p:u dit|bevelen|-0.89
p:u dit|waarschuwen|0.98
p:u dit|bekritiseren|-0.8
p:u dit|prijzen|-0.99
p:u doen|prijzen|-0.71
p:u doet|jij-boodschap|0.91
p:u doet|bekritiseren|0.81
p:u doet|geruststellen|2.37
p:u donderdag|afronding-aankondigen|-0.97
p:u donderdag|bedanken|0.99
p:u door|aanmoediging|0.93
p:u door|waarschuwen|0.91
p:u drie|jij-boodschap|0.5
p:u echt|open-vraag|-0.96
p:u een|jij-boodschap|-0.97
p:u een|prijzen|0.12
p:u een|etiketteren|-0.67
p:u een|geruststellen|2.51
p:u een|bedanken|0.76
p:u eens|ik-boodschap|0.93
p:u eens|gevoelsreflectie|0.12
p:u eens|open-vraag|0.81
p:u eens|adviseren|-0.17
p:u eerder|bekritiseren|-2.32
p:u eerlijk|bedanken|0.87
p:u eerst|adviseren|0.98
p:u eigenlijk|bekritiseren|0.96
p:u eigenlijk|interpreteren|-0.9
p:u eindelijk|jij-boodschap|0.9
p:u eindelijk|adviseren|-0.9
p:u eindelijk|bekritiseren|1.73
p:u er|jij-boodschap|-2.42
p:u er|parafrase|1.0
p:u er|gevoelsreflectie|-0.9
p:u er|open-vraag|0.97
p:u er|bekritiseren|-1.57
p:u er|geruststellen|-0.99
p:u er|ondervragen|0.98
p:u er|bedanken|-0.79
p:u erg|open-vraag|0.99
p:u ervan|adviseren|1.0
p:u ervan|bekritiseren|-0.88
p:u ervoor|bevelen|0.99
p:u even|aanmoediging|-0.98
p:u even|bevelen|0.94
p:u even|bekritiseren|-0.97
p:u even|prijzen|-0.97
p:u ga|gevoelsreflectie|-0.97
p:u gaat|jij-boodschap|-0.75
p:u gebeld|ik-boodschap|-1.0
p:u gebeld|jij-boodschap|-1.0
p:u gebeld|parafrase|1.0
p:u gebeld|gevoelsreflectie|-1.0
p:u gebeld|samenvatting|-1.0
p:u gebeld|open-vraag|-1.0
p:u gebeld|aanmoediging|-1.0
p:u gebeld|bevelen|-1.0
p:u gebeld|waarschuwen|-1.0
p:u gebeld|moraliseren|-1.0
p:u gebeld|adviseren|-1.0
p:u gebeld|argumenteren|-1.0
p:u gebeld|bekritiseren|-1.0
p:u gebeld|prijzen|-1.0
p:u gebeld|etiketteren|-1.0
p:u gebeld|interpreteren|-1.0
p:u gebeld|geruststellen|-1.0
p:u gebeld|ondervragen|-1.0
p:u gebeld|afleiden|-1.0
p:u gebeld|afronding-aankondigen|-1.0
p:u gebeld|vervolgafspraak|-1.0
p:u gebeld|bedanken|-1.0
p:u gebeurd|gevoelsreflectie|-1.0
p:u geeft|etiketteren|-0.97
p:u gekomen|prijzen|-0.93
p:u gelijk|bekritiseren|-0.84
p:u geschrokken|gevoelsreflectie|0.65
p:u geschrokken|geruststellen|-0.92
p:u gewoon|interpreteren|0.98
p:u goed|parafrase|0.99
p:u goed|gevoelsreflectie|0.88
p:u goed|samenvatting|-0.91
p:u graag|aanmoediging|-0.99
p:u haar|jij-boodschap|0.99
p:u haar|gevoelsreflectie|-0.99
p:u haar|bevelen|0.96
p:u haar|bekritiseren|0.99
p:u haar|ondervragen|0.91
p:u had|open-vraag|-0.91
p:u halverwege|ik-boodschap|0.91
p:u heeft|ik-boodschap|-1.0
p:u heeft|jij-boodschap|1.34
p:u heeft|parafrase|-0.82
p:u heeft|samenvatting|-1.0
p:u heeft|open-vraag|-0.16
p:u heeft|aanmoediging|-1.0
p:u heeft|bevelen|-1.0
p:u heeft|waarschuwen|-1.0
p:u heeft|moraliseren|-1.0
p:u heeft|adviseren|-1.0
p:u heeft|argumenteren|-0.84
p:u heeft|bekritiseren|0.61
p:u heeft|prijzen|-0.12
p:u heeft|etiketteren|-1.0
p:u heeft|interpreteren|-1.0
p:u heeft|geruststellen|-1.47
p:u heeft|ondervragen|-1.0
p:u heeft|afleiden|-1.0
p:u heeft|afronding-aankondigen|-1.0
p:u heeft|vervolgafspraak|-1.98
p:u heeft|bedanken|-1.0
p:u heen|open-vraag|0.98
p:u heen|aanmoediging|-0.98
p:u helpen|gevoelsreflectie|0.99
p:u helpen|open-vraag|1.0
p:u helpt|jij-boodschap|-0.94
p:u hem|jij-boodschap|-0.2
p:u hem|open-vraag|-0.97
p:u hem|bevelen|1.89
p:u hem|moraliseren|-0.94
p:u hem|adviseren|1.0
p:u hem|bekritiseren|-0.23
p:u hem|ondervragen|-0.91
p:u het|ik-boodschap|-1.0
p:u het|jij-boodschap|-0.95
p:u het|parafrase|1.61
p:u het|open-vraag|2.9
p:u het|aanmoediging|1.81
p:u het|argumenteren|-0.98
p:u het|bekritiseren|0.75
p:u het|interpreteren|1.98
p:u het|geruststellen|-1.0
p:u het|afleiden|-0.98
p:u het|vervolgafspraak|0.97
p:u het|bedanken|0.98
p:u hier|gevoelsreflectie|0.99
p:u hier|open-vraag|-0.99
p:u hier|bevelen|-0.97
p:u hier|bedanken|0.98
p:u hoe|samenvatting|0.83
p:u hoe|bedanken|-0.77
p:u hoeft|adviseren|-1.0
p:u hoeft|bekritiseren|-0.99
p:u hoeft|geruststellen|1.91
p:u hoor|parafrase|0.92
p:u houdt|bevelen|-0.92
p:u iets|geruststellen|-0.93
p:u ik|bekritiseren|-0.98
p:u is|open-vraag|-0.99
p:u kent|parafrase|-1.0
p:u kijkt|vervolgafspraak|0.94
p:u kijkt|bedanken|-0.54
p:u klinkt|jij-boodschap|1.87
p:u klinkt|parafrase|-1.81
p:u klinkt|etiketteren|0.99
p:u koffie|open-vraag|-0.98
p:u kon|bedanken|-0.94
p:u kunt|jij-boodschap|-0.8
p:u kunt|adviseren|0.92
p:u kunt|prijzen|1.0
p:u kunt|geruststellen|0.91
p:u laat|bevelen|-0.2
p:u laat|moraliseren|0.94
p:u laat|prijzen|-0.65
p:u let|samenvatting|0.83
p:u let|interpreteren|-0.99
p:u let|bedanken|-0.77
p:u luistert|gevoelsreflectie|-0.79
p:u luistert|bekritiseren|0.86
p:u luistert|interpreteren|-0.9
p:u maakt|jij-boodschap|1.5
p:u maakt|parafrase|-0.96
p:u maakt|gevoelsreflectie|0.68
p:u maakt|samenvatting|0.96
p:u maakt|adviseren|-0.96
p:u maakt|bekritiseren|1.81
p:u maakt|prijzen|-0.96
p:u maakt|interpreteren|-0.88
p:u maakt|geruststellen|-0.97
p:u maakt|vervolgafspraak|0.96
p:u maandag|ik-boodschap|-0.98
p:u maandag|bevelen|-0.93
p:u maandag|afronding-aankondigen|0.92
p:u maandag|vervolgafspraak|1.8
p:u maar|aanmoediging|0.99
p:u maar|bekritiseren|0.88
p:u machteloos|parafrase|-0.98
p:u mag|aanmoediging|0.92
p:u me|bevelen|0.93
p:u mij|jij-boodschap|0.91
p:u mij|bevelen|1.31
p:u mij|bekritiseren|0.81
p:u moe|adviseren|0.9
p:u moet|ik-boodschap|0.99
p:u moet|gevoelsreflectie|-0.99
p:u moet|bevelen|1.91
p:u moet|bekritiseren|0.86
p:u moet|prijzen|-1.0
p:u moet|geruststellen|-0.99
p:u moeten|jij-boodschap|0.8
p:u moeten|moraliseren|-0.94
p:u moeten|bekritiseren|0.85
p:u morgen|vervolgafspraak|1.94
p:u morgen|bedanken|-0.99
p:u naar|samenvatting|-0.79
p:u naar|argumenteren|0.9
p:u natuurlijk|prijzen|0.93
p:u nauwelijks|bekritiseren|1.84
p:u neem|open-vraag|-0.98
p:u neem|aanmoediging|0.98
p:u neemt|moraliseren|-0.93
p:u niet|gevoelsreflectie|-1.0
p:u niet|open-vraag|-1.0
p:u niet|moraliseren|-0.99
p:u niet|interpreteren|-0.99
p:u niet|geruststellen|-0.74
p:u niet|afleiden|1.0
p:u niet|vervolgafspraak|-0.99
p:u niets|bekritiseren|-3.38
p:u niks|jij-boodschap|1.39
p:u niks|bekritiseren|1.87
p:u nog|open-vraag|0.99
p:u nog|afleiden|0.72
p:u nou|jij-boodschap|-2.22
p:u nu|jij-boodschap|-0.99
p:u nu|parafrase|-0.99
p:u nu|bevelen|0.98
p:u nu|bekritiseren|-0.99
p:u nu|prijzen|0.99
p:u om|samenvatting|0.98
p:u om|bedanken|0.81
p:u omdat|bekritiseren|-0.87
p:u onderbreekt|bevelen|0.77
p:u onderschat|waarschuwen|0.86
p:u ongerust|geruststellen|0.97
p:u ongerust|afleiden|-0.97
p:u ons|ondervragen|-0.98
p:u op|gevoelsreflectie|1.0
p:u op|vervolgafspraak|0.94
p:u op|bedanken|-0.54
p:u oplost|interpreteren|0.98
p:u over|gevoelsreflectie|1.72
p:u over|adviseren|0.91
p:u over|vervolgafspraak|0.91
p:u overdrijft|bevelen|-1.0
p:u overdrijft|etiketteren|-0.98
p:u praat|samenvatting|0.98
p:u praat|bedanken|0.81
p:u precies|jij-boodschap|-0.98
p:u precies|afleiden|-0.63
p:u projecteert|interpreteren|0.88
p:u raakt|gevoelsreflectie|0.97
p:u raakt|open-vraag|0.98
p:u raakt|aanmoediging|-0.98
p:u rustig|gevoelsreflectie|-1.0
p:u rustig|aanmoediging|1.0
p:u samen|vervolgafspraak|-0.95
p:u schuift|bekritiseren|0.94
p:u snapt|jij-boodschap|-0.97
p:u snapt|prijzen|0.97
p:u snapt|interpreteren|-0.98
p:u steeds|jij-boodschap|1.32
p:u steeds|bekritiseren|1.66
p:u stelt|bekritiseren|-0.94
p:u teleurgesteld|gevoelsreflectie|1.0
p:u teleurgesteld|ondervragen|-1.0
p:u thuis|open-vraag|0.99
p:u thuis|adviseren|0.91
p:u thuis|prijzen|0.93
p:u thuis|vervolgafspraak|0.91
p:u toch|jij-boodschap|1.99
p:u toch|waarschuwen|-1.0
p:u toch|moraliseren|1.0
p:u toch|adviseren|-0.96
p:u toch|argumenteren|0.99
p:u toch|bekritiseren|-0.9
p:u toch|prijzen|0.15
p:u toch|etiketteren|0.99
p:u toen|bekritiseren|-0.96
p:u u|vervolgafspraak|-0.98
p:u van|gevoelsreflectie|1.0
p:u van|open-vraag|1.0
p:u van|ondervragen|-1.0
p:u vandaag|open-vraag|0.98
p:u vast|adviseren|-0.81
p:u vast|prijzen|2.92
p:u veel|bekritiseren|-0.8
p:u verder|parafrase|-1.0
p:u verder|open-vraag|-1.0
p:u verder|aanmoediging|1.0
p:u verdriet|gevoelsreflectie|0.96
p:u verdrietig|gevoelsreflectie|0.99
p:u vergeet|bekritiseren|0.75
p:u vergist|bevelen|-0.86
p:u vergist|argumenteren|0.99
p:u verkeerd|argumenteren|0.86
p:u vertelde|jij-boodschap|-0.9
p:u vertelde|waarschuwen|-0.9
p:u vertelde|bekritiseren|-0.9
p:u vertellen|prijzen|-0.99
p:u vertellen|interpreteren|-0.99
p:u verzet|interpreteren|0.85
p:u vindt|jij-boodschap|0.96
p:u vindt|parafrase|0.93
p:u vindt|gevoelsreflectie|-0.99
p:u vindt|samenvatting|-0.83
p:u vindt|open-vraag|-0.8
p:u vindt|bevelen|-0.38
p:u vindt|waarschuwen|-0.91
p:u vindt|argumenteren|0.92
p:u vindt|bekritiseren|0.86
p:u vindt|prijzen|1.76
p:u vindt|etiketteren|1.73
p:u vindt|ondervragen|-0.86
p:u vindt|vervolgafspraak|-0.82
p:u vindt|bedanken|-0.92
p:u voelt|gevoelsreflectie|1.0
p:u voelt|aanmoediging|-1.0
p:u volgende|samenvatting|-0.96
p:u volgende|adviseren|-0.99
p:u volgende|bedanken|-0.98
p:u voor|argumenteren|-0.97
p:u vooral|gevoelsreflectie|1.0
p:u vrij|gevoelsreflectie|-1.0
p:u vrijdag|ik-boodschap|-0.98
p:u vrijdag|afronding-aankondigen|-0.95
p:u vroeger|jij-boodschap|-0.9
p:u vroeger|interpreteren|0.9
p:u was|adviseren|1.95
p:u was|prijzen|0.72
p:u weet|parafrase|-0.84
p:u weet|moraliseren|0.97
p:u weet|adviseren|-0.97
p:u weet|argumenteren|-0.97
p:u weet|etiketteren|-1.0
p:u wel|gevoelsreflectie|-1.0
p:u wel|bevelen|-0.92
p:u wel|adviseren|0.93
p:u wel|bekritiseren|0.83
p:u wel|prijzen|-1.9
p:u wel|afronding-aankondigen|0.97
p:u wel|bedanken|0.71
p:u werkt|jij-boodschap|-0.99
p:u werkt|bekritiseren|-0.85
p:u wilt|ik-boodschap|-0.95
p:u wilt|parafrase|1.76
p:u wilt|gevoelsreflectie|-1.81
p:u wilt|samenvatting|0.87
p:u wilt|interpreteren|-1.65
p:u wilt|vervolgafspraak|0.99
p:u wilt|bedanken|-0.99
p:u woont|ik-boodschap|-0.96
p:u zeggen|parafrase|0.84
p:u zeggen|gevoelsreflectie|-0.98
p:u zegt|parafrase|0.78
p:u zegt|samenvatting|-1.59
p:u zegt|open-vraag|-0.96
p:u zegt|aanmoediging|-0.92
p:u zegt|interpreteren|0.99
p:u zegt|geruststellen|-0.98
p:u zelf|jij-boodschap|1.76
p:u zelf|adviseren|-0.98
p:u zelf|bekritiseren|0.9
p:u zelf|interpreteren|0.85
p:u zich|jij-boodschap|-0.3
p:u zich|parafrase|0.86
p:u zich|gevoelsreflectie|0.96
p:u zich|samenvatting|-0.91
p:u zich|open-vraag|0.92
p:u zich|adviseren|0.97
p:u zich|bekritiseren|-1.52
p:u zich|interpreteren|0.99
p:u zich|geruststellen|0.82
p:u zich|afleiden|-0.97
p:u zijn|jij-boodschap|-0.36
p:u zijn|gevoelsreflectie|0.29
p:u zijn|bekritiseren|-0.85
p:u zijn|interpreteren|-0.94
p:u zijn|vervolgafspraak|0.97
p:u zit|geruststellen|-0.84
p:u zitten|bevelen|1.0
p:u zitten|waarschuwen|0.91
p:u zo|gevoelsreflectie|-0.97
p:u zo|adviseren|-0.81
p:u zo|prijzen|-0.71
p:u zo|bedanken|0.6
p:uit haar|vervolgafspraak|-0.94
p:uit het|ik-boodschap|-0.95
p:uit het|jij-boodschap|-0.79
p:uit het|waarschuwen|0.91
p:uit iedereen|jij-boodschap|-0.53
p:uit iedereen|bekritiseren|-0.62
p:uit iedereen|afleiden|0.98
p:uit jezelf|ik-boodschap|0.95
p:uit marokko|jij-boodschap|-0.7
p:uit meekrijgen|moraliseren|0.92
p:uit onderzoek|argumenteren|0.96
p:uit onzekerheid|geruststellen|-0.94
p:uit te|bevelen|0.93
p:uit te|adviseren|-0.74
p:uit zijn|adviseren|0.87
p:uitdaging geven|interpreteren|0.94
p:uiterlijk maandag|bevelen|1.77
p:uitgelachen daar|ik-boodschap|0.97
p:uitgelachen daar|gevoelsreflectie|-0.97
p:uitgerust is|moraliseren|0.98
p:uitgesteld want|ik-boodschap|1.0
p:uitlachen doe|moraliseren|0.93
p:uitlachen om|parafrase|0.97
p:uitlachen om|gevoelsreflectie|0.78
p:uitlachen om|samenvatting|-0.97
p:uitlachen om|open-vraag|-0.97
p:uitleg met|ik-boodschap|0.98
p:uitleg niet|ik-boodschap|0.68
p:uitleg niet|samenvatting|-0.83
p:uitleg voor|open-vraag|0.99
p:uitliep heb|ik-boodschap|0.97
p:uitlokt omdat|argumenteren|-0.94
p:uitnodiging voor|parafrase|1.0
p:uitpraten alstublieft|afleiden|-0.97
p:uitpraten laat|bevelen|0.77
p:uitschelden doe|jij-boodschap|-1.8
p:uitschelden doe|moraliseren|1.8
p:uitschelden doe|bekritiseren|-1.8
p:uitscheldt schrik|ik-boodschap|1.62
p:uitscheldt schrik|jij-boodschap|-0.95
p:uitscheldt schrik|bekritiseren|-0.87
p:uitschold in|ik-boodschap|0.77
p:uitziet ?|prijzen|-0.99
p:uitziet ?|interpreteren|-0.99
p:uitzondering kunnen|argumenteren|0.98
p:uitzondering kunnen|interpreteren|-0.98
p:uitzondering op|ik-boodschap|-0.97
p:uitzondering op|argumenteren|0.97
p:uren je|jij-boodschap|0.68
p:urenlang te|parafrase|0.9
p:urenlang te|samenvatting|-0.64
p:utrecht heb|ik-boodschap|-0.96
p:uur 's|bekritiseren|0.86
p:uur bij|samenvatting|-0.55
p:uur bij|waarschuwen|1.0
p:uur bij|vervolgafspraak|-1.0
p:uur doorgeven|ik-boodschap|0.97
p:uur doorgeven|waarschuwen|-0.97
p:uur even|vervolgafspraak|0.99
p:uur gewoon|ik-boodschap|-1.0
p:uur gewoon|open-vraag|-1.0
p:uur gewoon|moraliseren|1.0
p:uur heeft|open-vraag|-0.92
p:uur innemen|adviseren|0.99
p:uur leren|argumenteren|-0.91
p:uur nablijven|jij-boodschap|-1.0
p:uur nablijven|gevoelsreflectie|-1.0
p:uur nablijven|waarschuwen|-1.0
p:uur nablijven|moraliseren|-1.0
p:uur nablijven|argumenteren|1.0
p:uur nablijven|bekritiseren|-1.0
p:uur niet|ik-boodschap|1.81
p:uur om|samenvatting|-0.96
p:uur om|bedanken|-0.79
p:uur omgooien|jij-boodschap|-0.69
p:uur omgooien|bekritiseren|-0.29
p:uur omgooien|afleiden|-0.87
p:uur samen|ik-boodschap|0.96
p:uur samen|vervolgafspraak|0.96
p:uur verder|ondervragen|-0.96
p:uur vrij|samenvatting|-0.99
p:uur weer|vervolgafspraak|0.98
p:uur werkt|argumenteren|0.89
p:uur zie|vervolgafspraak|0.94
p:uur zit|ondervragen|0.88
p:uurtje leren|geruststellen|-0.96
p:uw begrip|bekritiseren|-0.83
p:uw dochter|jij-boodschap|0.94
p:uw dochter|bekritiseren|0.87
p:uw dochter|prijzen|-0.65
p:uw eigen|interpreteren|0.88
p:uw eigen|afleiden|-0.96
p:uw ervaring|prijzen|1.89
p:uw geweldige|bekritiseren|0.93
p:uw geweldige|bedanken|-1.79
p:uw kind|gevoelsreflectie|0.97
p:uw kind|adviseren|-0.96
p:uw komst|argumenteren|-0.97
p:uw komst|bedanken|1.96
p:uw mail|gevoelsreflectie|-0.78
p:uw mail|samenvatting|-1.0
p:uw mails|gevoelsreflectie|0.87
p:uw man|ik-boodschap|0.68
p:uw man|parafrase|-0.99
p:uw man|gevoelsreflectie|-0.99
p:uw man|samenvatting|-0.83
p:uw man|vervolgafspraak|-0.99
p:uw ogen|parafrase|0.95
p:uw openheid|afronding-aankondigen|-0.99
p:uw taak|moraliseren|0.93
p:uw tijd|samenvatting|0.98
p:uw tijd|bedanken|0.81
p:uw vakantie|afleiden|0.99
p:uw verantwoordelijkheid|moraliseren|-0.93
p:uw verantwoordelijkheid|argumenteren|-0.98
p:uw verhaal|gevoelsreflectie|-0.95
p:uw verhaal|bedanken|0.93
p:uw vraag|aanmoediging|-0.97
p:uw vraag|bevelen|-0.73
p:uw zoon|ik-boodschap|-1.0
p:uw zoon|jij-boodschap|0.82
p:uw zoon|moraliseren|-0.97
p:uzelf blijkbaar|etiketteren|1.73
p:vaak alleen|ik-boodschap|-0.84
p:vaak alleen|gevoelsreflectie|-0.94
p:vaak alleen|samenvatting|0.86
p:vaak alleen|bevelen|-0.94
p:vaak alleen|adviseren|-0.91
p:vaak alleen|vervolgafspraak|-1.87
p:vaak als|adviseren|0.96
p:vaak haar|ik-boodschap|-0.91
p:vaak is|ondervragen|0.95
p:vaak is|afleiden|-0.84
p:vaak maar|gevoelsreflectie|-0.89
p:vaak maar|vervolgafspraak|-0.88
p:vaak moe|vervolgafspraak|-0.95
p:vaak pas|ik-boodschap|0.99
p:vaak te|interpreteren|-0.99
p:vaak uit|ik-boodschap|-0.95
p:vaart zal|geruststellen|0.95
p:vader bent|jij-boodschap|-0.97
p:vader bent|prijzen|0.97
p:vader bij|vervolgafspraak|-0.97
p:vader dan|etiketteren|-0.98
p:vader dan|geruststellen|-0.98
p:vader en|parafrase|0.96
p:vader het|moraliseren|1.0
p:vader het|adviseren|-0.86
p:vader is|parafrase|0.95
p:vader komt|bevelen|-1.45
p:vader komt|moraliseren|-0.94
p:vader morgen|samenvatting|-0.82
p:vader morgen|vervolgafspraak|1.0
p:vader toch|bekritiseren|0.96
p:vader u|adviseren|-0.97
p:vader van|prijzen|-0.96
p:vader vanavond|vervolgafspraak|0.87
p:vak heb|open-vraag|-0.93
p:vakantie ?|afleiden|1.71
p:vakdocenten aan|samenvatting|0.83
p:vakdocenten aan|bedanken|-0.77
p:vakdocenten niet|parafrase|-0.95
p:vaker hardop|adviseren|0.96
p:vaker hardop|geruststellen|0.96
p:vaker horen|gevoelsreflectie|-0.85
p:vaker horen|samenvatting|0.7
p:vaker naar|gevoelsreflectie|-0.98
p:vaker zelf|bevelen|-0.41
p:vakken ?|parafrase|0.77
p:vakken ?|open-vraag|0.94
p:vakken ophalen|bevelen|-0.82
p:valt me|ik-boodschap|-0.94
p:valt niet|gevoelsreflectie|0.65
p:valt niet|argumenteren|0.98
p:valt niet|geruststellen|-0.92
p:van ?|jij-boodschap|-0.73
p:van ?|gevoelsreflectie|-0.86
p:van ?|ondervragen|0.96
p:van aan|etiketteren|-0.96
p:van aantrekt|samenvatting|-0.91
p:van binnen|interpreteren|0.99
p:van bram|vervolgafspraak|-0.94
p:van dat|ik-boodschap|1.81
p:van dat|gevoelsreflectie|0.94
p:van dat|open-vraag|-0.86
p:van de|ik-boodschap|-2.04
p:van de|jij-boodschap|0.67
p:van de|parafrase|-1.92
p:van de|bevelen|1.31
p:van de|waarschuwen|0.91
p:van de|moraliseren|-0.94
p:van de|adviseren|-1.86
p:van de|argumenteren|0.18
p:van de|bekritiseren|-1.84
p:van de|prijzen|0.99
p:van de|etiketteren|0.86
p:van de|interpreteren|-0.99
p:van de|ondervragen|-0.98
p:van de|vervolgafspraak|0.91
p:van deze|ik-boodschap|-0.95
p:van die|moraliseren|-0.99
p:van die|argumenteren|-0.99
p:van die|bekritiseren|-0.99
p:van die|etiketteren|0.75
p:van die|geruststellen|-1.0
p:van die|afleiden|-0.7
p:van een|ik-boodschap|1.0
p:van een|parafrase|-1.0
p:van een|open-vraag|1.0
p:van een|moraliseren|0.78
p:van een|etiketteren|1.0
p:van een|geruststellen|-0.72
p:van engels|vervolgafspraak|0.95
p:van fatima|ik-boodschap|-1.0
p:van fatima|open-vraag|1.0
p:van gemengde|adviseren|-0.92
p:van geschrokken|ik-boodschap|1.03
p:van geschrokken|parafrase|-1.0
p:van geschrokken|etiketteren|-0.85
p:van hierover|afleiden|0.99
p:van huis|moraliseren|0.92
p:van in|argumenteren|-0.99
p:van in|geruststellen|0.99
p:van internet|jij-boodschap|0.94
p:van internet|bekritiseren|0.94
p:van je|ik-boodschap|-0.97
p:van je|parafrase|-0.97
p:van je|gevoelsreflectie|-0.97
p:van je|open-vraag|1.94
p:van je|moraliseren|-0.87
p:van jesse|ik-boodschap|0.99
p:van jesse|jij-boodschap|-0.91
p:van jesse|bekritiseren|-0.99
p:van jou|jij-boodschap|-1.0
p:van jou|bekritiseren|-1.0
p:van jou|interpreteren|1.0
p:van jullie|bekritiseren|0.89
p:van jullie|etiketteren|-0.72
p:van klas|parafrase|0.99
p:van lars|prijzen|-0.96
p:van ligt|gevoelsreflectie|0.97
p:van ligt|geruststellen|0.94
p:van ligt|bedanken|-0.97
p:van maakt|jij-boodschap|1.07
p:van maakt|gevoelsreflectie|-0.97
p:van maakt|bekritiseren|-0.9
p:van maakt|etiketteren|0.97
p:van merkt|open-vraag|-0.84
p:van mij|jij-boodschap|0.95
p:van mij|bekritiseren|0.95
p:van ondersteboven|jij-boodschap|-0.84
p:van ondersteboven|gevoelsreflectie|0.99
p:van ons|gevoelsreflectie|1.0
p:van ons|open-vraag|1.0
p:van ons|ondervragen|-1.0
p:van ouders|moraliseren|0.98
p:van overtuigd|open-vraag|-1.0
p:van overtuigd|geruststellen|1.0
p:van periode|argumenteren|-0.96
p:van profiel|samenvatting|1.0
p:van scheikunde|open-vraag|-0.92
p:van school|ik-boodschap|-1.0
p:van school|jij-boodschap|-0.16
p:van school|parafrase|1.0
p:van school|gevoelsreflectie|-1.0
p:van school|samenvatting|-1.0
p:van school|open-vraag|-1.0
p:van school|aanmoediging|-1.0
p:van school|bevelen|-1.0
p:van school|moraliseren|-1.0
p:van school|adviseren|-1.0
p:van school|argumenteren|-1.0
p:van school|bekritiseren|-1.0
p:van school|prijzen|-1.0
p:van school|etiketteren|-1.0
p:van school|interpreteren|-1.91
p:van school|geruststellen|-1.0
p:van school|ondervragen|-1.0
p:van school|afleiden|-1.0
p:van school|afronding-aankondigen|-1.0
p:van school|vervolgafspraak|-1.0
p:van school|bedanken|-1.0
p:van september|argumenteren|0.93
p:van te|moraliseren|-0.78
p:van te|interpreteren|-0.93
p:van te|afleiden|-0.62
p:van tevoren|parafrase|0.8
p:van tevoren|open-vraag|-0.99
p:van tevoren|adviseren|1.88
p:van thuis|prijzen|-0.99
p:van thuis|interpreteren|-0.99
p:van u|jij-boodschap|-0.94
p:van u|parafrase|0.92
p:van u|interpreteren|0.98
p:van vakantie|vervolgafspraak|-0.94
p:van veertien|ik-boodschap|-1.0
p:van veertien|open-vraag|-1.0
p:van veertien|moraliseren|1.0
p:van verwend|jij-boodschap|0.92
p:van vorige|bekritiseren|0.98
p:van vorige|ondervragen|1.86
p:van wakker|open-vraag|0.97
p:van wat|ik-boodschap|0.97
p:van wat|jij-boodschap|0.91
p:van wat|bekritiseren|0.81
p:van werd|ik-boodschap|-0.9
p:van wordt|gevoelsreflectie|0.99
p:van wordt|bedanken|0.17
p:van zijn|jij-boodschap|0.94
p:van zijn|open-vraag|0.99
p:van zijn|adviseren|0.96
p:van zijn|bekritiseren|0.94
p:vanaf dag|gevoelsreflectie|-0.91
p:vanaf de|bevelen|-0.86
p:vanaf morgen|bevelen|0.91
p:vanaf morgen|interpreteren|-0.89
p:vanaf nu|bevelen|-0.82
p:vanaf vandaag|interpreteren|-0.94
p:vanavond duidelijk|bevelen|1.0
p:vanavond duidelijk|argumenteren|-1.0
p:vanavond even|vervolgafspraak|0.87
p:vanavond nog|etiketteren|-0.99
p:vandaag af|open-vraag|0.93
p:vandaag als|open-vraag|0.98
p:vandaag bij|parafrase|-1.0
p:vandaag bij|argumenteren|-0.97
p:vandaag bij|interpreteren|-1.0
p:vandaag bij|afleiden|-1.0
p:vandaag bij|afronding-aankondigen|1.0
p:vandaag bij|vervolgafspraak|-0.92
p:vandaag de|ik-boodschap|-0.95
p:vandaag een|etiketteren|-0.99
p:vandaag gewoon|interpreteren|-0.94
p:vandaag he|samenvatting|-1.0
p:vandaag he|afleiden|1.0
p:vandaag he|afronding-aankondigen|-1.0
p:vandaag hè|etiketteren|-0.96
p:vandaag niet|bevelen|-0.99
p:vandaag nog|bekritiseren|-0.63
p:vandaag nog|vervolgafspraak|-0.87
p:vandaag ook|ik-boodschap|-1.0
p:vandaag stoppen|ik-boodschap|0.91
p:vandaag wil|samenvatting|-0.93
p:vandaag wilden|bedanken|0.99
p:vandaag zelf|ik-boodschap|1.74
p:vandaag ziek|ondervragen|-0.99
p:vanmiddag gewoon|bevelen|2.43
p:vanmiddag gewoon|etiketteren|-0.97
p:vanochtend ayoub|ik-boodschap|0.91
p:vanochtend zonder|argumenteren|-1.0
p:vanochtend zonder|vervolgafspraak|-1.0
p:vanochtend zonder|bedanken|-1.0
p:vanuit dat|ik-boodschap|-0.91
p:vanuit dat|vervolgafspraak|-0.91
p:vanzelf over|geruststellen|1.92
p:vanzelf over|afleiden|-0.99
p:vanzelf recht|bekritiseren|-0.81
p:vanzelf recht|geruststellen|0.81
p:vanzelf weer|afleiden|-0.85
p:vast aanspreekpunt|afronding-aankondigen|-0.83
p:vast akkoord|jij-boodschap|-0.75
p:vast akkoord|prijzen|1.0
p:vast akkoord|etiketteren|-0.98
p:vast akkoord|geruststellen|-0.98
p:vast als|prijzen|0.96
p:vast doordat|interpreteren|1.0
p:vast doordat|geruststellen|-0.9
p:vast geen|prijzen|0.83
p:vast goed|bevelen|-0.38
p:vast goed|waarschuwen|-0.91
p:vast goed|geruststellen|0.91
p:vast hoe|ik-boodschap|0.98
p:vast huiswerkuur|ondervragen|-0.96
p:vast moment|prijzen|-0.85
p:vast niet|prijzen|0.92
p:vast niet|geruststellen|0.98
p:vast niet|vervolgafspraak|-0.82
p:vast niet|bedanken|-0.92
p:vast nog|prijzen|0.97
p:vast ook|jij-boodschap|-0.99
p:vast ook|parafrase|-0.99
p:vast ook|bevelen|-0.97
p:vast ook|adviseren|-0.81
p:vast ook|bekritiseren|-0.99
p:vast ook|prijzen|0.99
p:vast weer|geruststellen|0.97
p:vast wel|prijzen|1.0
p:vast wel|etiketteren|-1.0
p:vast wel|geruststellen|-0.91
p:vast zullen|ik-boodschap|0.96
p:vast zullen|vervolgafspraak|0.96
p:vaste huiswerktijd|adviseren|1.86
p:vaste huiswerktijd|vervolgafspraak|0.91
p:vaste plek|samenvatting|0.83
p:vecht wordt|waarschuwen|1.0
p:vecht wordt|argumenteren|-1.0
p:veel beschermt|bekritiseren|-0.86
p:veel in|ik-boodschap|-0.99
p:veel interesse|bekritiseren|-0.8
p:veel is|parafrase|1.0
p:veel laten|bevelen|-1.0
p:veel leerlingen|argumenteren|-0.99
p:veel leerlingen|geruststellen|0.99
p:veel lessen|jij-boodschap|-0.96
p:veel met|jij-boodschap|0.3
p:veel met|bekritiseren|0.92
p:veel te|jij-boodschap|0.3
p:veel te|parafrase|-0.99
p:veel te|bevelen|-1.0
p:veel te|bekritiseren|0.92
p:veel wordt|parafrase|-0.99
p:veertien horen|ik-boodschap|-1.0
p:veertien horen|open-vraag|-1.0
p:veertien horen|moraliseren|1.0
p:veilig voelt|gevoelsreflectie|-0.96
p:vel daarom|waarschuwen|-0.85
p:ver over|jij-boodschap|0.97
p:ver over|bekritiseren|1.37
p:veranderde er|parafrase|0.92
p:verantwoord dat|argumenteren|0.99
p:verantwoordelijk voor|jij-boodschap|0.77
p:verantwoordelijk voor|bekritiseren|1.76
p:verantwoordelijkheid af|bekritiseren|0.94
p:verantwoordelijkheid dat|argumenteren|-0.98
p:verantwoordelijkheid geeft|open-vraag|-0.97
p:verantwoordelijkheid namen|adviseren|0.99
p:verantwoordelijkheid niet|moraliseren|-0.93
p:verantwoordelijkheid om|samenvatting|-0.97
p:verantwoordelijkheid te|bevelen|-0.9
p:verantwoordelijkheid van|moraliseren|0.98
p:verbergen dat|ik-boodschap|-0.61
p:verbergen dat|interpreteren|0.9
p:verbeteringen niet|ondervragen|-0.99
p:verbouwing ?|afleiden|0.94
p:verder ?|aanmoediging|0.98
p:verder en|vervolgafspraak|-0.91
p:verder ik|gevoelsreflectie|-0.98
p:verder ik|samenvatting|-0.98
p:verder mee|bevelen|-0.99
p:verder met|bekritiseren|-0.93
p:verder met|vervolgafspraak|0.99
p:verder met|bedanken|-0.99
p:verder praten|ondervragen|-0.96
p:verder praten|afleiden|-0.96
p:verder praten|afronding-aankondigen|-0.99
p:verder praten|vervolgafspraak|0.92
p:verder toch|adviseren|-0.96
p:verdriet doet|gevoelsreflectie|0.96
p:verdrietig bij|gevoelsreflectie|0.95
p:verdrietig dat|ik-boodschap|-0.99
p:verdrietig over|ik-boodschap|-0.92
p:verdrietig van|gevoelsreflectie|-0.83
p:verdrietig van|geruststellen|-0.93
p:vergeet elke|bekritiseren|0.75
p:vergeet kan|ik-boodschap|0.92
p:vergeet kan|open-vraag|-0.99
p:vergeet moet|bekritiseren|-0.98
p:vergeet soms|geruststellen|0.93
p:vergeten waardoor|gevoelsreflectie|-0.6
p:vergeten waardoor|open-vraag|0.98
p:vergeten waardoor|bekritiseren|-0.98
p:vergist je|moraliseren|-0.9
p:vergist je|argumenteren|0.93
p:vergist zich|bevelen|-0.86
p:vergist zich|argumenteren|0.99
p:verhaal afmaken|bevelen|0.77
p:verhaal ik|bedanken|0.93
p:verhaal niet|open-vraag|-1.0
p:verhaal niet|adviseren|-1.0
p:verhaal niet|geruststellen|-1.0
p:verhouding stond|open-vraag|-0.8
p:verhuizing ?|ondervragen|0.94
p:verhuizing wat|parafrase|0.92
p:verjaardag ?|afleiden|-0.96
p:verkeerd de|argumenteren|0.86
p:verkeerd doet|geruststellen|-0.93
p:verkeerd gedaan|parafrase|-1.0
p:verkeerd gedaan|geruststellen|-0.47
p:verpest de|jij-boodschap|2.34
p:verpest de|waarschuwen|1.0
p:verpest de|bekritiseren|1.77
p:verpest niemand|waarschuwen|-0.99
p:verpleegkundige ziet|prijzen|0.93
p:verschil denk|open-vraag|0.92
p:verschil maakt|gevoelsreflectie|-0.99
p:verschil maakt|samenvatting|0.99
p:verschil van|geruststellen|-0.72
p:verschoven is|argumenteren|-0.9
p:verslag binnengekregen|ik-boodschap|0.99
p:verslag binnengekregen|bekritiseren|-0.99
p:versta ik|open-vraag|-0.96
p:verstandig u|interpreteren|-0.98
p:verstoort elke|jij-boodschap|0.95
p:verstoort elke|bekritiseren|0.86
p:vertalen hoort|ik-boodschap|0.99
p:vertalen hoort|bevelen|-0.99
p:vertel eens|afleiden|-0.91
p:verteld ?|open-vraag|0.99
p:verteld ?|bekritiseren|-0.78
p:verteld ?|prijzen|-0.87
p:verteld ?|ondervragen|0.99
p:verteld ?|afleiden|-0.99
p:verteld over|jij-boodschap|-0.98
p:verteld over|parafrase|1.0
p:verteld over|samenvatting|-0.7
p:verteld over|afleiden|-0.63
p:vertelde dat|jij-boodschap|-0.9
p:vertelde dat|waarschuwen|-0.9
p:vertelde dat|bekritiseren|-0.9
p:vertelde hij|interpreteren|-0.98
p:vertellen hoe|prijzen|-0.99
p:vertellen hoe|interpreteren|-0.99
p:vertellen terwijl|gevoelsreflectie|0.9
p:vertelt anouk|afronding-aankondigen|-0.96
p:vertelt dank|bedanken|0.98
p:vertelt ik|gevoelsreflectie|0.96
p:vertelt u|parafrase|-1.0
p:vertelt u|open-vraag|-0.18
p:vertelt u|aanmoediging|1.0
p:vertelt u|bevelen|0.96
p:vertrouwenspersoon er|vervolgafspraak|1.66
p:verveelt zich|interpreteren|0.94
p:vervelend hoe|open-vraag|1.96
p:vervelend om|bekritiseren|-0.92
p:vervelend voor|ik-boodschap|-0.98
p:vervelend voor|open-vraag|-0.97
p:vervelend want|ik-boodschap|0.83
p:verwacht ?|gevoelsreflectie|1.0
p:verwacht ?|open-vraag|1.0
p:verwacht ?|ondervragen|-1.0
p:verwacht dat|open-vraag|-0.91
p:verwacht dat|bevelen|0.98
p:verwacht u|bevelen|-0.92
p:verwend kind|moraliseren|-0.97
p:verwend nest|gevoelsreflectie|-0.95
p:verwend nestje|jij-boodschap|0.92
p:verzet zich|interpreteren|0.85
p:verzuim achterloopt|moraliseren|-0.96
p:verzuim de|afleiden|-0.85
p:verzuim en|samenvatting|1.0
p:verzuim en|open-vraag|0.93
p:verzuim en|aanmoediging|-1.0
p:verzuim in|bedanken|0.54
p:verzuim je|jij-boodschap|-0.95
p:verzuim je|samenvatting|0.95
p:verzuim je|bekritiseren|-0.95
p:verzuim niet|ik-boodschap|-0.97
p:verzuim zijn|argumenteren|-0.94
p:verzuim zit|open-vraag|-0.84
p:verzuimoverzicht hier|gevoelsreflectie|-0.95
p:via de|vervolgafspraak|0.96
p:via een|parafrase|1.61
p:via snapchat|ik-boodschap|-0.96
p:via snapchat|samenvatting|0.96
p:vier andere|ik-boodschap|1.0
p:vier dagen|vervolgafspraak|-0.91
p:vier en|ik-boodschap|-1.0
p:vier en|argumenteren|1.0
p:vier en|etiketteren|-1.0
p:vier en|afleiden|-1.0
p:vier onvoldoendes|ik-boodschap|0.93
p:vier onvoldoendes|argumenteren|0.99
p:vier past|bedanken|-0.81
p:vier uur|waarschuwen|-0.99
p:vier uur|ondervragen|-0.96
p:vier uur|bedanken|-0.79
p:vier weken|parafrase|-0.75
p:vierde mag|moraliseren|0.78
p:vierde uur|samenvatting|-0.99
p:vierde uur|vervolgafspraak|0.99
p:vierde uur|bedanken|-0.98
p:vijf dat|ik-boodschap|-1.0
p:vijf dat|argumenteren|1.0
p:vijf dat|etiketteren|-1.0
p:vijf dat|afleiden|-1.0
p:vijf is|etiketteren|-0.75
p:vijf minuten|vervolgafspraak|-0.96
p:vijf minuten|bedanken|-0.96
p:vijf tekortpunten|argumenteren|0.99
p:vijf van|argumenteren|0.99
p:vijf werkdagen|argumenteren|-0.95
p:vijftiende om|vervolgafspraak|0.94
p:vijftiende om|bedanken|-0.54
p:vind dat|ik-boodschap|-0.99
p:vind dat|gevoelsreflectie|-0.74
p:vind dat|bekritiseren|1.29
p:vind dat|geruststellen|-0.98
p:vind dat|afronding-aankondigen|-1.0
p:vind dit|ik-boodschap|-0.99
p:vind het|ik-boodschap|2.14
p:vind het|jij-boodschap|0.99
p:vind het|gevoelsreflectie|-0.91
p:vind ik|ik-boodschap|2.43
p:vind ik|jij-boodschap|0.98
p:vind ik|parafrase|-0.95
p:vind ik|gevoelsreflectie|-0.6
p:vind ik|open-vraag|1.9
p:vind ik|waarschuwen|-1.0
p:vind ik|moraliseren|0.92
p:vind ik|adviseren|0.91
p:vind ik|bekritiseren|-0.16
p:vind ik|etiketteren|-0.98
p:vind ik|interpreteren|-1.0
p:vind ik|vervolgafspraak|0.91
p:vind je|open-vraag|0.97
p:vind jij|jij-boodschap|-0.73
p:vinden jullie|prijzen|0.83
p:vinden wel|adviseren|-0.58
p:vinden wel|geruststellen|0.83
p:vindt daan|gevoelsreflectie|-0.86
p:vindt de|parafrase|-0.94
p:vindt dus|parafrase|0.92
p:vindt dus|open-vraag|-0.8
p:vindt dus|argumenteren|-0.84
p:vindt het|jij-boodschap|0.96
p:vindt het|parafrase|0.93
p:vindt het|samenvatting|-0.83
p:vindt het|bevelen|-0.38
p:vindt het|waarschuwen|-0.91
p:vindt het|argumenteren|1.76
p:vindt het|bekritiseren|1.86
p:vindt het|prijzen|1.76
p:vindt het|ondervragen|-0.86
p:vindt het|vervolgafspraak|-0.82
p:vindt het|bedanken|-0.92
p:vindt jezelf|etiketteren|-0.63
p:vindt kunnen|prijzen|-0.83
p:vindt maar|gevoelsreflectie|0.99
p:vindt u|open-vraag|0.93
p:vindt u|interpreteren|0.98
p:vindt uzelf|etiketteren|1.73
p:vingers in|gevoelsreflectie|-0.98
p:vingers in|geruststellen|1.87
p:voel ik|ik-boodschap|0.99
p:voel ik|bevelen|-0.99
p:voel me|jij-boodschap|-1.0
p:voelde toen|gevoelsreflectie|1.84
p:voelen als|gevoelsreflectie|0.97
p:voelt door|parafrase|0.86
p:voelt door|samenvatting|-0.9
p:voelt in|ik-boodschap|-0.86
p:voelt in|samenvatting|0.86
p:voelt in|interpreteren|-0.99
p:voelt je|gevoelsreflectie|0.97
p:voelt je|samenvatting|-0.97
p:voelt oneerlijk|parafrase|0.92
p:voelt oneerlijk|gevoelsreflectie|0.92
p:voelt over|jij-boodschap|-0.3
p:voelt over|interpreteren|0.99
p:voelt u|gevoelsreflectie|0.87
p:voelt wat|gevoelsreflectie|0.98
p:voelt wat|open-vraag|0.81
p:voelt zich|parafrase|-1.92
p:voelt zich|samenvatting|2.91
p:voelt zich|aanmoediging|-1.0
p:voetbal ?|bekritiseren|-0.94
p:voetbal vertelde|interpreteren|-0.98
p:voetbal zit|samenvatting|-0.91
p:voetballen zaterdag|open-vraag|-0.94
p:voetballen zaterdag|afleiden|0.85
p:voetbalwedstrijd zaterdag|open-vraag|-1.61
p:voetbalwedstrijd zaterdag|afleiden|0.86
p:voldoende dus|parafrase|-0.94
p:voldoende dus|argumenteren|0.94
p:voldoende maar|argumenteren|-0.94
p:voldoende voor|argumenteren|0.93
p:volg begon|open-vraag|-0.99
p:volg heeft|parafrase|1.0
p:volg heeft|samenvatting|-0.7
p:volgend jaar|jij-boodschap|-0.84
p:volgend jaar|waarschuwen|0.9
p:volgend jaar|bekritiseren|-0.98
p:volgend jaar|geruststellen|-0.76
p:volgende gesprek|vervolgafspraak|-0.96
p:volgende gesprek|bedanken|-0.96
p:volgende incident|waarschuwen|0.98
p:volgende keer|ik-boodschap|-0.82
p:volgende keer|jij-boodschap|-0.83
p:volgende keer|vervolgafspraak|2.93
p:volgende maand|afleiden|0.93
p:volgende ouders|afronding-aankondigen|0.99
p:volgende ouders|vervolgafspraak|-0.99
p:volgende week|ik-boodschap|-0.99
p:volgende week|parafrase|0.82
p:volgende week|samenvatting|0.17
p:volgende week|waarschuwen|-0.99
p:volgende week|adviseren|-0.99
p:volgende week|ondervragen|-0.96
p:volgende week|afleiden|-1.69
p:volgende week|vervolgafspraak|3.75
p:volgende week|bedanken|-0.98
p:volgens het|argumenteren|0.99
p:volgens jou|parafrase|-0.92
p:volgens mij|ik-boodschap|-0.99
p:volgens mij|jij-boodschap|-0.74
p:volgens mij|parafrase|-0.8
p:volgens mij|gevoelsreflectie|-0.8
p:volgens mij|adviseren|0.82
p:volgens mij|argumenteren|-1.92
p:volgens mij|etiketteren|-0.99
p:volgens mij|interpreteren|3.79
p:volgens u|ik-boodschap|-1.0
p:volgens u|jij-boodschap|-1.0
p:volgens u|parafrase|1.0
p:volgens u|gevoelsreflectie|-2.0
p:volgens u|samenvatting|-1.0
p:volgens u|aanmoediging|-1.0
p:volgens u|bevelen|-1.0
p:volgens u|waarschuwen|-1.0
p:volgens u|moraliseren|-1.0
p:volgens u|adviseren|-1.0
p:volgens u|argumenteren|-1.0
p:volgens u|bekritiseren|-1.0
p:volgens u|prijzen|-1.0
p:volgens u|etiketteren|-1.0
p:volgens u|interpreteren|-1.0
p:volgens u|geruststellen|-1.9
p:volgens u|ondervragen|-1.0
p:volgens u|afleiden|-1.0
p:volgens u|afronding-aankondigen|-1.0
p:volgens u|vervolgafspraak|-1.0
p:volgens u|bedanken|-1.0
p:volgt een|jij-boodschap|-1.0
p:volgt een|gevoelsreflectie|-1.0
p:volgt een|moraliseren|-1.0
p:volgt een|argumenteren|1.0
p:volgt een|bekritiseren|-1.0
p:volgt er|jij-boodschap|-0.97
p:volgt er|moraliseren|0.9
p:volwassene bij|ondervragen|0.95
p:volwassene bij|afleiden|-0.84
p:volwassenen bedoeld|ik-boodschap|0.99
p:volwassenen bedoeld|bevelen|-0.99
p:vond dat|bekritiseren|0.75
p:vond het|ik-boodschap|1.86
p:vond het|bekritiseren|-0.92
p:vond hij|afleiden|0.89
p:vond ik|argumenteren|-1.0
p:vond ik|vervolgafspraak|-1.91
p:vond ik|bedanken|-1.0
p:vond om|interpreteren|-0.99
p:vond op|interpreteren|1.0
p:voor aardrijkskunde|ik-boodschap|0.91
p:voor aardrijkskunde|jij-boodschap|-1.13
p:voor aardrijkskunde|bekritiseren|-1.0
p:voor biologie|ik-boodschap|0.99
p:voor biologie|jij-boodschap|-0.94
p:voor biologie|gevoelsreflectie|-0.72
p:voor biologie|bekritiseren|-0.99
p:voor daan|argumenteren|0.86
p:voor dat|argumenteren|0.97
p:voor dat|vervolgafspraak|0.92
p:voor de|jij-boodschap|1.0
p:voor de|parafrase|0.92
p:voor de|samenvatting|-0.83
p:voor de|waarschuwen|1.0
p:voor de|moraliseren|0.12
p:voor de|argumenteren|0.83
p:voor de|bekritiseren|1.0
p:voor de|prijzen|0.92
p:voor de|ondervragen|-0.93
p:voor de|afleiden|0.34
p:voor de|vervolgafspraak|0.14
p:voor de|bedanken|-0.92
p:voor dit|afronding-aankondigen|-0.96
p:voor een|afleiden|0.91
p:voor elkaar|moraliseren|0.95
p:voor engels|samenvatting|-0.33
p:voor engels|argumenteren|-0.96
p:voor engels|etiketteren|-0.99
p:voor engels|geruststellen|-0.97
p:voor finn|vervolgafspraak|-0.91
p:voor frans|ik-boodschap|-0.1
p:voor frans|jij-boodschap|-0.87
p:voor frans|samenvatting|1.0
p:voor frans|bevelen|-1.0
p:voor frans|bedanken|-0.98
p:voor haar|adviseren|-0.97
p:voor haar|bekritiseren|-0.98
p:voor half|bedanken|0.54
p:voor hem|jij-boodschap|1.32
p:voor hem|parafrase|0.92
p:voor hem|open-vraag|-0.99
p:voor hem|waarschuwen|-0.99
p:voor hem|bekritiseren|0.69
p:voor het|samenvatting|-0.99
p:voor het|argumenteren|-0.84
p:voor het|geruststellen|-0.99
p:voor het|afronding-aankondigen|-1.0
p:voor het|bedanken|3.48
p:voor huiswerk|prijzen|-0.85
p:voor iedereen|argumenteren|0.94
p:voor je|ik-boodschap|-1.72
p:voor je|gevoelsreflectie|-0.2
p:voor je|open-vraag|0.98
p:voor je|bekritiseren|0.84
p:voor je|geruststellen|0.99
p:voor je|vervolgafspraak|-0.97
p:voor je|bedanken|-1.56
p:voor jou|gevoelsreflectie|1.05
p:voor jou|open-vraag|0.99
p:voor jou|afronding-aankondigen|-1.0
p:voor me|gevoelsreflectie|-0.95
p:voor mij|ik-boodschap|-0.67
p:voor mij|jij-boodschap|-0.93
p:voor natuurkunde|jij-boodschap|-0.54
p:voor natuurkunde|bekritiseren|-0.9
p:voor nederlands|jij-boodschap|-0.95
p:voor nederlands|samenvatting|0.95
p:voor nederlands|bekritiseren|-0.95
p:voor niks|jij-boodschap|-0.44
p:voor nu|afronding-aankondigen|1.92
p:voor nu|vervolgafspraak|0.97
p:voor pesten|parafrase|-0.93
p:voor te|adviseren|-1.0
p:voor te|argumenteren|-0.98
p:voor te|geruststellen|1.0
p:voor toetsen|samenvatting|-1.0
p:voor toetsen|adviseren|-1.0
p:voor u|ik-boodschap|0.99
p:voor u|parafrase|-0.92
p:voor u|gevoelsreflectie|0.97
p:voor u|open-vraag|-0.97
p:voor u|bevelen|-0.99
p:voor u|prijzen|-0.71
p:voor u|interpreteren|0.98
p:voor uw|samenvatting|0.98
p:voor uw|argumenteren|-0.97
p:voor uw|bekritiseren|0.11
p:voor uw|afronding-aankondigen|-0.99
p:voor uw|bedanken|1.91
p:voor vandaag|ik-boodschap|0.91
p:voor vandaag|parafrase|-1.0
p:voor vandaag|samenvatting|1.0
p:voor vandaag|aanmoediging|-1.0
p:voor vandaag|argumenteren|-0.97
p:voor vandaag|interpreteren|-1.0
p:voor vandaag|afleiden|-1.93
p:voor vandaag|afronding-aankondigen|1.99
p:voor vandaag|vervolgafspraak|-0.92
p:voor vandaag|bedanken|-0.93
p:voor volgende|parafrase|0.82
p:voor volgende|afleiden|-0.73
p:voor volgende|vervolgafspraak|0.24
p:voor volwassenen|ik-boodschap|0.99
p:voor volwassenen|bevelen|-0.99
p:voor wiskunde|jij-boodschap|-0.54
p:voor wiskunde|parafrase|1.0
p:voor wiskunde|samenvatting|-0.7
p:voor wiskunde|adviseren|0.84
p:voor wiskunde|bekritiseren|-0.9
p:voor zich|argumenteren|0.99
p:vooral angst|gevoelsreflectie|0.83
p:vooral bij|parafrase|0.77
p:vooral bij|open-vraag|0.94
p:vooral boos|gevoelsreflectie|1.0
p:vooral dat|gevoelsreflectie|-0.96
p:vooral dat|samenvatting|-0.9
p:vooral indruk|interpreteren|0.98
p:vooral maandagochtend|open-vraag|-0.98
p:vooral mis|parafrase|0.95
p:vooral om|parafrase|0.8
p:vooral online|parafrase|-0.92
p:vooral online|samenvatting|0.92
p:vooral via|ik-boodschap|-0.96
p:vooral via|samenvatting|0.96
p:voorbeeld moeten|moraliseren|1.0
p:voorbeeld moeten|adviseren|-0.86
p:voorbereid maar|jij-boodschap|-0.69
p:voorbereid maar|bekritiseren|-0.29
p:voorbereid maar|afleiden|-0.87
p:voorbereid op|waarschuwen|-0.93
p:voordat we|adviseren|-0.92
p:voorkomt wordt|interpreteren|-0.91
p:voorstellen dat|ik-boodschap|-0.9
p:voorstellen dat|gevoelsreflectie|1.84
p:voort uit|geruststellen|-0.94
p:voortaan in|bevelen|-0.38
p:voortaan in|prijzen|0.85
p:voortaan vóór|prijzen|-1.0
p:vorig jaar|vervolgafspraak|-0.93
p:vorige eeuw|jij-boodschap|1.66
p:vorige eeuw|etiketteren|0.92
p:vorige keer|bekritiseren|0.98
p:vorige week|jij-boodschap|-0.72
p:vorige week|samenvatting|-0.88
p:vorige week|bekritiseren|-0.91
p:vorige week|prijzen|-0.97
p:vorige week|ondervragen|1.86
p:vorige week|afleiden|-0.87
p:vorige week|vervolgafspraak|-0.91
p:vraag de|ik-boodschap|-0.82
p:vraag de|bevelen|-0.93
p:vraag de|vervolgafspraak|0.99
p:vraag ga|jij-boodschap|0.95
p:vraag ga|bevelen|0.95
p:vraag ga|bekritiseren|0.95
p:vraag gesteld|moraliseren|-0.95
p:vraag hoe|ik-boodschap|-1.0
p:vraag hoe|samenvatting|-1.0
p:vraag hoe|bekritiseren|-1.0
p:vraag je|adviseren|0.62
p:vraag maar|aanmoediging|-0.97
p:vraag niet|ik-boodschap|0.95
p:vragen bij|adviseren|0.9
p:vragen hoe|adviseren|0.96
p:vreselijk aan|bekritiseren|1.82
p:vrienden praten|gevoelsreflectie|-0.66
p:vrienden van|ik-boodschap|-0.97
p:vrienden van|parafrase|-0.97
p:vrienden van|gevoelsreflectie|-0.97
p:vrienden van|samenvatting|0.97
p:vrienden van|open-vraag|0.97
p:vrienden van|moraliseren|-0.87
p:vriendengroep wat|open-vraag|0.99
p:vriendin laat|moraliseren|0.91
p:vriendin praten|ik-boodschap|-0.77
p:vriendin praten|waarschuwen|-0.93
p:vries je|gevoelsreflectie|-0.91
p:vries komt|bekritiseren|-0.98
p:vries wilt|open-vraag|-0.98
p:vrij heeft|gevoelsreflectie|-1.0
p:vrijdag dat|bevelen|1.31
p:vrijdag de|ik-boodschap|-0.98
p:vrijdag een|afronding-aankondigen|-0.95
p:vrijdag even|vervolgafspraak|0.91
p:vrijdag in|ik-boodschap|-0.87
p:vrijdag in|afleiden|-0.97
p:vrijdag kijken|samenvatting|0.15
p:vrijdag kijken|vervolgafspraak|1.0
p:vrijdag mail|samenvatting|0.83
p:vrijdag mail|bedanken|-0.77
p:vrijdag niet|waarschuwen|0.94
p:vrijdag om|bedanken|-0.81
p:vrijdag weer|afronding-aankondigen|-0.72
p:vrije tijd|geruststellen|-0.91
p:vrijgemaakt dank|bekritiseren|-0.97
p:vrijgemaakt dank|prijzen|-0.97
p:vroeg daar|aanmoediging|-1.0
p:vroeg in|argumenteren|-0.97
p:vroeg of|jij-boodschap|-0.92
p:vroeger ook|interpreteren|0.85
p:vroeger zelf|jij-boodschap|-0.9
p:vroeger zelf|interpreteren|0.9
p:vrolijke jongen|jij-boodschap|-0.76
p:vrolijke jongen|etiketteren|-0.98
p:vrouw als|prijzen|0.72
p:vrouw u|prijzen|1.0
p:vóór half|prijzen|-1.0
p:vóór vrijdag|bevelen|1.31
p:waait wel|bekritiseren|-1.0
p:waait wel|afleiden|-0.73
p:waar hij|ik-boodschap|1.98
p:waar hij|waarschuwen|-1.0
p:waar hij|vervolgafspraak|-0.98
p:waar je|open-vraag|-0.99
p:waar loop|samenvatting|-1.0
p:waar loop|adviseren|-1.0
p:waar maakt|open-vraag|0.97
p:waar maakt|afleiden|-0.97
p:waar waren|jij-boodschap|-0.94
p:waar was|bevelen|-0.95
p:waar was|bekritiseren|-0.96
p:waardeer het|prijzen|0.92
p:waardeer het|vervolgafspraak|-0.82
p:waardeer het|bedanken|0.9
p:waardeloos werkstuk|bekritiseren|0.91
p:waardeloze presentatie|gevoelsreflectie|-0.97
p:waardeloze presentatie|bekritiseren|2.42
p:waardoor hij|adviseren|0.91
p:waardoor hij|vervolgafspraak|0.92
p:waardoor ik|ik-boodschap|1.92
p:waardoor ik|bekritiseren|-0.99
p:waardoor je|gevoelsreflectie|-0.6
p:waardoor je|open-vraag|0.98
p:waardoor je|bekritiseren|-1.85
p:waardoor ze|ik-boodschap|0.88
p:waardoor ze|open-vraag|-0.92
p:waarom belt|jij-boodschap|0.84
p:waarom bent|jij-boodschap|-2.48
p:waarom bent|gevoelsreflectie|-1.0
p:waarom bent|open-vraag|-1.0
p:waarom bent|adviseren|-1.0
p:waarom bent|bekritiseren|-1.64
p:waarom bent|ondervragen|2.98
p:waarom de|ondervragen|-0.96
p:waarom denkt|ondervragen|-0.92
p:waarom doet|moraliseren|-0.99
p:waarom ga|waarschuwen|-0.98
p:waarom gaat|ondervragen|-0.99
p:waarom gaat|vervolgafspraak|-0.99
p:waarom heb|gevoelsreflectie|0.99
p:waarom heb|geruststellen|-0.99
p:waarom heb|ondervragen|0.99
p:waarom heeft|ondervragen|1.87
p:waarom heeft|afleiden|-0.84
p:waarom hoor|ik-boodschap|-0.94
p:waarom hoor|prijzen|-0.87
p:waarom hoor|ondervragen|0.99
p:waarom hoor|afleiden|-0.99
p:waarom komt|jij-boodschap|0.15
p:waarom komt|bekritiseren|0.15
p:waarom komt|ondervragen|-1.0
p:waarom laat|jij-boodschap|-1.0
p:waarom laat|adviseren|1.0
p:waarom laat|bekritiseren|-1.0
p:waarom laat|ondervragen|0.91
p:waarom lieg|jij-boodschap|2.35
p:waarom lieg|bekritiseren|2.61
p:waarom lieg|ondervragen|-1.81
p:waarom meldt|ondervragen|-0.91
p:waarom niet|bekritiseren|0.78
p:waarom probeert|adviseren|0.97
p:waarom vraag|adviseren|0.62
p:waarom was|ondervragen|0.92
p:waarom we|prijzen|0.96
p:waarom zat|ondervragen|0.93
p:waarom zegt|bevelen|-0.98
p:waarom zegt|ondervragen|1.94
p:waarom zet|ondervragen|-0.96
p:waarop bilal|ik-boodschap|0.91
p:waarschuw u|waarschuwen|0.98
p:wacht u|bevelen|0.94
p:wacht wel|bevelen|-0.94
p:wachten op|prijzen|0.97
p:wakker ligt|open-vraag|0.97
p:wakker van|gevoelsreflectie|0.97
p:wakker van|adviseren|-0.79
p:wakker van|geruststellen|0.94
p:wakker van|afleiden|-0.62
p:wakker van|bedanken|-0.97
p:wanneer ?|ik-boodschap|-0.94
p:wanneer de|ik-boodschap|0.68
p:wanneer de|samenvatting|-0.83
p:wanneer er|open-vraag|-1.0
p:wanneer er|adviseren|-1.0
p:wanneer er|geruststellen|-1.0
p:wanneer fleur|bekritiseren|-0.98
p:wanneer is|afleiden|-0.96
p:wanneer je|ik-boodschap|0.98
p:wanneer je|moraliseren|-0.99
p:wanneer jullie|ik-boodschap|0.97
p:wanneer jullie|waarschuwen|-0.97
p:wanneer was|bekritiseren|-0.96
p:want dan|ik-boodschap|1.83
p:want dan|waarschuwen|-1.0
p:want dan|interpreteren|-1.0
p:want de|argumenteren|0.99
p:want ik|open-vraag|-0.96
p:want ik|interpreteren|-0.89
p:want in|ik-boodschap|-0.92
p:want in|geruststellen|-0.92
p:want nu|ik-boodschap|1.0
p:want nu|open-vraag|-0.99
p:want we|vervolgafspraak|-0.91
p:want ze|open-vraag|0.92
p:want zo|ik-boodschap|1.88
p:war geschopt|bekritiseren|0.9
p:waren ze|jij-boodschap|-0.94
p:was ?|ondervragen|-0.98
p:was aangekondigd|parafrase|0.8
p:was dankjewel|ik-boodschap|-1.0
p:was dankjewel|bedanken|1.0
p:was dat|bekritiseren|-0.96
p:was dat|geruststellen|-0.99
p:was dat|bedanken|-0.99
p:was de|ik-boodschap|-0.97
p:was dit|bekritiseren|-0.71
p:was echt|argumenteren|-0.88
p:was echt|bekritiseren|1.87
p:was een|gevoelsreflectie|-0.97
p:was een|bekritiseren|2.42
p:was er|parafrase|-0.9
p:was er|argumenteren|0.99
p:was er|ondervragen|0.95
p:was er|afleiden|-0.84
p:was het|open-vraag|-0.22
p:was het|afleiden|0.85
p:was hij|jij-boodschap|-0.94
p:was hij|open-vraag|-1.94
p:was hij|etiketteren|-0.91
p:was ik|jij-boodschap|-0.69
p:was ik|bekritiseren|-0.29
p:was ik|afleiden|-0.87
p:was in|bekritiseren|-0.75
p:was je|open-vraag|-1.61
p:was je|bevelen|-1.91
p:was je|adviseren|-0.83
p:was je|ondervragen|0.92
p:was je|afleiden|0.86
p:was jesse|bekritiseren|-0.93
p:was maar|parafrase|-0.94
p:was maar|argumenteren|1.92
p:was namelijk|afleiden|0.97
p:was niet|adviseren|-0.95
p:was niet|afleiden|-0.94
p:was nog|bevelen|0.94
p:was nooit|bekritiseren|0.99
p:was op|bekritiseren|-0.87
p:was te|gevoelsreflectie|0.82
p:was u|bekritiseren|-0.96
p:was uw|afleiden|0.99
p:was was|etiketteren|-0.91
p:was zou|ik-boodschap|-0.77
p:was zou|waarschuwen|-0.93
p:was zou|adviseren|1.95
p:was zou|bekritiseren|0.87
p:was zou|prijzen|0.72
p:wat als|ik-boodschap|0.92
p:wat als|open-vraag|-0.97
p:wat ben|bekritiseren|-0.94
p:wat bent|jij-boodschap|1.99
p:wat bent|prijzen|0.15
p:wat bent|etiketteren|0.99
p:wat beter|bevelen|1.34
p:wat beter|geruststellen|0.96
p:wat dacht|adviseren|1.0
p:wat de|bevelen|-0.99
p:wat de|adviseren|-0.99
p:wat de|bedanken|0.99
p:wat deed|parafrase|-0.67
p:wat denkt|gevoelsreflectie|-0.99
p:wat denkt|samenvatting|0.99
p:wat denkt|adviseren|-0.98
p:wat een|adviseren|-0.99
p:wat een|argumenteren|-1.0
p:wat een|bekritiseren|4.4
p:wat een|etiketteren|0.78
p:wat een|geruststellen|-1.0
p:wat een|afleiden|-0.12
p:wat er|jij-boodschap|-0.25
p:wat er|gevoelsreflectie|-1.67
p:wat er|open-vraag|-0.8
p:wat er|bekritiseren|-0.78
p:wat er|interpreteren|0.99
p:wat er|afleiden|-0.63
p:wat eruit|samenvatting|0.96
p:wat eruit|prijzen|-0.96
p:wat eruit|vervolgafspraak|0.96
p:wat extra|interpreteren|0.94
p:wat fijn|bevelen|-0.97
p:wat fijn|moraliseren|-1.0
p:wat ga|open-vraag|-0.96
p:wat ga|afleiden|0.96
p:wat gaat|gevoelsreflectie|0.95
p:wat gaat|open-vraag|0.98
p:wat gaat|aanmoediging|-0.98
p:wat gebeurde|argumenteren|-0.99
p:wat geweldig|adviseren|-0.81
p:wat had|gevoelsreflectie|1.0
p:wat had|open-vraag|1.0
p:wat had|aanmoediging|-0.99
p:wat had|ondervragen|-1.0
p:wat heb|gevoelsreflectie|0.98
p:wat heb|open-vraag|0.81
p:wat hebben|samenvatting|0.83
p:wat heeft|jij-boodschap|-0.98
p:wat heeft|gevoelsreflectie|-1.0
p:wat heeft|open-vraag|-1.0
p:wat heeft|adviseren|-0.91
p:wat heeft|ondervragen|1.0
p:wat heeft|afleiden|-0.63
p:wat het|etiketteren|-1.0
p:wat hij|ik-boodschap|0.98
p:wat hij|adviseren|-0.9
p:wat hij|interpreteren|-0.99
p:wat ik|jij-boodschap|0.95
p:wat ik|parafrase|0.92
p:wat ik|open-vraag|-0.86
p:wat ik|bevelen|0.95
p:wat ik|bekritiseren|0.95
p:wat is|parafrase|-0.15
p:wat is|samenvatting|-1.0
p:wat is|open-vraag|1.82
p:wat is|ondervragen|-0.95
p:wat is|afleiden|1.0
p:wat is|afronding-aankondigen|-1.0
p:wat je|parafrase|0.92
p:wat je|gevoelsreflectie|0.92
p:wat je|adviseren|0.95
p:wat maakt|jij-boodschap|-0.53
p:wat maakt|open-vraag|1.89
p:wat maakt|bekritiseren|-0.62
p:wat maakt|afleiden|0.98
p:wat meer|open-vraag|-0.97
p:wat meer|adviseren|1.91
p:wat meer|prijzen|0.72
p:wat merk|parafrase|-0.97
p:wat merkt|open-vraag|0.84
p:wat misschien|adviseren|0.99
p:wat naar|parafrase|-0.92
p:wat nou|open-vraag|-0.99
p:wat nou|adviseren|1.88
p:wat ongemakkelijk|ik-boodschap|-0.93
p:wat rot|gevoelsreflectie|0.46
p:wat strenger|adviseren|-0.81
p:wat trekt|parafrase|0.72
p:wat u|parafrase|0.78
p:wat u|samenvatting|-1.59
p:wat u|open-vraag|-1.8
p:wat u|bekritiseren|-0.88
p:wat u|interpreteren|-0.9
p:wat u|geruststellen|-0.88
p:wat uw|adviseren|-0.96
p:wat uw|bekritiseren|-0.9
p:wat vaker|ik-boodschap|-0.92
p:wat vaker|bevelen|-0.41
p:wat vaker|adviseren|0.96
p:wat vaker|geruststellen|0.96
p:wat veranderde|parafrase|0.92
p:wat vervelend|open-vraag|-0.97
p:wat vind|jij-boodschap|-0.73
p:wat vind|open-vraag|0.97
p:wat vindt|gevoelsreflectie|-0.86
p:wat vindt|open-vraag|0.93
p:wat vond|afleiden|0.89
p:wat we|jij-boodschap|0.91
p:wat we|samenvatting|0.83
p:wat we|moraliseren|0.95
p:wat we|bekritiseren|0.81
p:wat we|bedanken|-0.77
p:wat weet|ik-boodschap|0.91
p:wat weet|parafrase|-0.91
p:wat wil|ik-boodschap|-0.97
p:wat wil|parafrase|-0.97
p:wat wil|gevoelsreflectie|-0.97
p:wat wil|samenvatting|0.97
p:wat wil|open-vraag|0.97
p:wat wil|moraliseren|-0.87
p:wat wilt|parafrase|-0.84
p:wat wilt|samenvatting|0.65
p:wat wilt|open-vraag|1.97
p:wat zachter|bevelen|0.97
p:wat ze|ik-boodschap|-0.92
p:wat ze|waarschuwen|-1.0
p:wat ze|moraliseren|1.0
p:wat ziet|open-vraag|0.99
p:wat zou|ik-boodschap|-1.0
p:wat zou|gevoelsreflectie|-0.57
p:wat zou|samenvatting|-1.0
p:wat zou|open-vraag|1.98
p:wat zou|bekritiseren|-1.97
p:wat zou|etiketteren|-0.99
p:wat zou|afleiden|-0.99
p:wc aangetroffen|ik-boodschap|-0.93
p:wc gaat|gevoelsreflectie|-0.98
p:we af|open-vraag|-0.99
p:we afspreken|jij-boodschap|0.91
p:we afspreken|samenvatting|0.83
p:we afspreken|bekritiseren|0.81
p:we afspreken|bedanken|-0.77
p:we allebei|samenvatting|0.99
p:we allebei|bekritiseren|-0.99
p:we beginnen|afleiden|-0.92
p:we beginnen|bedanken|-1.0
p:we bellen|bekritiseren|0.31
p:we bellen|etiketteren|-0.96
p:we dat|prijzen|-1.0
p:we dat|afleiden|1.96
p:we de|etiketteren|0.98
p:we dit|argumenteren|0.97
p:we dit|prijzen|0.96
p:we door|vervolgafspraak|-0.91
p:we doorgaan|afleiden|0.91
p:we een|jij-boodschap|-2.48
p:we een|argumenteren|-0.97
p:we een|bekritiseren|-1.64
p:we een|ondervragen|0.98
p:we elkaar|ik-boodschap|-0.87
p:we elkaar|samenvatting|-0.84
p:we elkaar|afleiden|-0.97
p:we elkaar|afronding-aankondigen|-0.95
p:we er|vervolgafspraak|-0.91
p:we er|bedanken|-1.0
p:we gaan|etiketteren|-0.97
p:we geen|interpreteren|-0.98
p:we hebben|ik-boodschap|-0.86
p:we hebben|parafrase|-0.99
p:we hebben|samenvatting|2.92
p:we hebben|open-vraag|0.16
p:we hebben|aanmoediging|-1.0
p:we hebben|bekritiseren|-0.61
p:we hebben|geruststellen|-0.97
p:we hebben|afleiden|-0.85
p:we hebben|afronding-aankondigen|1.0
p:we hem|waarschuwen|-0.91
p:we het|parafrase|-1.0
p:we het|samenvatting|-0.98
p:we het|adviseren|-0.96
p:we het|bekritiseren|0.64
p:we het|interpreteren|-1.0
p:we het|geruststellen|-0.99
p:we het|afleiden|1.85
p:we het|afronding-aankondigen|1.95
p:we het|vervolgafspraak|0.14
p:we het|bedanken|-0.93
p:we hier|ik-boodschap|-1.0
p:we hier|moraliseren|0.94
p:we hier|afleiden|-0.94
p:we hier|bedanken|1.0
p:we hoe|parafrase|-0.91
p:we houden|open-vraag|-0.99
p:we houden|aanmoediging|-0.99
p:we houden|bedanken|0.54
p:we iets|adviseren|-0.92
p:we komen|bevelen|-0.99
p:we kunnen|vervolgafspraak|-0.95
p:we maandag|ik-boodschap|0.96
p:we maandag|vervolgafspraak|0.96
p:we maar|afleiden|-0.88
p:we moeten|samenvatting|-0.99
p:we moeten|moraliseren|-0.98
p:we moeten|afronding-aankondigen|0.99
p:we moeten|vervolgafspraak|-1.98
p:we mogen|moraliseren|0.95
p:we nergens|jij-boodschap|1.83
p:we nergens|bekritiseren|0.94
p:we niet|samenvatting|-0.98
p:we niet|argumenteren|0.98
p:we niet|vervolgafspraak|-0.91
p:we niets|ik-boodschap|0.91
p:we ons|afleiden|0.9
p:we ook|prijzen|-0.83
p:we over|samenvatting|-0.97
p:we over|afronding-aankondigen|-0.99
p:we plannen|samenvatting|-0.98
p:we ronden|afronding-aankondigen|0.96
p:we samen|samenvatting|1.12
p:we samen|open-vraag|-0.99
p:we samen|bevelen|-0.99
p:we samen|moraliseren|-0.99
p:we samen|prijzen|-0.96
p:we samen|vervolgafspraak|2.93
p:we spreken|samenvatting|0.97
p:we spreken|afronding-aankondigen|-0.72
p:we spreken|vervolgafspraak|0.97
p:we steeds|ik-boodschap|0.91
p:we stoppen|afronding-aankondigen|1.78
p:we stoppen|vervolgafspraak|0.97
p:we stoppen|bedanken|0.97
p:we tegelijk|open-vraag|-0.96
p:we verder|vervolgafspraak|0.99
p:we verder|bedanken|-0.99
p:we vinden|adviseren|-0.58
p:we vinden|geruststellen|0.83
p:we volgende|ondervragen|-0.96
p:we volgende|afleiden|-0.96
p:we volgende|vervolgafspraak|0.89
p:we voor|ik-boodschap|0.91
p:we vrijdag|vervolgafspraak|0.91
p:we weer|afronding-aankondigen|-0.99
p:we weer|vervolgafspraak|1.0
p:we weer|bedanken|0.54
p:we wel|argumenteren|-0.98
p:we willen|vervolgafspraak|-0.91
p:we wiskunde|samenvatting|0.83
p:we zien|bekritiseren|-0.93
p:we zijn|bedanken|0.11
p:we zitten|vervolgafspraak|-0.99
p:week al|bekritiseren|-0.96
p:week bel|samenvatting|0.98
p:week bel|bedanken|0.81
p:week de|prijzen|-0.97
p:week dinsdag|vervolgafspraak|2.81
p:week donderdag|afleiden|-0.96
p:week doorneemt|adviseren|0.96
p:week drie|ik-boodschap|0.96
p:week drie|argumenteren|-0.96
p:week gelezen|ondervragen|1.86
p:week ging|samenvatting|0.83
p:week ging|bedanken|-0.77
p:week heb|ik-boodschap|-0.93
p:week hebben|afleiden|-0.73
p:week hebben|vervolgafspraak|-0.67
p:week hoe|open-vraag|-0.94
p:week hoe|afleiden|0.85
p:week huilend|ik-boodschap|0.97
p:week in|bevelen|-0.86
p:week je|jij-boodschap|-0.69
p:week je|bekritiseren|-0.29
p:week je|afleiden|-0.87
p:week klaar|vervolgafspraak|-1.0
p:week lang|waarschuwen|1.0
p:week lang|vervolgafspraak|-1.0
p:week maandag|gevoelsreflectie|0.82
p:week mee|vervolgafspraak|-0.94
p:week niet|vervolgafspraak|-0.91
p:week nog|ondervragen|0.91
p:week om|jij-boodschap|-0.9
p:week samen|jij-boodschap|0.88
p:week samen|samenvatting|-0.88
p:week samen|bekritiseren|0.34
p:week samen|vervolgafspraak|0.89
p:week terug|vervolgafspraak|-0.94
p:week thuisgehouden|jij-boodschap|0.97
p:week thuisgehouden|bekritiseren|0.97
p:week twee|gevoelsreflectie|-0.6
p:week twee|open-vraag|0.98
p:week twee|bekritiseren|-0.98
p:week vier|vervolgafspraak|-0.91
p:week vrijdag|samenvatting|0.15
p:week vrijdag|vervolgafspraak|1.0
p:week vrijdag|bedanken|-0.81
p:week weer|ik-boodschap|-0.99
p:week weer|bekritiseren|0.75
p:week woensdag|samenvatting|-0.96
p:week woensdag|waarschuwen|-0.99
p:week woensdag|adviseren|-0.99
p:week woensdag|ondervragen|-0.96
p:week woensdag|bedanken|-0.98
p:week ziek|ondervragen|-0.98
p:week zit|vervolgafspraak|1.66
p:weekend ?|jij-boodschap|-0.36
p:weekend ?|bekritiseren|-0.85
p:weekend niet|ik-boodschap|0.98
p:weekend niet|vervolgafspraak|-0.98
p:weekplanner op|samenvatting|-1.0
p:weekplanner op|adviseren|1.0
p:weekplanning maken|vervolgafspraak|-0.95
p:weer beter|etiketteren|0.98
p:weer bij|adviseren|-0.58
p:weer bij|geruststellen|0.83
p:weer dan|samenvatting|-0.84
p:weer dank|bekritiseren|1.8
p:weer dank|afronding-aankondigen|0.97
p:weer dank|vervolgafspraak|0.97
p:weer dank|bedanken|-0.83
p:weer gebeurt|jij-boodschap|1.0
p:weer gebeurt|waarschuwen|1.0
p:weer gesproken|afleiden|0.81
p:weer gewoon|geruststellen|0.97
p:weer goed|afleiden|-0.85
p:weer in|waarschuwen|0.9
p:weer in|geruststellen|-0.76
p:weer is|etiketteren|-0.96
p:weer mooi|samenvatting|-1.0
p:weer mooi|afleiden|1.0
p:weer mooi|afronding-aankondigen|-1.0
p:weer niet|jij-boodschap|0.97
p:weer om|afronding-aankondigen|-0.99
p:weer om|vervolgafspraak|1.0
p:weer om|bedanken|0.54
p:weer op|bevelen|-1.66
p:weer op|etiketteren|-0.99
p:weer op|afleiden|-0.99
p:weer over|afleiden|0.71
p:weer plezier|samenvatting|0.99
p:weer plezier|bekritiseren|-0.99
p:weer spijbelt|bekritiseren|-0.78
p:weer teruggevonden|gevoelsreflectie|-0.9
p:weer trouwens|etiketteren|-0.82
p:weer vaker|ik-boodschap|0.96
p:weer van|waarschuwen|-0.91
p:weer wat|ik-boodschap|-0.92
p:weer wegloopt|jij-boodschap|-1.0
p:weer wegloopt|bevelen|1.0
p:weer wegloopt|waarschuwen|1.0
p:weer wegloopt|bekritiseren|-1.0
p:weer wegloopt|geruststellen|-1.0
p:weer zijn|jij-boodschap|1.32
p:weer zijn|bekritiseren|2.41
p:weer zin|bekritiseren|-0.83
p:weer zonder|ik-boodschap|-0.99
p:wees gerust|geruststellen|0.87
p:wees gewaarschuwd|waarschuwen|0.98
p:weet ?|jij-boodschap|0.97
p:weet dat|jij-boodschap|-0.97
p:weet dat|bekritiseren|0.75
p:weet dat|prijzen|0.97
p:weet dit|gevoelsreflectie|-1.0
p:weet dit|open-vraag|-1.0
p:weet dit|ondervragen|1.0
p:weet het|etiketteren|0.98
p:weet heus|adviseren|-0.97
p:weet ik|open-vraag|-0.99
p:weet ik|bevelen|-1.0
p:weet ik|ondervragen|-0.96
p:weet je|ik-boodschap|0.92
p:weet je|jij-boodschap|-1.12
p:weet je|moraliseren|0.93
p:weet je|bekritiseren|-0.98
p:weet niet|parafrase|-0.84
p:weet niet|gevoelsreflectie|-0.99
p:weet niet|samenvatting|0.62
p:weet of|prijzen|-0.98
p:weet toch|moraliseren|0.97
p:weet toch|argumenteren|-0.97
p:weet toch|bekritiseren|-0.99
p:weet toch|afleiden|-0.99
p:weet u|ik-boodschap|0.91
p:weet u|parafrase|-0.91
p:weet u|bekritiseren|0.96
p:weet vast|etiketteren|-1.0
p:weet wat|bekritiseren|-0.78
p:weet ze|jij-boodschap|0.95
p:weet ze|bekritiseren|0.86
p:weet zeker|geruststellen|0.99
p:weg als|bevelen|0.41
p:weg als|adviseren|-0.99
p:weg ilias|bevelen|1.0
p:wegbleef zonder|vervolgafspraak|-0.91
p:wegblijft meld|ik-boodschap|-0.99
p:wegkijkt als|samenvatting|-0.98
p:wegliep kon|argumenteren|-1.0
p:wegliep kon|vervolgafspraak|-1.0
p:wegliep kon|bedanken|-1.0
p:wegloopt haal|jij-boodschap|-1.0
p:wegloopt haal|bevelen|1.0
p:wegloopt haal|waarschuwen|1.0
p:wegloopt haal|bekritiseren|-1.0
p:wegloopt haal|geruststellen|-1.0
p:wegstopt pak|ik-boodschap|-0.91
p:wegstopt pak|waarschuwen|0.91
p:wegzakt misschien|ik-boodschap|0.93
p:wegzakt misschien|adviseren|0.8
p:weigeren zal|parafrase|-0.86
p:weinig betrokken|ik-boodschap|-0.99
p:weinig doet|gevoelsreflectie|-0.99
p:weinig oplevert|parafrase|0.92
p:weinig slaapt|ik-boodschap|0.93
p:weinig slaapt|adviseren|0.8
p:weinig structuur|interpreteren|1.0
p:weinig voor|moraliseren|-0.99
p:weinig vrienden|samenvatting|0.79
p:weken dat|parafrase|0.95
p:weken echt|geruststellen|0.96
p:weken evalueren|samenvatting|-0.97
p:weken geen|ik-boodschap|0.91
p:weken geen|jij-boodschap|-0.13
p:weken in|parafrase|-0.75
p:weken in|argumenteren|1.95
p:weken kijken|open-vraag|-0.99
p:weken komt|ik-boodschap|0.93
p:weken moe|etiketteren|-0.91
p:weken moe|afleiden|0.87
p:weken moet|ik-boodschap|-0.92
p:weken moet|geruststellen|-0.92
p:weken om|adviseren|0.91
p:weken om|vervolgafspraak|0.91
p:weken op|parafrase|-0.91
p:weken op|samenvatting|0.84
p:weken vaak|ik-boodschap|0.99
p:weken vaak|vervolgafspraak|-0.96
p:weken verder|afronding-aankondigen|-0.99
p:weken zien|samenvatting|-0.84
p:weken zijn|ik-boodschap|-0.99
p:weken zijn|vervolgafspraak|1.8
p:weken zitten|vervolgafspraak|1.0
p:weken zitten|bedanken|0.54
p:wekker dan|adviseren|0.57
p:wel ?|ondervragen|0.97
p:wel ?|vervolgafspraak|-0.97
p:wel alleen|prijzen|1.0
p:wel als|jij-boodschap|-0.89
p:wel als|samenvatting|-1.0
p:wel als|afronding-aankondigen|-1.0
p:wel bij|prijzen|0.94
p:wel bij|ondervragen|-0.94
p:wel bram|open-vraag|-0.96
p:wel bram|afleiden|0.96
p:wel dat|jij-boodschap|-0.97
p:wel dat|gevoelsreflectie|-1.0
p:wel dat|bevelen|-0.92
p:wel dat|adviseren|-0.97
p:wel dat|interpreteren|-0.98
p:wel dat|geruststellen|-1.88
p:wel dat|afronding-aankondigen|-0.96
p:wel dat|vervolgafspraak|-0.97
p:wel dat|bedanken|1.0
p:wel doorheen|geruststellen|1.91
p:wel doorheen|afleiden|-0.97
p:wel echt|geruststellen|0.99
p:wel een|jij-boodschap|1.85
p:wel een|adviseren|-0.58
p:wel een|etiketteren|0.99
p:wel een|geruststellen|0.83
p:wel eens|jij-boodschap|-0.53
p:wel eens|adviseren|0.93
p:wel eens|bekritiseren|-0.62
p:wel eens|geruststellen|-0.96
p:wel eens|afleiden|1.0
p:wel erg|jij-boodschap|1.5
p:wel erg|bekritiseren|1.81
p:wel even|prijzen|1.0
p:wel even|bedanken|-1.0
p:wel goed|interpreteren|-1.0
p:wel goed|geruststellen|0.96
p:wel goed|afleiden|-0.99
p:wel had|ik-boodschap|-0.96
p:wel hebben|jij-boodschap|-1.8
p:wel hebben|moraliseren|0.91
p:wel hebben|bekritiseren|-0.91
p:wel hoe|open-vraag|0.92
p:wel hoeveel|jij-boodschap|0.68
p:wel in|geruststellen|0.96
p:wel je|gevoelsreflectie|-0.99
p:wel je|samenvatting|0.62
p:wel leert|ik-boodschap|0.88
p:wel lukt|geruststellen|-0.9
p:wel maar|adviseren|-0.99
p:wel maar|geruststellen|-0.94
p:wel noor|parafrase|-1.0
p:wel noor|interpreteren|-1.0
p:wel noor|afleiden|-1.0
p:wel noor|afronding-aankondigen|1.0
p:wel op|bevelen|-0.99
p:wel op|moraliseren|-0.99
p:wel over|bekritiseren|-1.0
p:wel over|afleiden|-0.73
p:wel prima|gevoelsreflectie|-0.99
p:wel prima|samenvatting|0.99
p:wel tegen|parafrase|0.98
p:wel toen|gevoelsreflectie|-1.0
p:wel van|ik-boodschap|-0.91
p:wel van|argumenteren|-0.92
p:wel voor|bedanken|0.97
p:wel wat|etiketteren|-1.0
p:wel we|afronding-aankondigen|0.96
p:weleens een|open-vraag|-0.94
p:weleens een|aanmoediging|-1.0
p:weleens een|argumenteren|-0.72
p:weleens een|ondervragen|-1.0
p:weleens een|afleiden|1.85
p:welk profiel|open-vraag|-0.98
p:welk telefoonnummer|open-vraag|-0.98
p:welk vak|open-vraag|-0.93
p:welke meisjes|ik-boodschap|-0.94
p:wens om|samenvatting|1.0
p:werk bij|ik-boodschap|0.98
p:werk en|moraliseren|0.95
p:werk en|argumenteren|-0.67
p:werk gewoon|jij-boodschap|0.98
p:werk gewoon|bevelen|-0.98
p:werk gewoon|bekritiseren|1.84
p:werk heeft|prijzen|-0.98
p:werk heel|bekritiseren|-0.95
p:werk hem|adviseren|0.82
p:werk netjes|jij-boodschap|-0.94
p:werk netjes|bekritiseren|-0.94
p:werk niet|ik-boodschap|-0.91
p:werk niet|geruststellen|-0.82
p:werkdagen schriftelijk|argumenteren|-0.95
p:werkelijk een|bekritiseren|0.91
p:werken blijft|waarschuwen|0.99
p:werkmap heeft|gevoelsreflectie|-0.67
p:werkstuk niet|argumenteren|-0.84
p:werkstuk over|afleiden|0.97
p:werkstuk uiterlijk|bevelen|1.77
p:werkstuk van|jij-boodschap|0.94
p:werkstuk van|bekritiseren|0.94
p:werkstuk vrijdag|waarschuwen|0.94
p:werkt ?|jij-boodschap|-0.36
p:werkt ?|bekritiseren|-0.85
p:werkt dat|afleiden|-0.7
p:werkt in|jij-boodschap|-0.63
p:werkweek met|vervolgafspraak|-0.94
p:werkweek niet|ik-boodschap|-0.93
p:werkweek niet|parafrase|0.93
p:weten als|vervolgafspraak|0.97
p:weten dat|ondervragen|-0.98
p:weten je|ondervragen|0.88
p:weten wat|waarschuwen|-1.0
p:weten wat|moraliseren|1.0
p:weten wat|adviseren|-0.96
p:weten wat|bekritiseren|-0.9
p:wie de|ik-boodschap|-0.97
p:wie de|argumenteren|0.97
p:wie doet|jij-boodschap|-0.36
p:wie doet|bekritiseren|-0.85
p:wie een|argumenteren|0.93
p:wie er|parafrase|0.92
p:wie er|gevoelsreflectie|-0.88
p:wie heeft|bekritiseren|-1.74
p:wie heeft|prijzen|-0.87
p:wie heeft|ondervragen|0.99
p:wie heeft|afleiden|-0.99
p:wie niet|moraliseren|-0.91
p:wie niet|argumenteren|0.91
p:wie niet|afleiden|-0.91
p:wie was|jij-boodschap|-0.94
p:wie was|open-vraag|-0.97
p:wie was|bevelen|-0.95
p:wie weet|gevoelsreflectie|-1.0
p:wie weet|open-vraag|-1.0
p:wie weet|ondervragen|1.0
p:wij letten|adviseren|-1.0
p:wij letten|geruststellen|1.0
p:wij ons|bevelen|-0.92
p:wijze vader|jij-boodschap|-0.97
p:wijze vader|adviseren|-0.97
p:wijze vader|prijzen|0.97
p:wil daan|samenvatting|0.92
p:wil dat|bevelen|0.98
p:wil eerlijk|jij-boodschap|0.3
p:wil eerlijk|gevoelsreflectie|-1.0
p:wil eerlijk|open-vraag|0.96
p:wil eerlijk|bekritiseren|0.92
p:wil eigenlijk|parafrase|1.68
p:wil gaan|bedanken|-0.65
p:wil gewoon|moraliseren|-0.92
p:wil gezien|interpreteren|0.87
p:wil graag|parafrase|-0.94
p:wil graag|open-vraag|0.92
p:wil graag|prijzen|-0.91
p:wil graag|afronding-aankondigen|1.0
p:wil graag|bedanken|-1.0
p:wil het|argumenteren|-0.97
p:wil het|afronding-aankondigen|1.9
p:wil het|vervolgafspraak|-0.98
p:wil het|bedanken|1.52
p:wil ik|parafrase|-0.99
p:wil ik|aanmoediging|-1.0
p:wil ik|bevelen|0.91
p:wil ik|interpreteren|-0.89
p:wil ik|afleiden|1.89
p:wil ik|afronding-aankondigen|0.99
p:wil je|ik-boodschap|-0.97
p:wil je|parafrase|-1.78
p:wil je|gevoelsreflectie|-1.78
p:wil je|samenvatting|0.97
p:wil je|open-vraag|0.97
p:wil je|moraliseren|-0.87
p:wil je|adviseren|-0.92
p:wil je|interpreteren|0.93
p:wil maken|interpreteren|0.99
p:wil nu|afronding-aankondigen|-0.93
p:wil praten|gevoelsreflectie|0.81
p:wil u|open-vraag|-0.96
p:wil vooral|interpreteren|0.98
p:wil wel|gevoelsreflectie|-0.99
p:wil wel|samenvatting|0.62
p:wil wel|geruststellen|-0.94
p:wilde delen|bekritiseren|-0.8
p:wilden komen|bedanken|0.99
p:willen allebei|vervolgafspraak|-0.91
p:willen dat|parafrase|0.94
p:willen we|samenvatting|0.99
p:willen we|bekritiseren|-0.99
p:wilt bel|vervolgafspraak|0.99
p:wilt bel|bedanken|-0.99
p:wilt dat|parafrase|0.94
p:wilt dat|samenvatting|0.16
p:wilt dat|interpreteren|-0.85
p:wilt dus|parafrase|0.99
p:wilt dus|gevoelsreflectie|-0.96
p:wilt een|gevoelsreflectie|0.82
p:wilt een|samenvatting|0.83
p:wilt gewoon|interpreteren|0.9
p:wilt graag|parafrase|0.82
p:wilt graag|gevoelsreflectie|-0.82
p:wilt hem|samenvatting|-0.99
p:wilt kan|ik-boodschap|-0.95
p:wilt meer|parafrase|-0.99
p:wilt meer|samenvatting|0.99
p:wilt meer|interpreteren|-0.85
p:wilt naar|bevelen|-0.82
p:wilt sneller|interpreteren|-0.85
p:wilt u|parafrase|-0.84
p:wilt u|samenvatting|0.65
p:wilt u|open-vraag|0.99
p:wilt u|interpreteren|0.98
p:wilt vaker|gevoelsreflectie|-0.85
p:wilt vaker|samenvatting|0.7
p:wilt worden|jij-boodschap|-0.96
p:wilt worden|moraliseren|0.96
p:wiskunde dat|afleiden|-0.97
p:wiskunde doen|bevelen|-1.0
p:wiskunde doen|adviseren|1.0
p:wiskunde doen|prijzen|-1.0
p:wiskunde een|adviseren|0.84
p:wiskunde en|jij-boodschap|-0.54
p:wiskunde en|bekritiseren|-0.9
p:wiskunde gaat|jij-boodschap|-0.99
p:wiskunde gaat|samenvatting|0.83
p:wiskunde opziet|open-vraag|0.96
p:wiskunde steeds|gevoelsreflectie|-0.98
p:wiskunde vaak|ik-boodschap|-0.95
p:wiskunde zit|samenvatting|0.81
p:wiskunde zit|aanmoediging|-0.92
p:wist ik|vervolgafspraak|-0.91
p:wist u|open-vraag|-0.97
p:wist wel|argumenteren|-0.92
p:wit staan|jij-boodschap|-0.98
p:wit staan|argumenteren|0.98
p:woensdag bijles|prijzen|0.83
p:woensdag is|parafrase|0.99
p:woensdag kijken|parafrase|-0.91
p:woensdag kijken|samenvatting|0.84
p:woensdag na|samenvatting|-0.96
p:woensdag na|bedanken|-0.98
p:woensdag nog|adviseren|-0.99
p:woensdag om|waarschuwen|-0.99
p:woensdag om|ondervragen|-0.96
p:woont sinds|ik-boodschap|-0.96
p:woord neemt|ik-boodschap|1.74
p:woorden het|parafrase|0.98
p:woorden je|argumenteren|-0.92
p:woorden thuis|samenvatting|-0.95
p:woorden u|samenvatting|0.9
p:woordjes hardop|bevelen|-1.0
p:woordjes hardop|adviseren|1.0
p:woordjes niet|ik-boodschap|0.96
p:woordjes niet|vervolgafspraak|0.96
p:woordjes voor|ik-boodschap|0.88
p:word er|ik-boodschap|0.91
p:word hier|gevoelsreflectie|-0.83
p:word hier|geruststellen|-0.93
p:word onrustig|parafrase|-0.93
p:worden dat|jij-boodschap|-0.96
p:worden dat|moraliseren|0.96
p:worden en|interpreteren|-0.85
p:worden omdat|prijzen|-0.98
p:wordt afgenomen|parafrase|0.94
p:wordt bij|moraliseren|-0.9
p:wordt buitengesloten|parafrase|1.68
p:wordt buitengesloten|samenvatting|-1.59
p:wordt echt|bekritiseren|0.97
p:wordt er|ik-boodschap|0.92
p:wordt er|bekritiseren|-0.63
p:wordt fijn|bedanken|0.98
p:wordt geduwd|ik-boodschap|0.91
p:wordt hij|waarschuwen|1.91
p:wordt hij|argumenteren|-1.0
p:wordt hij|interpreteren|-0.91
p:wordt ik|interpreteren|0.99
p:wordt kan|open-vraag|-1.0
p:wordt kan|adviseren|-1.0
p:wordt kan|geruststellen|-1.0
p:wordt wat|gevoelsreflectie|0.99
p:wordt wat|open-vraag|0.84
p:wordt ze|moraliseren|-1.0
p:wordt ze|prijzen|-1.0
p:wordt ze|etiketteren|-1.0
p:yara zelf|ik-boodschap|-1.0
p:yara zelf|samenvatting|-1.0
p:yara zelf|bekritiseren|-1.0
p:yilmaz vandaag|bekritiseren|-0.63
p:yilmaz vandaag|vervolgafspraak|-0.87
p:zachter anders|bevelen|0.97
p:zakken en|jij-boodschap|-0.96
p:zakken wat|ik-boodschap|-0.97
p:zakken wat|parafrase|-0.97
p:zakken wat|gevoelsreflectie|-0.97
p:zakken wat|samenvatting|0.97
p:zakken wat|open-vraag|0.97
p:zakken wat|moraliseren|-0.87
p:zal de|parafrase|-0.86
p:zal het|geruststellen|0.95
p:zal ik|vervolgafspraak|0.99
p:zat ?|open-vraag|0.71
p:zat hij|ondervragen|0.93
p:zaterdag ?|open-vraag|-2.55
p:zaterdag ?|afleiden|1.71
p:zaterdag voetbal|interpreteren|-0.98
p:ze ?|jij-boodschap|-0.94
p:ze alsof|bekritiseren|0.77
p:ze alsof|geruststellen|-0.93
p:ze dat|parafrase|0.9
p:ze dat|samenvatting|-0.64
p:ze de|gevoelsreflectie|-0.81
p:ze de|waarschuwen|-0.9
p:ze de|interpreteren|0.99
p:ze doet|parafrase|-0.95
p:ze doet|etiketteren|-0.99
p:ze dus|parafrase|0.9
p:ze dus|samenvatting|-0.64
p:ze een|geruststellen|-0.87
p:ze elke|argumenteren|0.89
p:ze elke|ondervragen|0.97
p:ze elke|vervolgafspraak|-0.97
p:ze er|ik-boodschap|-0.82
p:ze er|waarschuwen|0.94
p:ze er|vervolgafspraak|0.99
p:ze geschorst|moraliseren|-1.0
p:ze geschorst|prijzen|-1.0
p:ze geschorst|etiketteren|-1.0
p:ze gewoon|geruststellen|0.93
p:ze graag|argumenteren|-0.94
p:ze haar|bevelen|0.96
p:ze haar|geruststellen|-0.96
p:ze heeft|ik-boodschap|0.92
p:ze heeft|parafrase|-1.0
p:ze heeft|waarschuwen|-0.93
p:ze heeft|moraliseren|-0.81
p:ze heeft|bekritiseren|-0.88
p:ze hem|ik-boodschap|1.0
p:ze het|waarschuwen|0.94
p:ze het|argumenteren|-0.99
p:ze hulp|prijzen|0.93
p:ze in|prijzen|-0.9
p:ze in|afleiden|0.73
p:ze is|jij-boodschap|-0.82
p:ze is|adviseren|-1.0
p:ze is|bekritiseren|-1.0
p:ze is|geruststellen|-0.11
p:ze je|jij-boodschap|-0.97
p:ze je|parafrase|0.97
p:ze je|gevoelsreflectie|0.78
p:ze je|samenvatting|-0.97
p:ze je|open-vraag|-0.97
p:ze kan|open-vraag|0.92
p:ze komt|geruststellen|0.97
p:ze komt|afleiden|-0.97
p:ze later|jij-boodschap|-0.92
p:ze mist|open-vraag|-0.98
p:ze moe|argumenteren|0.89
p:ze niet|ik-boodschap|0.92
p:ze nu|open-vraag|-0.92
p:ze online|waarschuwen|-1.0
p:ze online|moraliseren|1.0
p:ze op|argumenteren|-0.98
p:ze op|bekritiseren|-0.98
p:ze op|geruststellen|-0.84
p:ze op|afleiden|0.84
p:ze schuift|bevelen|-0.59
p:ze sinds|ik-boodschap|0.96
p:ze slecht|open-vraag|-0.98
p:ze spijbelt|jij-boodschap|0.97
p:ze spijbelt|bekritiseren|0.97
p:ze thuis|gevoelsreflectie|0.81
p:ze vaak|ik-boodschap|-0.91
p:ze vast|geruststellen|0.97
p:ze vijf|argumenteren|0.99
p:ze volgende|ik-boodschap|-0.99
p:ze wil|parafrase|0.96
p:ze zelf|jij-boodschap|0.95
p:ze zelf|bekritiseren|0.86
p:ze zich|ik-boodschap|-0.86
p:ze zich|parafrase|-0.84
p:ze zich|samenvatting|0.86
p:ze zich|interpreteren|-0.99
p:ze ziek|gevoelsreflectie|-0.81
p:ze zit|bevelen|-0.96
p:ze zo|ik-boodschap|0.93
p:ze zo|open-vraag|0.96
p:ze zo|adviseren|0.8
p:ze zo|ondervragen|-0.92
p:zeg heeft|afleiden|1.0
p:zeg het|samenvatting|0.79
p:zeg niet|ik-boodschap|-0.91
p:zeg niet|etiketteren|-0.67
p:zeg niet|geruststellen|0.77
p:zegen als|ik-boodschap|-1.0
p:zegen als|samenvatting|-1.0
p:zegen als|bekritiseren|-1.0
p:zeggen dat|parafrase|0.84
p:zeggen dat|gevoelsreflectie|-0.98
p:zeggen wegliep|argumenteren|-1.0
p:zeggen wegliep|vervolgafspraak|-1.0
p:zeggen wegliep|bedanken|-1.0
p:zegt dat|jij-boodschap|-0.97
p:zegt dat|parafrase|0.22
p:zegt dat|gevoelsreflectie|0.78
p:zegt dat|samenvatting|-0.97
p:zegt dat|open-vraag|-0.97
p:zegt dat|argumenteren|1.92
p:zegt dat|bekritiseren|-0.82
p:zegt dat|etiketteren|-0.83
p:zegt dat|interpreteren|1.92
p:zegt dat|geruststellen|0.78
p:zegt dus|parafrase|0.77
p:zegt dus|open-vraag|0.94
p:zegt eigenlijk|gevoelsreflectie|-0.79
p:zegt en|open-vraag|-0.96
p:zegt hij|parafrase|0.78
p:zegt hij|samenvatting|-1.59
p:zegt hij|aanmoediging|-0.92
p:zegt hij|bevelen|-0.98
p:zegt is|interpreteren|-0.9
p:zegt meer|interpreteren|0.93
p:zegt omdat|interpreteren|1.0
p:zegt u|gevoelsreflectie|-0.91
p:zegt u|aanmoediging|1.81
p:zegt u|bekritiseren|-0.87
p:zegt u|ondervragen|1.94
p:zei dat|interpreteren|-0.99
p:zei u|jij-boodschap|-0.63
p:zeker dat|geruststellen|0.99
p:zelf begint|interpreteren|0.99
p:zelf behandeld|jij-boodschap|-0.96
p:zelf behandeld|moraliseren|0.96
p:zelf dat|adviseren|-0.98
p:zelf de|bevelen|0.9
p:zelf de|interpreteren|-0.9
p:zelf de|vervolgafspraak|-0.9
p:zelf doet|jij-boodschap|1.39
p:zelf doet|bekritiseren|1.87
p:zelf gepest|jij-boodschap|-0.9
p:zelf gepest|interpreteren|0.9
p:zelf gezocht|jij-boodschap|0.84
p:zelf gezocht|bekritiseren|0.94
p:zelf heel|jij-boodschap|0.95
p:zelf heel|bekritiseren|0.86
p:zelf het|ik-boodschap|1.74
p:zelf je|bevelen|0.96
p:zelf je|vervolgafspraak|-0.96
p:zelf kwam|afronding-aankondigen|-0.97
p:zelf laten|adviseren|0.92
p:zelf mede|jij-boodschap|1.76
p:zelf mede|bekritiseren|1.76
p:zelf ook|jij-boodschap|0.15
p:zelf ook|parafrase|-1.0
p:zelf ook|gevoelsreflectie|1.78
p:zelf ook|moraliseren|-0.96
p:zelf ook|bekritiseren|-0.55
p:zelf ook|geruststellen|-0.93
p:zelf ook|afleiden|-1.0
p:zelf ook|afronding-aankondigen|1.0
p:zelf over|parafrase|0.96
p:zelf plannen|bevelen|-0.41
p:zelf praten|adviseren|-0.92
p:zelf steeds|jij-boodschap|0.82
p:zelf steeds|bekritiseren|0.74
p:zelf van|jij-boodschap|-0.73
p:zelf van|gevoelsreflectie|-0.86
p:zelf van|open-vraag|0.97
p:zelf verpest|waarschuwen|-0.99
p:zelf vroeger|interpreteren|0.85
p:zelf zegen|ik-boodschap|-1.0
p:zelf zegen|samenvatting|-1.0
p:zelf zegen|bekritiseren|-1.0
p:zenuwachtig bent|gevoelsreflectie|0.85
p:zenuwachtig bent|geruststellen|1.89
p:zenuwachtig van|ik-boodschap|-0.9
p:zes is|ik-boodschap|-1.0
p:zes is|argumenteren|1.0
p:zes is|etiketteren|-1.0
p:zes is|afleiden|-1.0
p:zes toetsen|argumenteren|0.99
p:zet die|bekritiseren|-0.84
p:zet een|adviseren|0.57
p:zet hij|samenvatting|0.94
p:zet ik|waarschuwen|0.91
p:zet ik|moraliseren|-0.95
p:zet u|ondervragen|-0.96
p:zet voor|vervolgafspraak|0.91
p:zetten over|vervolgafspraak|-0.96
p:zetten over|bedanken|-0.96
p:zeuren over|moraliseren|-0.78
p:zeuren over|interpreteren|-0.93
p:zich aan|bevelen|0.92
p:zich aangevallen|gevoelsreflectie|-0.91
p:zich als|moraliseren|-0.97
p:zich buitengesloten|parafrase|-0.92
p:zich buitengesloten|samenvatting|0.92
p:zich daar|bekritiseren|-0.81
p:zich daar|geruststellen|0.81
p:zich de|bevelen|-0.86
p:zich de|bekritiseren|-0.97
p:zich echt|open-vraag|0.88
p:zich echt|geruststellen|-0.97
p:zich eigenlijk|jij-boodschap|-0.3
p:zich genegeerd|parafrase|0.86
p:zich genegeerd|aanmoediging|-1.0
p:zich gewoon|interpreteren|0.94
p:zich goed|waarschuwen|-0.93
p:zich heeft|ik-boodschap|-0.91
p:zich heeft|bevelen|0.9
p:zich heeft|vervolgafspraak|0.91
p:zich het|open-vraag|0.97
p:zich het|afleiden|-0.97
p:zich machteloos|gevoelsreflectie|1.0
p:zich nergens|samenvatting|-0.91
p:zich nergens|etiketteren|-0.96
p:zich niet|jij-boodschap|-0.97
p:zich niet|parafrase|-0.99
p:zich niet|gevoelsreflectie|1.87
p:zich niet|open-vraag|0.97
p:zich niet|bekritiseren|-0.86
p:zich nooit|bevelen|-0.92
p:zich nou|geruststellen|0.99
p:zich nu|prijzen|0.93
p:zich ongerust|open-vraag|-0.86
p:zich overal|gevoelsreflectie|-0.78
p:zich overal|samenvatting|-1.0
p:zich rond|ik-boodschap|0.93
p:zich schuldig|interpreteren|0.99
p:zich schuldig|geruststellen|-0.98
p:zich terug|parafrase|-0.84
p:zich thuis|gevoelsreflectie|-0.99
p:zich thuis|samenvatting|0.99
p:zich vaak|ik-boodschap|-0.86
p:zich vaak|samenvatting|0.86
p:zich veel|jij-boodschap|0.3
p:zich veel|bekritiseren|0.92
p:zich veilig|gevoelsreflectie|-0.96
p:zich vier|argumenteren|0.99
p:zich vreselijk|bekritiseren|1.82
p:zich want|argumenteren|0.99
p:zich wel|jij-boodschap|1.5
p:zich wel|bekritiseren|1.81
p:zich zo|interpreteren|-0.15
p:zich zorgen|parafrase|-0.96
p:zich zorgen|gevoelsreflectie|0.68
p:zich zorgen|bekritiseren|-0.71
p:zich zorgen|interpreteren|-0.88
p:zichtbaar moeilijk|gevoelsreflectie|0.92
p:zie alleen|ik-boodschap|-0.91
p:zie alleen|geruststellen|-0.82
p:zie dat|ik-boodschap|0.69
p:zie dat|jij-boodschap|-0.95
p:zie dat|parafrase|-1.65
p:zie dat|gevoelsreflectie|0.27
p:zie dat|aanmoediging|-0.98
p:zie dat|bekritiseren|-0.87
p:zie dat|interpreteren|-0.99
p:zie dat|afronding-aankondigen|-1.0
p:zie dat|vervolgafspraak|-0.91
p:zie dat|bedanken|-0.97
p:zie ik|ik-boodschap|-1.75
p:zie ik|gevoelsreflectie|0.79
p:zie ik|bevelen|-0.98
p:zie ik|bekritiseren|1.84
p:zie ik|interpreteren|-0.93
p:zie ik|afronding-aankondigen|0.97
p:zie ik|vervolgafspraak|1.0
p:zie ik|bedanken|0.97
p:zie neem|bevelen|0.41
p:zie neem|adviseren|-0.99
p:zie op|ik-boodschap|0.93
p:ziek ?|ondervragen|-0.99
p:ziek gemeld|jij-boodschap|-0.9
p:ziek geweest|bekritiseren|-0.94
p:ziek meldt|bevelen|0.98
p:ziek thuis|ondervragen|0.93
p:ziek was|gevoelsreflectie|-0.81
p:ziek was|ondervragen|-0.98
p:ziekmelding pas|ik-boodschap|0.97
p:ziekmelding pas|waarschuwen|-0.97
p:ziekmelding voortaan|prijzen|-1.0
p:ziekmeldt als|jij-boodschap|0.99
p:ziekmeldt als|gevoelsreflectie|-0.99
p:ziekmeldt als|bekritiseren|0.99
p:ziekte herkansen|argumenteren|0.99
p:ziekte voor|bedanken|0.54
p:zien ?|ondervragen|-1.0
p:zien dat|ik-boodschap|1.87
p:zien dat|parafrase|-0.8
p:zien dat|gevoelsreflectie|-0.8
p:zien dat|interpreteren|0.93
p:zien dus|argumenteren|1.0
p:zien dus|bekritiseren|-0.87
p:zien over|open-vraag|-0.99
p:zien waar|ik-boodschap|1.0
p:zien waar|waarschuwen|-1.0
p:zien wat|ik-boodschap|0.98
p:zien we|samenvatting|-0.84
p:zien wel|bekritiseren|-0.93
p:ziet u|open-vraag|0.99
p:ziet u|argumenteren|1.85
p:ziet u|prijzen|0.93
p:ziet u|afleiden|-0.98
p:zij doet|afleiden|-0.97
p:zij heeft|ik-boodschap|-0.89
p:zij is|jij-boodschap|1.0
p:zij is|argumenteren|-1.0
p:zij is|bekritiseren|1.0
p:zij neemt|bekritiseren|-0.95
p:zij spijbelt|bekritiseren|0.77
p:zij spijbelt|geruststellen|-0.93
p:zijn als|open-vraag|0.96
p:zijn als|adviseren|0.99
p:zijn belangrijkere|bekritiseren|-0.89
p:zijn belangrijkere|geruststellen|-0.99
p:zijn belangrijkere|afleiden|1.58
p:zijn beloop|jij-boodschap|0.89
p:zijn beloop|bekritiseren|0.94
p:zijn bijna|bedanken|-0.65
p:zijn boeken|parafrase|-0.93
p:zijn boeken|bevelen|0.9
p:zijn boeken|geruststellen|0.93
p:zijn broertje|adviseren|0.96
p:zijn cijfers|parafrase|-0.99
p:zijn cijfers|gevoelsreflectie|0.68
p:zijn cijfers|argumenteren|0.86
p:zijn cijfers|geruststellen|-0.96
p:zijn cijfers|afleiden|-0.93
p:zijn cijfers|afronding-aankondigen|0.99
p:zijn daden|moraliseren|0.9
p:zijn diploma|waarschuwen|0.86
p:zijn door|bedanken|0.76
p:zijn drie|argumenteren|1.0
p:zijn drie|bekritiseren|-0.87
p:zijn drie|vervolgafspraak|-0.94
p:zijn duidelijk|argumenteren|0.82
p:zijn duidelijk|afleiden|-0.99
p:zijn echt|argumenteren|-0.99
p:zijn echt|bekritiseren|-0.99
p:zijn echt|etiketteren|0.75
p:zijn echt|geruststellen|-1.0
p:zijn en|ik-boodschap|0.99
p:zijn en|bevelen|-0.99
p:zijn er|afleiden|0.96
p:zijn er|afronding-aankondigen|-0.96
p:zijn gang|bevelen|-0.97
p:zijn gedrag|waarschuwen|0.91
p:zijn gemiddelde|ik-boodschap|0.91
p:zijn gemiddelde|jij-boodschap|-0.13
p:zijn geweest|ik-boodschap|-0.98
p:zijn geweest|gevoelsreflectie|2.76
p:zijn gewoon|bekritiseren|-0.92
p:zijn goede|samenvatting|-0.98
p:zijn gymschoenen|gevoelsreflectie|-0.9
p:zijn hockey|afleiden|0.93
p:zijn hoor|adviseren|-1.0
p:zijn hoor|geruststellen|1.0
p:zijn huiswerk|ik-boodschap|-0.93
p:zijn huiswerk|jij-boodschap|0.95
p:zijn huiswerk|gevoelsreflectie|-0.89
p:zijn huiswerk|waarschuwen|-1.0
p:zijn huiswerk|bekritiseren|0.81
p:zijn huiswerk|ondervragen|0.96
p:zijn huiswerk|vervolgafspraak|0.92
p:zijn kamer|adviseren|0.87
p:zijn kind|moraliseren|1.0
p:zijn laars|jij-boodschap|0.88
p:zijn laars|samenvatting|-0.88
p:zijn laars|bekritiseren|0.34
p:zijn laptop|open-vraag|-0.99
p:zijn leeftijd|geruststellen|0.93
p:zijn moeder|jij-boodschap|0.84
p:zijn moeder|bekritiseren|0.94
p:zijn motivatie|parafrase|-0.99
p:zijn motivatie|afronding-aankondigen|-0.99
p:zijn nou|moraliseren|-0.99
p:zijn opdrachten|ik-boodschap|0.95
p:zijn planner|ik-boodschap|0.98
p:zijn planner|open-vraag|-0.99
p:zijn planner|bekritiseren|0.75
p:zijn planner|vervolgafspraak|-0.98
p:zijn planning|gevoelsreflectie|-0.85
p:zijn planning|samenvatting|1.69
p:zijn planning|adviseren|-0.93
p:zijn planning|prijzen|-0.98
p:zijn planning|vervolgafspraak|0.97
p:zijn planning|bedanken|0.81
p:zijn plek|waarschuwen|0.96
p:zijn pootjes|bekritiseren|-0.97
p:zijn pootjes|geruststellen|0.84
p:zijn rapport|open-vraag|0.99
p:zijn rapport|ondervragen|-1.0
p:zijn rapport|vervolgafspraak|-0.99
p:zijn rekenmachine|vervolgafspraak|0.91
p:zijn rooster|ik-boodschap|0.91
p:zijn schrift|aanmoediging|-0.78
p:zijn slaap|samenvatting|0.65
p:zijn slaap|open-vraag|-0.92
p:zijn slaap|bekritiseren|-0.16
p:zijn tas|gevoelsreflectie|-0.99
p:zijn tegen|jij-boodschap|-0.82
p:zijn telefoon|jij-boodschap|-0.9
p:zijn telefoon|open-vraag|0.96
p:zijn telefoon|moraliseren|-0.84
p:zijn telefoon|argumenteren|-0.99
p:zijn telefoon|bekritiseren|-0.9
p:zijn telefoon|interpreteren|-0.94
p:zijn u|jij-boodschap|0.3
p:zijn u|bekritiseren|0.92
p:zijn vader|parafrase|0.95
p:zijn vel|waarschuwen|-0.85
p:zijn vel|bekritiseren|-0.78
p:zijn verjaardag|afleiden|-0.96
p:zijn verzuim|open-vraag|-0.84
p:zijn verzuim|bedanken|0.54
p:zijn voldoende|argumenteren|-0.94
p:zijn vrienden|afleiden|-0.89
p:zijn vriendengroep|open-vraag|0.99
p:zijn werk|moraliseren|0.95
p:zijn werk|argumenteren|-0.67
p:zijn werk|prijzen|-0.98
p:zijn werkmap|gevoelsreflectie|-0.67
p:zijn werkstuk|jij-boodschap|0.94
p:zijn werkstuk|bekritiseren|0.94
p:zijn werkstuk|afleiden|0.97
p:zijn zin|jij-boodschap|-0.79
p:zijn zin|etiketteren|-0.97
p:zijn zorgpunten|argumenteren|-0.94
p:zin daar|bekritiseren|0.98
p:zin hebt|jij-boodschap|-0.97
p:zin hebt|bekritiseren|-0.82
p:zin heeft|jij-boodschap|-0.79
p:zin in|jij-boodschap|1.64
p:zin in|bekritiseren|0.68
p:zin in|interpreteren|-0.9
p:zin wil|interpreteren|0.99
p:zit al|jij-boodschap|-0.97
p:zit alleen|moraliseren|-0.78
p:zit alleen|interpreteren|-0.93
p:zit bij|ik-boodschap|-0.96
p:zit dan|moraliseren|0.86
p:zit de|samenvatting|0.81
p:zit de|aanmoediging|-0.92
p:zit de|bevelen|0.99
p:zit de|bekritiseren|0.91
p:zit de|vervolgafspraak|1.66
p:zit elke|ik-boodschap|0.98
p:zit elke|open-vraag|-0.98
p:zit elke|moraliseren|-0.98
p:zit en|ik-boodschap|0.99
p:zit en|open-vraag|-0.84
p:zit en|adviseren|-0.91
p:zit en|vervolgafspraak|-0.91
p:zit er|open-vraag|-0.99
p:zit er|geruststellen|-0.12
p:zit erop|afronding-aankondigen|0.99
p:zit erop|bedanken|-0.72
p:zit gewoon|waarschuwen|-0.85
p:zit het|interpreteren|0.98
p:zit hier|jij-boodschap|0.88
p:zit hier|samenvatting|-0.83
p:zit hier|bevelen|-0.91
p:zit hier|bekritiseren|0.92
p:zit hij|waarschuwen|0.9
p:zit hij|bekritiseren|-0.94
p:zit hij|geruststellen|-0.76
p:zit in|open-vraag|0.99
p:zit in|adviseren|-1.0
p:zit in|bekritiseren|-0.97
p:zit in|etiketteren|-0.99
p:zit je|ik-boodschap|-0.99
p:zit je|interpreteren|0.99
p:zit je|ondervragen|0.88
p:zit kan|open-vraag|0.96
p:zit kom|ik-boodschap|0.99
p:zit kom|geruststellen|-0.99
p:zit me|ik-boodschap|0.96
p:zit me|argumenteren|-0.96
p:zit merk|ik-boodschap|0.95
p:zit met|ik-boodschap|-0.99
p:zit met|interpreteren|0.99
p:zit naast|jij-boodschap|-0.99
p:zit naast|bekritiseren|-0.99
p:zit sinds|jij-boodschap|-0.51
p:zit sinds|bevelen|-0.96
p:zit steeds|bekritiseren|-0.78
p:zit te|open-vraag|0.99
p:zit te|bekritiseren|0.86
p:zit te|ondervragen|-0.86
p:zit ze|parafrase|0.9
p:zit ze|samenvatting|-0.64
p:zit ze|ondervragen|0.97
p:zit ze|vervolgafspraak|-0.97
p:zitten ?|waarschuwen|-0.98
p:zitten al|vervolgafspraak|-0.99
p:zitten als|bevelen|0.81
p:zitten anders|waarschuwen|0.91
p:zitten daardoor|gevoelsreflectie|-0.74
p:zitten daardoor|afronding-aankondigen|-1.0
p:zitten dat|geruststellen|0.91
p:zitten denk|interpreteren|0.85
p:zitten en|bevelen|1.0
p:zitten en|bekritiseren|-0.98
p:zitten is|bevelen|-0.74
p:zitten is|geruststellen|-0.93
p:zitten is|afleiden|0.93
p:zitten je|bevelen|-1.45
p:zitten je|moraliseren|-0.94
p:zitten of|waarschuwen|0.83
p:zitten sem|jij-boodschap|-1.0
p:zitten sem|bevelen|1.0
p:zitten sem|waarschuwen|1.0
p:zitten sem|bekritiseren|-1.0
p:zitten sem|geruststellen|-1.0
p:zitten snap|geruststellen|0.92
p:zitten we|afronding-aankondigen|-0.99
p:zitten we|vervolgafspraak|1.0
p:zitten we|bedanken|0.54
p:zjn hoogste|gevoelsreflectie|-0.72
p:zo aan|etiketteren|0.97
p:zo als|etiketteren|0.72
p:zo babyachtig|etiketteren|0.98
p:zo betrokken|adviseren|-0.81
p:zo blijft|waarschuwen|0.91
p:zo blijft|prijzen|-0.71
p:zo boos|gevoelsreflectie|-1.73
p:zo buitengesloten|interpreteren|-0.99
p:zo dat|moraliseren|-0.86
p:zo dat|argumenteren|0.98
p:zo doen|prijzen|0.96
p:zo doorgaat|ik-boodschap|-0.76
p:zo doorgaat|jij-boodschap|1.34
p:zo doorgaat|bevelen|-1.0
p:zo doorgaat|waarschuwen|0.9
p:zo doorgaat|bekritiseren|1.77
p:zo dramatisch|geruststellen|0.94
p:zo dramatisch|afleiden|-1.0
p:zo druk|afleiden|0.9
p:zo eerlijk|gevoelsreflectie|-0.97
p:zo eerlijk|geruststellen|-0.97
p:zo eerlijk|vervolgafspraak|-0.97
p:zo erg|prijzen|-0.97
p:zo erg|etiketteren|-0.98
p:zo erg|afleiden|-0.91
p:zo fijn|etiketteren|-0.96
p:zo gaat|bevelen|-0.9
p:zo goed|ik-boodschap|-0.98
p:zo goed|jij-boodschap|-0.99
p:zo goed|parafrase|-0.99
p:zo goed|bekritiseren|-0.99
p:zo goed|prijzen|1.82
p:zo haalt|geruststellen|-0.96
p:zo hoog|interpreteren|0.99
p:zo hysterisch|bevelen|1.74
p:zo komen|jij-boodschap|1.83
p:zo komen|bekritiseren|0.94
p:zo kunnen|samenvatting|-0.98
p:zo laat|bekritiseren|-0.95
p:zo laat|ondervragen|0.91
p:zo meedenkend|waarschuwen|-0.91
p:zo meedenkt|bevelen|-0.97
p:zo met|ik-boodschap|-0.99
p:zo met|interpreteren|0.99
p:zo mist|ik-boodschap|0.98
p:zo negatief|bekritiseren|0.89
p:zo niet|afronding-aankondigen|0.96
p:zo omdat|waarschuwen|-1.0
p:zo omdat|adviseren|-1.0
p:zo omdat|interpreteren|1.85
p:zo ook|bevelen|-1.45
p:zo ook|moraliseren|-0.94
p:zo op|prijzen|-0.91
p:zo op|geruststellen|-0.85
p:zo open|bedanken|0.6
p:zo overdreven|jij-boodschap|-2.22
p:zo overdreven|bevelen|-1.0
p:zo overdreven|etiketteren|1.0
p:zo overdreven|ondervragen|-1.0
p:zo redelijk|prijzen|1.0
p:zo schieten|ik-boodschap|0.91
p:zo simpel|moraliseren|0.86
p:zo snel|jij-boodschap|-0.91
p:zo snel|bekritiseren|-0.98
p:zo sterk|jij-boodschap|-0.9
p:zo sterk|interpreteren|0.9
p:zo stil|ondervragen|-0.92
p:zo stoer|jij-boodschap|-0.97
p:zo stoer|etiketteren|-0.99
p:zo te|moraliseren|0.87
p:zo te|interpreteren|-0.99
p:zo tegen|ik-boodschap|-0.93
p:zo tegen|open-vraag|0.96
p:zo tegen|waarschuwen|0.93
p:zo tegen|moraliseren|0.97
p:zo tegen|argumenteren|-0.88
p:zo verstandig|interpreteren|-0.98
p:zo want|interpreteren|-0.89
p:zo weer|bevelen|-0.76
p:zo weer|adviseren|-0.58
p:zo weer|geruststellen|0.83
p:zo weer|afleiden|0.71
p:zo weinig|ik-boodschap|0.93
p:zo weinig|adviseren|0.8
p:zo werkt|afleiden|-0.7
p:zo zeg|jij-boodschap|0.7
p:zo zeg|etiketteren|0.96
p:zo zegt|interpreteren|1.0
p:zo zwaar|moraliseren|-0.99
p:zo zwaar|interpreteren|-0.99
p:zo zwaar|geruststellen|-0.74
p:zo zwaar|afleiden|1.62
p:zo'n goede|prijzen|0.93
p:zo'n goede|etiketteren|-1.0
p:zo'n hockeymoeder|waarschuwen|-0.83
p:zo'n mail|bekritiseren|1.0
p:zo'n mail|geruststellen|-1.0
p:zo'n middag|ik-boodschap|0.99
p:zo'n moeder|jij-boodschap|2.56
p:zo'n moeder|gevoelsreflectie|-0.97
p:zo'n moeder|etiketteren|0.97
p:zo'n opmerking|jij-boodschap|-0.92
p:zo'n opmerking|samenvatting|-0.94
p:zo'n opmerking|waarschuwen|0.94
p:zo'n ouder|jij-boodschap|-1.5
p:zo'n ouder|bekritiseren|-0.9
p:zo'n reactie|etiketteren|1.0
p:zo'n slimme|jij-boodschap|-1.87
p:zo'n slimme|samenvatting|-1.0
p:zo'n slimme|moraliseren|-0.9
p:zo'n slimme|prijzen|2.85
p:zo'n slimme|etiketteren|-0.98
p:zo'n slimme|geruststellen|-0.91
p:zo'n slimme|afronding-aankondigen|-1.0
p:zo'n slimme|bedanken|-1.0
p:zo'n vaart|geruststellen|0.95
p:zo'n wijze|adviseren|-0.97
p:zoals je|jij-boodschap|-0.96
p:zoals je|moraliseren|0.96
p:zoekt gewoon|bekritiseren|-0.38
p:zoekt gewoon|etiketteren|-0.97
p:zoekt hij|adviseren|0.82
p:zoekt in|jij-boodschap|0.95
p:zoekt in|bekritiseren|0.95
p:zomaar niet|moraliseren|0.95
p:zomaar niet|argumenteren|-0.67
p:zomer ?|afleiden|0.97
p:zomer eigenlijk|open-vraag|-0.96
p:zomer eigenlijk|afleiden|0.96
p:zomer en|open-vraag|-0.98
p:zondag met|vervolgafspraak|0.94
p:zondag met|bedanken|-0.54
p:zondag samen|adviseren|0.96
p:zonde voor|bekritiseren|-0.98
p:zonde want|ik-boodschap|0.98
p:zonde zullen|vervolgafspraak|0.91
p:zonder antwoord|adviseren|-0.96
p:zonder bericht|ik-boodschap|-0.99
p:zonder bericht|argumenteren|0.93
p:zonder bericht|vervolgafspraak|-0.91
p:zonder iets|jij-boodschap|0.97
p:zonder iets|argumenteren|-1.0
p:zonder iets|bekritiseren|0.97
p:zonder iets|vervolgafspraak|-1.0
p:zonder iets|bedanken|-1.0
p:zonder ontbijt|ik-boodschap|0.93
p:zonder pen|ik-boodschap|0.98
p:zonder voldoende|argumenteren|0.93
p:zoon dan|prijzen|0.87
p:zoon een|ik-boodschap|-1.0
p:zoon gedraagt|moraliseren|-0.97
p:zoon gewoon|jij-boodschap|0.7
p:zoon gewoon|etiketteren|0.96
p:zoon heeft|jij-boodschap|-0.94
p:zoon heeft|bekritiseren|0.98
p:zoon heeft|etiketteren|-0.96
p:zoon is|jij-boodschap|1.57
p:zoon is|bekritiseren|-0.99
p:zoon is|etiketteren|0.96
p:zoon zit|jij-boodschap|-0.51
p:zoon zit|etiketteren|-0.99
p:zorg dat|bevelen|0.82
p:zorg dat|interpreteren|-0.99
p:zorg in|vervolgafspraak|0.91
p:zorg zei|jij-boodschap|-0.63
p:zorgcommissie ervan|bedanken|0.99
p:zorgcoordinator of|ik-boodschap|-0.82
p:zorgcoordinator of|vervolgafspraak|0.99
p:zorgcoördinator aan|jij-boodschap|-0.83
p:zorgcoördinator aan|vervolgafspraak|0.97
p:zorgcoördinator en|samenvatting|0.96
p:zorgcoördinator en|prijzen|-0.96
p:zorgcoördinator en|vervolgafspraak|0.96
p:zorgcoördinator twee|jij-boodschap|1.83
p:zorgcoördinator twee|bekritiseren|0.94
p:zorgen dat|bevelen|0.9
p:zorgen dat|moraliseren|0.98
p:zorgen het|parafrase|-0.95
p:zorgen het|open-vraag|0.88
p:zorgen maakt|waarschuwen|-0.91
p:zorgen maakt|adviseren|0.97
p:zorgen maakt|bekritiseren|-0.71
p:zorgen om|parafrase|-0.96
p:zorgen om|adviseren|-0.96
p:zorgen om|interpreteren|-0.88
p:zorgen om|geruststellen|-0.83
p:zorgen omdat|ik-boodschap|0.93
p:zorgen omdat|adviseren|0.8
p:zorgen over|gevoelsreflectie|0.68
p:zorgen over|moraliseren|-0.98
p:zorgen over|adviseren|-0.91
p:zorgen over|afleiden|-0.97
p:zorgen over|vervolgafspraak|-0.91
p:zorgen sinds|open-vraag|0.99
p:zorgen we|adviseren|-0.58
p:zorgen we|geruststellen|0.83
p:zorgt u|bevelen|0.99
p:zou als|moraliseren|1.0
p:zou als|adviseren|-0.86
p:zou bellen|open-vraag|-0.91
p:zou eens|adviseren|0.9
p:zou goed|adviseren|0.99
p:zou helpen|adviseren|-0.98
p:zou hem|open-vraag|1.0
p:zou hem|moraliseren|-1.0
p:zou hij|moraliseren|0.95
p:zou ik|ik-boodschap|-0.77
p:zou ik|waarschuwen|-0.93
p:zou ik|adviseren|1.95
p:zou ik|bekritiseren|0.87
p:zou ik|prijzen|0.72
p:zou in|adviseren|0.92
p:zou je|gevoelsreflectie|-0.6
p:zou je|open-vraag|0.98
p:zou je|bekritiseren|-0.98
p:zou je|geruststellen|-0.93
p:zou jou|gevoelsreflectie|-0.96
p:zou jou|etiketteren|-0.99
p:zou jou|afleiden|-0.99
p:zou u|gevoelsreflectie|1.78
p:zou u|waarschuwen|-1.0
p:zou u|moraliseren|1.0
p:zou yara|ik-boodschap|-1.0
p:zou yara|samenvatting|-1.0
p:zou yara|bekritiseren|-1.0
p:zoveel grapjes|ik-boodschap|-0.61
p:zoveel grapjes|interpreteren|0.9
p:zoveel kinderen|bevelen|-0.74
p:zoveel kinderen|geruststellen|0.82
p:zoveel verzuim|moraliseren|-0.96
p:zoë het|argumenteren|-0.94
p:zoë in|ik-boodschap|1.0
p:zoë in|parafrase|-1.0
p:zoë in|open-vraag|1.0
p:zoë u|jij-boodschap|-0.98
p:zoë u|afleiden|-0.63
p:zulke ruzietjes|geruststellen|-0.84
p:zulke ruzietjes|afleiden|0.84
p:zullen we|samenvatting|-0.98
p:zullen we|adviseren|-0.96
p:zullen we|argumenteren|-0.97
p:zullen we|ondervragen|-0.96
p:zullen we|afleiden|0.78
p:zullen we|afronding-aankondigen|-0.99
p:zullen we|vervolgafspraak|1.83
p:zus gekozen|open-vraag|-0.98
p:zwaar aan|moraliseren|-0.99
p:zwaar aan|interpreteren|-0.99
p:zwaar aan|geruststellen|-0.74
p:zwaar aan|afleiden|1.62
p:zwaar heeft|gevoelsreflectie|0.79
p:zwaar maken|afleiden|0.93
p:zware periode|afleiden|-0.93
p:zwart op|jij-boodschap|-0.98
p:zwart op|argumenteren|0.98
p:één keer|ik-boodschap|-0.98
p:één keer|samenvatting|-0.55
p:één keer|waarschuwen|1.0
p:één keer|bekritiseren|-0.96
p:één keer|vervolgafspraak|-1.0
p:één maand|ik-boodschap|1.0
p:één maand|parafrase|-1.0
p:één maand|open-vraag|1.0
p:één niet|gevoelsreflectie|-0.91
regel:aanmoediging|ik-boodschap|-0.57
regel:aanmoediging|parafrase|-2.43
regel:aanmoediging|gevoelsreflectie|-2.97
regel:aanmoediging|samenvatting|-0.84
regel:aanmoediging|open-vraag|-3.85
regel:aanmoediging|aanmoediging|7.85
regel:aanmoediging|bevelen|-0.94
regel:aanmoediging|geruststellen|-1.0
regel:aanmoediging|ondervragen|-0.97
regel:adviseren|ik-boodschap|0.22
regel:adviseren|jij-boodschap|-1.0
regel:adviseren|gevoelsreflectie|1.11
regel:adviseren|samenvatting|-1.0
regel:adviseren|open-vraag|-1.95
regel:adviseren|bevelen|-2.41
regel:adviseren|waarschuwen|-1.91
regel:adviseren|moraliseren|-0.98
regel:adviseren|adviseren|16.68
regel:adviseren|argumenteren|-0.99
regel:adviseren|bekritiseren|-0.13
regel:adviseren|prijzen|-0.23
regel:adviseren|geruststellen|0.8
regel:adviseren|ondervragen|-2.85
regel:adviseren|afleiden|-0.98
regel:adviseren|vervolgafspraak|-1.03
regel:afleiden|gevoelsreflectie|0.97
regel:afleiden|samenvatting|-1.98
regel:afleiden|aanmoediging|-1.0
regel:afleiden|bevelen|-0.43
regel:afleiden|moraliseren|-1.89
regel:afleiden|adviseren|-1.76
regel:afleiden|argumenteren|-2.68
regel:afleiden|bekritiseren|-1.9
regel:afleiden|prijzen|-1.97
regel:afleiden|etiketteren|-2.76
regel:afleiden|geruststellen|-0.99
regel:afleiden|ondervragen|-1.0
regel:afleiden|afleiden|14.08
regel:afleiden|afronding-aankondigen|-1.0
regel:afronding-aankondigen|parafrase|-0.99
regel:afronding-aankondigen|aanmoediging|-1.0
regel:afronding-aankondigen|bevelen|-0.99
regel:afronding-aankondigen|moraliseren|-0.98
regel:afronding-aankondigen|argumenteren|-0.97
regel:afronding-aankondigen|bekritiseren|-0.93
regel:afronding-aankondigen|etiketteren|-0.97
regel:afronding-aankondigen|afleiden|-0.93
regel:afronding-aankondigen|afronding-aankondigen|8.82
regel:afronding-aankondigen|vervolgafspraak|-4.09
regel:afronding-aankondigen|bedanken|-1.98
regel:argumenteren|ik-boodschap|-1.93
regel:argumenteren|jij-boodschap|0.25
regel:argumenteren|parafrase|-0.9
regel:argumenteren|gevoelsreflectie|-0.35
regel:argumenteren|bevelen|-0.86
regel:argumenteren|waarschuwen|-1.93
regel:argumenteren|moraliseren|-0.84
regel:argumenteren|adviseren|-0.95
regel:argumenteren|argumenteren|15.52
regel:argumenteren|bekritiseren|-1.9
regel:argumenteren|interpreteren|-1.88
regel:argumenteren|geruststellen|-2.83
regel:argumenteren|afleiden|-1.99
regel:argumenteren|bedanken|-0.99
regel:bedanken|ik-boodschap|-1.0
regel:bedanken|jij-boodschap|-0.91
regel:bedanken|parafrase|-1.0
regel:bedanken|gevoelsreflectie|-1.01
regel:bedanken|bevelen|-0.89
regel:bedanken|waarschuwen|-0.95
regel:bedanken|argumenteren|-0.97
regel:bedanken|prijzen|-0.99
regel:bedanken|interpreteren|-1.0
regel:bedanken|geruststellen|-1.96
regel:bedanken|afleiden|-1.0
regel:bedanken|afronding-aankondigen|-1.14
regel:bedanken|vervolgafspraak|-0.82
regel:bedanken|bedanken|11.01
regel:bekritiseren|ik-boodschap|0.8
regel:bekritiseren|jij-boodschap|5.81
regel:bekritiseren|parafrase|-1.0
regel:bekritiseren|gevoelsreflectie|-3.44
regel:bekritiseren|samenvatting|-1.84
regel:bekritiseren|open-vraag|0.97
regel:bekritiseren|bevelen|-1.09
regel:bekritiseren|waarschuwen|-0.22
regel:bekritiseren|moraliseren|-1.76
regel:bekritiseren|adviseren|-1.9
regel:bekritiseren|argumenteren|-1.92
regel:bekritiseren|bekritiseren|17.47
regel:bekritiseren|prijzen|-1.95
regel:bekritiseren|etiketteren|-3.88
regel:bekritiseren|interpreteren|-1.92
regel:bekritiseren|geruststellen|-3.88
regel:bekritiseren|ondervragen|-1.86
regel:bekritiseren|afleiden|-0.97
regel:bekritiseren|afronding-aankondigen|-1.0
regel:bevelen|jij-boodschap|-0.15
regel:bevelen|gevoelsreflectie|-0.99
regel:bevelen|samenvatting|-0.83
regel:bevelen|aanmoediging|-0.98
regel:bevelen|bevelen|14.39
regel:bevelen|waarschuwen|-1.02
regel:bevelen|moraliseren|-2.89
regel:bevelen|adviseren|-1.99
regel:bevelen|argumenteren|-1.91
regel:bevelen|bekritiseren|-0.52
regel:bevelen|prijzen|-0.15
regel:bevelen|etiketteren|-0.99
regel:bevelen|interpreteren|-2.93
regel:bevelen|geruststellen|-1.94
regel:bevelen|afleiden|-1.97
regel:bevelen|afronding-aankondigen|-0.93
regel:bevelen|vervolgafspraak|-0.87
regel:etiketteren|jij-boodschap|0.95
regel:etiketteren|gevoelsreflectie|-0.95
regel:etiketteren|bevelen|-0.24
regel:etiketteren|waarschuwen|-0.83
regel:etiketteren|moraliseren|-1.92
regel:etiketteren|adviseren|-1.0
regel:etiketteren|argumenteren|-0.99
regel:etiketteren|bekritiseren|-6.45
regel:etiketteren|prijzen|-0.88
regel:etiketteren|etiketteren|11.55
regel:etiketteren|geruststellen|-1.0
regel:etiketteren|ondervragen|-1.0
regel:etiketteren|afleiden|-1.93
regel:geen|ik-boodschap|-7.91
regel:geen|jij-boodschap|0.83
regel:geen|parafrase|-2.62
regel:geen|gevoelsreflectie|-0.89
regel:geen|samenvatting|-2.69
regel:geen|open-vraag|-2.97
regel:geen|bevelen|0.1
regel:geen|moraliseren|-0.94
regel:geen|adviseren|-0.92
regel:geen|argumenteren|-3.75
regel:geen|bekritiseren|0.86
regel:geen|prijzen|-3.46
regel:geen|etiketteren|1.13
regel:geen|interpreteren|-1.6
regel:geen|geruststellen|-0.74
regel:geen|ondervragen|-2.01
regel:geen|afleiden|1.25
regel:geen|afronding-aankondigen|-1.93
regel:geen|vervolgafspraak|-1.9
regel:geen|bedanken|-1.94
regel:geruststellen|ik-boodschap|-0.98
regel:geruststellen|jij-boodschap|-0.84
regel:geruststellen|parafrase|-0.95
regel:geruststellen|open-vraag|-0.12
regel:geruststellen|bevelen|-1.26
regel:geruststellen|waarschuwen|-1.0
regel:geruststellen|moraliseren|-1.98
regel:geruststellen|adviseren|-0.64
regel:geruststellen|argumenteren|-1.96
regel:geruststellen|bekritiseren|-1.9
regel:geruststellen|prijzen|-0.93
regel:geruststellen|etiketteren|-1.0
regel:geruststellen|interpreteren|-1.98
regel:geruststellen|geruststellen|17.05
regel:geruststellen|afleiden|-3.33
regel:geruststellen|bedanken|-1.0
regel:gevoelsreflectie|jij-boodschap|-0.11
regel:gevoelsreflectie|parafrase|-3.76
regel:gevoelsreflectie|gevoelsreflectie|16.88
regel:gevoelsreflectie|samenvatting|-2.59
regel:gevoelsreflectie|open-vraag|-2.87
regel:gevoelsreflectie|aanmoediging|-0.99
regel:gevoelsreflectie|bevelen|0.91
regel:gevoelsreflectie|waarschuwen|-1.91
regel:gevoelsreflectie|adviseren|0.92
regel:gevoelsreflectie|argumenteren|-0.98
regel:gevoelsreflectie|bekritiseren|-1.68
regel:gevoelsreflectie|etiketteren|-0.85
regel:gevoelsreflectie|interpreteren|-0.88
regel:gevoelsreflectie|geruststellen|-0.5
regel:gevoelsreflectie|afleiden|-0.92
regel:gevoelsreflectie|afronding-aankondigen|-1.0
regel:gevoelsreflectie|vervolgafspraak|-0.91
regel:gevoelsreflectie|bedanken|-1.77
regel:ik-boodschap|ik-boodschap|7.73
regel:ik-boodschap|jij-boodschap|-1.68
regel:ik-boodschap|parafrase|-1.95
regel:ik-boodschap|gevoelsreflectie|-1.56
regel:ik-boodschap|samenvatting|-1.97
regel:ik-boodschap|open-vraag|0.98
regel:ik-boodschap|aanmoediging|-1.0
regel:ik-boodschap|waarschuwen|-1.91
regel:ik-boodschap|moraliseren|-0.99
regel:ik-boodschap|adviseren|-1.0
regel:ik-boodschap|argumenteren|-1.0
regel:ik-boodschap|bekritiseren|-3.17
regel:ik-boodschap|prijzen|-0.98
regel:ik-boodschap|interpreteren|-0.99
regel:ik-boodschap|geruststellen|-1.0
regel:ik-boodschap|ondervragen|-0.99
regel:ik-boodschap|afleiden|-0.87
regel:ik-boodschap|afronding-aankondigen|-1.0
regel:ik-boodschap|vervolgafspraak|-2.86
regel:ik-boodschap|bedanken|-1.0
regel:interpreteren|jij-boodschap|-1.37
regel:interpreteren|waarschuwen|-1.85
regel:interpreteren|moraliseren|-1.91
regel:interpreteren|adviseren|-0.92
regel:interpreteren|argumenteren|-2.86
regel:interpreteren|bekritiseren|-1.56
regel:interpreteren|prijzen|-0.97
regel:interpreteren|etiketteren|-0.99
regel:interpreteren|interpreteren|13.31
regel:interpreteren|geruststellen|-2.64
regel:interpreteren|ondervragen|-0.94
regel:interpreteren|afleiden|0.66
regel:jij-boodschap|ik-boodschap|-0.19
regel:jij-boodschap|jij-boodschap|10.11
regel:jij-boodschap|parafrase|-1.0
regel:jij-boodschap|gevoelsreflectie|-4.38
regel:jij-boodschap|samenvatting|-1.84
regel:jij-boodschap|open-vraag|0.97
regel:jij-boodschap|bevelen|-2.08
regel:jij-boodschap|waarschuwen|-0.22
regel:jij-boodschap|moraliseren|-3.68
regel:jij-boodschap|adviseren|-1.9
regel:jij-boodschap|argumenteren|-1.99
regel:jij-boodschap|bekritiseren|2.71
regel:jij-boodschap|prijzen|-2.84
regel:jij-boodschap|etiketteren|2.72
regel:jij-boodschap|interpreteren|-1.92
regel:jij-boodschap|geruststellen|-1.93
regel:jij-boodschap|ondervragen|-1.86
regel:jij-boodschap|afleiden|-0.97
regel:jij-boodschap|afronding-aankondigen|-1.0
regel:moraliseren|ik-boodschap|-1.97
regel:moraliseren|jij-boodschap|-2.1
regel:moraliseren|parafrase|-1.0
regel:moraliseren|samenvatting|-0.97
regel:moraliseren|open-vraag|-1.0
regel:moraliseren|bevelen|-2.84
regel:moraliseren|waarschuwen|-1.93
regel:moraliseren|moraliseren|14.47
regel:moraliseren|adviseren|-2.82
regel:moraliseren|argumenteren|-2.02
regel:moraliseren|bekritiseren|-1.03
regel:moraliseren|prijzen|-1.85
regel:moraliseren|interpreteren|-0.99
regel:moraliseren|geruststellen|-1.59
regel:moraliseren|afleiden|-1.69
regel:ondervragen|ik-boodschap|-0.94
regel:ondervragen|jij-boodschap|0.19
regel:ondervragen|open-vraag|-1.97
regel:ondervragen|bevelen|-1.94
regel:ondervragen|moraliseren|-0.99
regel:ondervragen|adviseren|-1.83
regel:ondervragen|prijzen|-0.87
regel:ondervragen|geruststellen|-0.99
regel:ondervragen|ondervragen|9.68
regel:ondervragen|afleiden|-1.83
regel:ondervragen|vervolgafspraak|-0.97
regel:open-vraag|ik-boodschap|0.91
regel:open-vraag|jij-boodschap|-2.68
regel:open-vraag|parafrase|-2.01
regel:open-vraag|gevoelsreflectie|-3.41
regel:open-vraag|samenvatting|-1.63
regel:open-vraag|open-vraag|17.3
regel:open-vraag|aanmoediging|-2.94
regel:open-vraag|moraliseren|-0.87
regel:open-vraag|adviseren|-1.02
regel:open-vraag|argumenteren|-0.99
regel:open-vraag|bekritiseren|-2.84
regel:open-vraag|prijzen|-0.99
regel:open-vraag|etiketteren|-0.99
regel:open-vraag|interpreteren|-0.99
regel:open-vraag|geruststellen|-0.9
regel:open-vraag|ondervragen|-2.94
regel:open-vraag|afleiden|-0.78
regel:open-vraag|vervolgafspraak|-0.99
regel:parafrase|ik-boodschap|-2.93
regel:parafrase|jij-boodschap|-1.0
regel:parafrase|parafrase|14.9
regel:parafrase|gevoelsreflectie|-3.85
regel:parafrase|samenvatting|-4.33
regel:parafrase|open-vraag|-2.91
regel:parafrase|aanmoediging|-1.92
regel:parafrase|bevelen|-1.0
regel:parafrase|waarschuwen|-1.0
regel:parafrase|moraliseren|-1.87
regel:parafrase|adviseren|-1.92
regel:parafrase|bekritiseren|-1.0
regel:parafrase|prijzen|-1.0
regel:parafrase|etiketteren|-1.0
regel:parafrase|interpreteren|-0.96
regel:parafrase|ondervragen|-1.0
regel:parafrase|afleiden|-1.0
regel:parafrase|afronding-aankondigen|-1.0
regel:parafrase|vervolgafspraak|-1.0
regel:parafrase|bedanken|-1.0
regel:prijzen|jij-boodschap|-3.53
regel:prijzen|parafrase|-0.99
regel:prijzen|bevelen|-1.35
regel:prijzen|waarschuwen|-0.91
regel:prijzen|adviseren|-2.68
regel:prijzen|bekritiseren|-0.99
regel:prijzen|prijzen|11.25
regel:prijzen|etiketteren|-2.94
regel:prijzen|interpreteren|-0.98
regel:prijzen|geruststellen|-1.89
regel:prijzen|ondervragen|-1.92
regel:prijzen|bedanken|-1.0
regel:samenvatting|ik-boodschap|-2.8
regel:samenvatting|jij-boodschap|0.31
regel:samenvatting|parafrase|-3.07
regel:samenvatting|gevoelsreflectie|-1.32
regel:samenvatting|samenvatting|13.81
regel:samenvatting|open-vraag|-1.79
regel:samenvatting|aanmoediging|-1.92
regel:samenvatting|bevelen|-2.73
regel:samenvatting|moraliseren|-0.97
regel:samenvatting|adviseren|-0.99
regel:samenvatting|argumenteren|-0.94
regel:samenvatting|bekritiseren|2.3
regel:samenvatting|interpreteren|-0.85
regel:samenvatting|geruststellen|-0.94
regel:samenvatting|afleiden|-0.85
regel:samenvatting|afronding-aankondigen|-0.81
regel:vervolgafspraak|ik-boodschap|-1.69
regel:vervolgafspraak|parafrase|-1.09
regel:vervolgafspraak|samenvatting|-0.94
regel:vervolgafspraak|open-vraag|-0.99
regel:vervolgafspraak|bevelen|0.93
regel:vervolgafspraak|waarschuwen|-0.99
regel:vervolgafspraak|adviseren|-1.0
regel:vervolgafspraak|argumenteren|-0.97
regel:vervolgafspraak|bekritiseren|-1.61
regel:vervolgafspraak|interpreteren|-1.9
regel:vervolgafspraak|ondervragen|-0.96
regel:vervolgafspraak|afleiden|-1.93
regel:vervolgafspraak|afronding-aankondigen|-2.68
regel:vervolgafspraak|vervolgafspraak|9.61
regel:vervolgafspraak|bedanken|-2.8
regel:waarschuwen|ik-boodschap|-1.96
regel:waarschuwen|jij-boodschap|-0.61
regel:waarschuwen|parafrase|-0.86
regel:waarschuwen|samenvatting|-0.55
regel:waarschuwen|bevelen|-1.53
regel:waarschuwen|waarschuwen|13.49
regel:waarschuwen|moraliseren|-1.05
regel:waarschuwen|adviseren|-0.99
regel:waarschuwen|argumenteren|-1.0
regel:waarschuwen|bekritiseren|-1.35
regel:waarschuwen|prijzen|-1.71
regel:waarschuwen|etiketteren|-1.0
regel:waarschuwen|interpreteren|-2.9
regel:waarschuwen|geruststellen|-1.96
regel:waarschuwen|vervolgafspraak|-1.8
vraag|jij-boodschap|-0.12
vraag|parafrase|-1.08
vraag|gevoelsreflectie|0.29
vraag|samenvatting|-2.6
vraag|open-vraag|5.15
vraag|aanmoediging|-0.99
vraag|bevelen|-0.97
vraag|waarschuwen|-0.98
vraag|moraliseren|-1.86
vraag|adviseren|0.7
vraag|argumenteren|-0.98
vraag|bekritiseren|-0.64
vraag|etiketteren|-0.99
vraag|interpreteren|-0.99
vraag|geruststellen|-1.89
vraag|ondervragen|-2.81
vraag|afleiden|1.76
vraag|afronding-aankondigen|-0.99
vraag|vervolgafspraak|0.91
vraag|bedanken|-1.81
w:'s|adviseren|0.97
w:'s|bekritiseren|1.12
w:'s|interpreteren|-0.94
w:'s|ondervragen|0.94
w:1|samenvatting|-0.79
w:1|waarschuwen|0.94
w:14|samenvatting|0.96
w:14|prijzen|-0.96
w:14|vervolgafspraak|1.9
w:2|jij-boodschap|-0.54
w:2|argumenteren|-0.96
w:2|bekritiseren|-0.9
w:24|adviseren|-0.95
w:28|adviseren|-0.95
w:3|jij-boodschap|-0.65
w:3|samenvatting|-0.79
w:3|argumenteren|1.87
w:3b|bekritiseren|-0.97
w:3b|etiketteren|-0.99
w:4|ik-boodschap|1.0
w:4|jij-boodschap|-0.54
w:4|parafrase|-1.0
w:4|gevoelsreflectie|1.54
w:4|samenvatting|-0.79
w:4|open-vraag|1.0
w:4|moraliseren|-0.92
w:4|bekritiseren|-0.9
w:4|geruststellen|-1.85
w:5|jij-boodschap|-1.2
w:5|samenvatting|-1.59
w:5|moraliseren|-1.79
w:5|argumenteren|2.77
w:5|bekritiseren|-0.9
w:5|interpreteren|-0.73
w:6|jij-boodschap|-0.65
w:6|moraliseren|-0.9
w:6|argumenteren|0.99
w:7|ik-boodschap|1.0
w:7|jij-boodschap|-0.98
w:7|parafrase|-1.0
w:7|gevoelsreflectie|-0.72
w:7|open-vraag|1.0
w:7|argumenteren|-0.96
w:7|prijzen|1.86
w:7|etiketteren|-0.98
w:8|jij-boodschap|-0.94
w:8|samenvatting|-0.79
w:8|moraliseren|-0.92
w:8|argumenteren|1.88
w:9|jij-boodschap|-0.54
w:9|bekritiseren|-0.9
w:?|ik-boodschap|-1.84
w:?|jij-boodschap|-2.31
w:?|parafrase|-1.08
w:?|gevoelsreflectie|-1.71
w:?|samenvatting|-2.6
w:?|open-vraag|1.21
w:?|bevelen|-2.88
w:?|waarschuwen|-0.98
w:?|moraliseren|-1.93
w:?|argumenteren|-1.95
w:?|bekritiseren|-3.48
w:?|prijzen|-2.74
w:?|etiketteren|-0.99
w:?|interpreteren|-1.99
w:?|geruststellen|-1.89
w:?|ondervragen|4.82
w:?|afleiden|-0.94
w:?|afronding-aankondigen|-0.99
w:?|vervolgafspraak|-0.1
w:?|bedanken|-1.81
w:aan|jij-boodschap|1.12
w:aan|parafrase|0.9
w:aan|gevoelsreflectie|0.65
w:aan|samenvatting|-1.01
w:aan|open-vraag|0.95
w:aan|bevelen|0.73
w:aan|waarschuwen|-1.03
w:aan|moraliseren|-0.13
w:aan|adviseren|-0.21
w:aan|argumenteren|1.0
w:aan|bekritiseren|1.43
w:aan|etiketteren|-1.25
w:aan|interpreteren|-0.99
w:aan|geruststellen|-2.58
w:aan|ondervragen|-0.91
w:aan|afleiden|0.62
w:aan|vervolgafspraak|-0.86
w:aan|bedanken|-1.77
w:aanbieden|bevelen|0.94
w:aanbiedt|bevelen|0.96
w:aandacht|waarschuwen|-1.0
w:aandacht|adviseren|-1.0
w:aandacht|interpreteren|2.85
w:aangekondigd|parafrase|0.8
w:aangepakt|jij-boodschap|-0.95
w:aangetroffen|ik-boodschap|-0.93
w:aangevallen|gevoelsreflectie|-0.91
w:aanpakken|ik-boodschap|-0.97
w:aanpakken|parafrase|-1.81
w:aanpakken|gevoelsreflectie|-0.97
w:aanpakken|samenvatting|0.97
w:aanpakken|open-vraag|0.97
w:aanpakken|moraliseren|-0.87
w:aansluiting|ik-boodschap|-0.76
w:aansluiting|gevoelsreflectie|0.92
w:aansluiting|waarschuwen|-0.9
w:aanspreekpunt|afronding-aankondigen|-0.83
w:aansteller|moraliseren|-0.96
w:aantoonbaar|interpreteren|-0.99
w:aantrekt|samenvatting|-0.91
w:aardrijkskunde|ik-boodschap|0.91
w:aardrijkskunde|jij-boodschap|-1.13
w:aardrijkskunde|bekritiseren|-1.0
w:absenties|samenvatting|-0.93
w:ach|jij-boodschap|-0.49
w:ach|gevoelsreflectie|-0.97
w:ach|open-vraag|-0.94
w:ach|aanmoediging|-1.0
w:ach|moraliseren|-0.99
w:ach|adviseren|0.17
w:ach|argumenteren|-1.69
w:ach|bekritiseren|-0.97
w:ach|prijzen|-1.87
w:ach|geruststellen|-1.79
w:ach|ondervragen|-1.0
w:ach|afleiden|4.46
w:acht|samenvatting|-0.55
w:acht|waarschuwen|1.0
w:acht|bekritiseren|-0.97
w:acht|interpreteren|-0.89
w:acht|vervolgafspraak|-1.0
w:achter|waarschuwen|-0.92
w:achter|adviseren|-0.99
w:achter|bekritiseren|0.84
w:achter|ondervragen|0.97
w:achter|vervolgafspraak|-1.93
w:achter|bedanken|-0.96
w:achterin|interpreteren|-0.94
w:achterloopt|moraliseren|-0.96
w:achterloopt|bekritiseren|-0.87
w:administratie|ik-boodschap|0.97
w:administratie|waarschuwen|-0.97
w:administratie|bekritiseren|-0.94
w:advocaat|jij-boodschap|1.87
w:advocaat|bekritiseren|-1.84
w:advocaat|prijzen|-0.96
w:advocaat|etiketteren|2.93
w:af|ik-boodschap|-1.84
w:af|gevoelsreflectie|-0.89
w:af|samenvatting|0.97
w:af|bevelen|0.97
w:af|waarschuwen|0.91
w:af|moraliseren|-0.95
w:af|argumenteren|-0.99
w:af|bekritiseren|-0.86
w:af|prijzen|-0.93
w:af|geruststellen|-0.82
w:af|afronding-aankondigen|1.92
w:af|vervolgafspraak|0.97
w:af|bedanken|1.76
w:afdelingsleider|jij-boodschap|-1.0
w:afdelingsleider|bevelen|1.0
w:afdelingsleider|bekritiseren|-1.0
w:afdelingsleider|geruststellen|-1.0
w:afgaat|vervolgafspraak|-0.8
w:afgelopen|ik-boodschap|1.88
w:afgelopen|jij-boodschap|-0.13
w:afgelopen|argumenteren|-0.96
w:afgenomen|parafrase|0.94
w:afgerond|moraliseren|-0.9
w:afgezegd|jij-boodschap|1.83
w:afgezegd|bekritiseren|0.94
w:afhaakte|jij-boodschap|-0.69
w:afhaakte|bekritiseren|-0.29
w:afhaakte|afleiden|-0.87
w:afleiding|adviseren|0.82
w:aflopen|bekritiseren|-0.97
w:afmaken|open-vraag|-1.0
w:afmaken|bevelen|0.77
w:afmaken|adviseren|-1.0
w:afmaken|argumenteren|-1.0
w:afmaken|geruststellen|-1.0
w:afmaken|vervolgafspraak|-1.0
w:afmaken|bedanken|-1.0
w:afronden|ik-boodschap|0.93
w:afronden|jij-boodschap|-0.65
w:afronden|argumenteren|0.97
w:afronden|etiketteren|-0.97
w:afronden|afronding-aankondigen|0.99
w:afronden|bedanken|-0.11
w:afsluiten|parafrase|-0.99
w:afsluiten|samenvatting|1.99
w:afsluiten|aanmoediging|-1.0
w:afsluiten|bevelen|-0.99
w:afsluiten|afronding-aankondigen|3.98
w:afsluiten|vervolgafspraak|-1.97
w:afsluiten|bedanken|-1.0
w:afspraak|samenvatting|0.96
w:afspraak|argumenteren|-0.97
w:afspraak|bekritiseren|-1.96
w:afspraak|prijzen|-0.96
w:afspraak|vervolgafspraak|0.96
w:afspraken|ik-boodschap|-0.98
w:afspraken|jij-boodschap|1.78
w:afspraken|parafrase|-0.95
w:afspraken|samenvatting|-0.88
w:afspraken|open-vraag|0.97
w:afspraken|moraliseren|0.86
w:afspraken|bekritiseren|2.18
w:afspraken|ondervragen|-1.0
w:afspraken|vervolgafspraak|0.81
w:afspreken|ik-boodschap|0.91
w:afspreken|jij-boodschap|0.91
w:afspreken|samenvatting|0.83
w:afspreken|adviseren|1.86
w:afspreken|bekritiseren|0.81
w:afspreken|prijzen|-0.85
w:afspreken|vervolgafspraak|0.91
w:afspreken|bedanken|-0.77
w:afwezig|ik-boodschap|0.97
w:afwezig|waarschuwen|-0.97
w:afwezig|geruststellen|-0.99
w:afwezig|bedanken|-0.99
w:afzet|bevelen|0.91
w:afzet|interpreteren|-0.89
w:agenda|adviseren|1.0
w:agenda|vervolgafspraak|1.85
w:agenda|bedanken|-0.54
w:akkoord|jij-boodschap|-0.75
w:akkoord|bevelen|-0.97
w:akkoord|prijzen|1.0
w:akkoord|etiketteren|-0.98
w:akkoord|geruststellen|-0.98
w:al|ik-boodschap|-1.28
w:al|jij-boodschap|-0.1
w:al|parafrase|0.23
w:al|gevoelsreflectie|-1.91
w:al|samenvatting|-1.72
w:al|open-vraag|-2.98
w:al|waarschuwen|-0.97
w:al|argumenteren|1.95
w:al|geruststellen|-0.99
w:al|ondervragen|-0.92
w:al|afleiden|1.0
w:al|vervolgafspraak|-0.11
w:alle|jij-boodschap|0.88
w:alle|samenvatting|-0.88
w:alle|aanmoediging|0.78
w:alle|bekritiseren|0.34
w:allebei|ik-boodschap|0.91
w:allebei|gevoelsreflectie|-1.0
w:allebei|samenvatting|0.99
w:allebei|bekritiseren|-0.99
w:allebei|afronding-aankondigen|0.81
w:allebei|vervolgafspraak|-0.91
w:allebei|bedanken|1.0
w:alleen|ik-boodschap|-0.81
w:alleen|jij-boodschap|-0.18
w:alleen|gevoelsreflectie|-0.34
w:alleen|samenvatting|-0.13
w:alleen|bevelen|-0.94
w:alleen|waarschuwen|-1.86
w:alleen|moraliseren|0.14
w:alleen|adviseren|-0.91
w:alleen|argumenteren|1.01
w:alleen|bekritiseren|-1.29
w:alleen|geruststellen|-2.74
w:alleen|vervolgafspraak|-1.87
w:allemaal|ik-boodschap|0.98
w:allemaal|parafrase|-0.99
w:allemaal|gevoelsreflectie|0.9
w:allemaal|open-vraag|-1.0
w:allemaal|bevelen|-0.85
w:allemaal|waarschuwen|-1.0
w:allemaal|argumenteren|0.93
w:allemaal|bekritiseren|-0.97
w:allemaal|geruststellen|1.01
w:allemaal|ondervragen|-0.94
w:allemaal|afleiden|1.57
w:allemaal|bedanken|-1.0
w:alles|jij-boodschap|0.89
w:alles|gevoelsreflectie|-1.59
w:alles|samenvatting|1.65
w:alles|adviseren|-0.9
w:alles|argumenteren|-0.99
w:alles|bekritiseren|0.69
w:alles|etiketteren|0.75
w:alles|afronding-aankondigen|-1.0
w:als|ik-boodschap|0.98
w:als|jij-boodschap|0.67
w:als|parafrase|0.99
w:als|gevoelsreflectie|-1.03
w:als|samenvatting|-1.12
w:als|open-vraag|-1.01
w:als|bevelen|-2.53
w:als|waarschuwen|1.09
w:als|moraliseren|1.96
w:als|argumenteren|-0.27
w:als|bekritiseren|-0.23
w:als|prijzen|1.0
w:als|etiketteren|-2.22
w:als|interpreteren|-2.9
w:als|geruststellen|-1.05
w:als|ondervragen|0.92
w:als|afleiden|-1.92
w:als|afronding-aankondigen|-1.99
w:als|vervolgafspraak|-0.82
w:als|bedanken|-0.99
w:alsof|jij-boodschap|-0.9
w:alsof|gevoelsreflectie|2.49
w:alsof|samenvatting|-0.97
w:alsof|bevelen|-0.91
w:alsof|argumenteren|-0.98
w:alsof|geruststellen|-0.93
w:alstublieft|jij-boodschap|-1.0
w:alstublieft|bekritiseren|-1.0
w:alstublieft|afleiden|-0.97
w:altijd|ik-boodschap|-0.84
w:altijd|jij-boodschap|-0.1
w:altijd|parafrase|-0.99
w:altijd|bevelen|-1.88
w:altijd|waarschuwen|-1.9
w:altijd|bekritiseren|-2.87
w:altijd|prijzen|2.78
w:altijd|ondervragen|-1.0
w:altijd|vervolgafspraak|-0.82
w:altijd|bedanken|-0.92
w:amira|ik-boodschap|0.97
w:amira|gevoelsreflectie|-0.97
w:amira|open-vraag|0.99
w:ander|jij-boodschap|-0.96
w:ander|parafrase|0.72
w:ander|moraliseren|0.96
w:ander|prijzen|0.96
w:ander|ondervragen|-0.96
w:andere|ik-boodschap|1.0
w:andere|jij-boodschap|-0.74
w:andere|parafrase|3.46
w:andere|samenvatting|-1.7
w:andere|open-vraag|0.94
w:andere|moraliseren|-0.95
w:andere|adviseren|0.93
w:andere|geruststellen|-0.93
w:anderen|ik-boodschap|1.93
w:anderen|jij-boodschap|0.98
w:anderen|gevoelsreflectie|-0.74
w:anderen|bevelen|-0.98
w:anderen|bekritiseren|1.84
w:anderen|afronding-aankondigen|-1.0
w:anders|jij-boodschap|-0.98
w:anders|parafrase|0.77
w:anders|open-vraag|0.94
w:anders|aanmoediging|-0.99
w:anders|waarschuwen|1.83
w:anders|adviseren|-0.13
w:anders|prijzen|0.93
w:anders|afleiden|1.8
w:anders|afronding-aankondigen|-0.92
w:andersom|jij-boodschap|1.68
w:andersom|bekritiseren|1.73
w:angst|gevoelsreflectie|0.83
w:anouk|open-vraag|0.99
w:anouk|afronding-aankondigen|-0.96
w:antwoord|adviseren|-0.96
w:antwoorden|jij-boodschap|0.5
w:apart|gevoelsreflectie|-0.74
w:apart|afronding-aankondigen|-1.0
w:app|jij-boodschap|0.95
w:app|samenvatting|-0.82
w:app|bekritiseren|0.95
w:app|vervolgafspraak|0.93
w:appjes|afleiden|0.91
w:avond|gevoelsreflectie|-0.99
w:avond|open-vraag|-0.99
w:avond|adviseren|2.87
w:avond|argumenteren|0.89
w:avond|vervolgafspraak|-0.97
w:avonden|open-vraag|0.81
w:avonds|adviseren|0.97
w:avonds|bekritiseren|0.26
w:avonds|interpreteren|-0.94
w:ayoub|ik-boodschap|0.91
w:ayoub|samenvatting|0.79
w:baalt|gevoelsreflectie|1.91
w:baalt|open-vraag|-0.86
w:baby|afleiden|-0.93
w:babyachtig|etiketteren|0.98
w:bakker|vervolgafspraak|0.91
w:balen|gevoelsreflectie|-0.6
w:balen|open-vraag|0.98
w:balen|bekritiseren|-0.98
w:bang|jij-boodschap|-0.97
w:bang|samenvatting|0.62
w:bang|moraliseren|-0.92
w:bang|adviseren|-1.0
w:bang|etiketteren|-0.99
w:bang|interpreteren|1.5
w:bang|geruststellen|1.92
w:bank|bekritiseren|-0.98
w:bas|ik-boodschap|0.95
w:basisschool|open-vraag|0.71
w:beantwoord|prijzen|-0.98
w:bed|ik-boodschap|-1.0
w:bed|jij-boodschap|0.8
w:bed|open-vraag|-1.0
w:bed|moraliseren|0.99
w:bed|adviseren|-0.83
w:bed|bekritiseren|0.85
w:bed|geruststellen|-0.9
w:bedankt|jij-boodschap|-0.44
w:bedankt|waarschuwen|-0.95
w:bedankt|bekritiseren|1.0
w:bedankt|geruststellen|-0.99
w:bedankt|afronding-aankondigen|-1.13
w:bedankt|bedanken|0.2
w:bedoel|ik-boodschap|-1.0
w:bedoeld|ik-boodschap|0.99
w:bedoeld|gevoelsreflectie|-0.81
w:bedoeld|bevelen|-0.99
w:bedoeling|afleiden|-0.94
w:bedoelt|parafrase|1.86
w:bedoelt|gevoelsreflectie|-0.9
w:bedoelt|argumenteren|-0.97
w:bedoelt|geruststellen|0.1
w:bedtijd|samenvatting|0.83
w:bedtijd|bedanken|-0.77
w:beeindig|afronding-aankondigen|0.96
w:beetje|jij-boodschap|-0.85
w:beetje|gevoelsreflectie|1.82
w:beetje|adviseren|-0.91
w:beetje|argumenteren|-0.94
w:beetje|vervolgafspraak|-0.91
w:begeleiden|ik-boodschap|-0.93
w:begeleiden|waarschuwen|1.84
w:beginnen|ik-boodschap|0.25
w:beginnen|jij-boodschap|-1.85
w:beginnen|afleiden|-1.79
w:beginnen|bedanken|-1.0
w:begint|ik-boodschap|-1.0
w:begint|jij-boodschap|0.82
w:begint|bekritiseren|-0.16
w:begint|interpreteren|0.99
w:begint|vervolgafspraak|-0.96
w:begint|bedanken|-0.96
w:begon|ik-boodschap|-0.96
w:begon|parafrase|0.92
w:begon|gevoelsreflectie|-1.78
w:begon|samenvatting|1.0
w:begon|open-vraag|-1.97
w:begonnen|open-vraag|-0.99
w:begrepen|ik-boodschap|-0.96
w:begrepen|parafrase|0.99
w:begrijp|ik-boodschap|-0.93
w:begrijp|parafrase|1.89
w:begrijp|gevoelsreflectie|-0.25
w:begrijp|samenvatting|-1.0
w:begrijp|aanmoediging|0.93
w:begrijp|adviseren|-0.92
w:begrijp|geruststellen|1.03
w:begrijp|ondervragen|-1.0
w:begrijpen|open-vraag|-0.96
w:begrijpen|argumenteren|0.98
w:begrijpt|bekritiseren|0.99
w:begrijpt|prijzen|0.96
w:begrip|bekritiseren|-0.83
w:behandeld|jij-boodschap|-0.96
w:behandeld|gevoelsreflectie|0.97
w:behandeld|samenvatting|-0.97
w:behandeld|moraliseren|0.96
w:behandelt|jij-boodschap|-0.96
w:behandelt|moraliseren|0.96
w:behoorlijk|gevoelsreflectie|1.84
w:behoorlijk|samenvatting|-0.97
w:behoorlijk|open-vraag|-0.97
w:behulpzaam|bekritiseren|3.61
w:behulpzaam|bedanken|-1.8
w:behulpzame|jij-boodschap|-0.95
w:bekeken|aanmoediging|-0.78
w:bekijken|vervolgafspraak|-0.95
w:bel|ik-boodschap|-0.98
w:bel|samenvatting|-0.97
w:bel|waarschuwen|0.95
w:bel|adviseren|0.91
w:bel|bekritiseren|-0.1
w:bel|etiketteren|-0.97
w:bel|afronding-aankondigen|-1.89
w:bel|vervolgafspraak|2.84
w:bel|bedanken|-0.58
w:belabberde|argumenteren|-1.0
w:belabberde|bekritiseren|1.0
w:belabberde|geruststellen|-1.0
w:belangrijk|bevelen|-0.43
w:belangrijk|afleiden|0.99
w:belangrijkere|bekritiseren|-0.89
w:belangrijkere|geruststellen|-0.99
w:belangrijkere|afleiden|1.58
w:belangrijkste|open-vraag|0.93
w:bellen|jij-boodschap|-0.87
w:bellen|open-vraag|-0.91
w:bellen|bevelen|-0.93
w:bellen|adviseren|-0.99
w:bellen|bekritiseren|-2.65
w:bellen|etiketteren|-0.96
w:bellen|afronding-aankondigen|-0.95
w:bellen|vervolgafspraak|1.9
w:beloningssysteem|adviseren|0.97
w:beloof|geruststellen|0.97
w:beloop|jij-boodschap|0.89
w:beloop|bekritiseren|0.94
w:belt|jij-boodschap|0.84
w:belt|bevelen|1.86
w:belt|interpreteren|-0.9
w:belt|vervolgafspraak|-0.91
w:belt|bedanken|0.54
w:bemoeien|jij-boodschap|1.0
w:bemoeien|bevelen|1.0
w:bemoeien|waarschuwen|-1.0
w:bemoeien|bekritiseren|1.0
w:bemoeit|jij-boodschap|0.3
w:bemoeit|gevoelsreflectie|-0.78
w:bemoeit|samenvatting|-1.0
w:bemoeit|bekritiseren|0.92
w:ben|ik-boodschap|2.32
w:ben|parafrase|0.94
w:ben|gevoelsreflectie|-0.95
w:ben|samenvatting|-0.84
w:ben|open-vraag|-0.99
w:ben|adviseren|-1.8
w:ben|bekritiseren|-1.12
w:ben|geruststellen|2.76
w:ben|bedanken|0.6
w:beneden|adviseren|0.97
w:beneden|bekritiseren|-0.71
w:benieuwd|gevoelsreflectie|-0.95
w:bent|ik-boodschap|-1.9
w:bent|jij-boodschap|-0.33
w:bent|parafrase|-1.06
w:bent|gevoelsreflectie|2.64
w:bent|samenvatting|0.33
w:bent|open-vraag|-1.91
w:bent|bevelen|-0.46
w:bent|waarschuwen|-0.91
w:bent|moraliseren|-1.08
w:bent|adviseren|-1.8
w:bent|argumenteren|-0.98
w:bent|bekritiseren|-3.27
w:bent|prijzen|1.86
w:bent|etiketteren|1.49
w:bent|interpreteren|-0.16
w:bent|geruststellen|0.97
w:bent|ondervragen|1.04
w:bent|afronding-aankondigen|-1.0
w:bent|vervolgafspraak|-1.9
w:bent|bedanken|1.42
w:beoordelingscriteria|bevelen|-0.86
w:bereikbaar|bekritiseren|0.31
w:bereikbaar|etiketteren|-0.96
w:bereiken|open-vraag|0.96
w:bericht|ik-boodschap|-0.99
w:bericht|jij-boodschap|0.95
w:bericht|argumenteren|0.93
w:bericht|bekritiseren|0.95
w:bericht|vervolgafspraak|-0.91
w:berichten|jij-boodschap|1.57
w:berichten|parafrase|-0.95
w:berichten|bekritiseren|0.51
w:beschermt|jij-boodschap|-0.9
w:beschermt|bekritiseren|-0.86
w:beschermt|interpreteren|0.9
w:beslissing|bekritiseren|0.89
w:besluit|bevelen|-0.99
w:besluit|geruststellen|0.99
w:besluiten|adviseren|-0.92
w:bespreekbaar|argumenteren|0.74
w:bespreken|ik-boodschap|0.98
w:bespreken|samenvatting|0.96
w:bespreken|open-vraag|1.97
w:bespreken|prijzen|-1.88
w:besproken|ik-boodschap|-0.86
w:besproken|samenvatting|1.86
w:besproken|open-vraag|-0.84
w:besproken|aanmoediging|-1.0
w:besproken|afronding-aankondigen|1.0
w:best|jij-boodschap|-0.94
w:best|parafrase|-1.0
w:best|gevoelsreflectie|0.9
w:best|moraliseren|0.93
w:best|adviseren|-0.9
w:best|bekritiseren|-1.55
w:best|prijzen|0.9
w:best|afleiden|-0.97
w:beste|jij-boodschap|-0.97
w:beste|open-vraag|-0.98
w:beste|moraliseren|0.87
w:beste|argumenteren|-0.98
w:beste|prijzen|1.95
w:beste|etiketteren|-1.0
w:beste|geruststellen|0.7
w:beste|vervolgafspraak|-0.91
w:betekent|ik-boodschap|-0.67
w:betekent|jij-boodschap|-0.93
w:beter|jij-boodschap|-0.99
w:beter|parafrase|0.98
w:beter|gevoelsreflectie|-0.98
w:beter|samenvatting|0.9
w:beter|bevelen|1.34
w:beter|adviseren|1.0
w:beter|bekritiseren|1.19
w:beter|prijzen|-1.0
w:beter|etiketteren|0.98
w:betrokken|ik-boodschap|-0.99
w:betrokken|bevelen|-0.38
w:betrokken|adviseren|-0.81
w:betrokken|etiketteren|-0.98
w:betrokken|geruststellen|-0.98
w:bevalt|open-vraag|-1.73
w:bevalt|aanmoediging|-0.97
w:bevalt|afleiden|0.97
w:bevorderen|argumenteren|0.99
w:bezig|ik-boodschap|0.98
w:bezig|jij-boodschap|-0.95
w:bezig|interpreteren|0.98
w:bezorgd|ik-boodschap|0.92
w:bezorgd|jij-boodschap|-0.92
w:bezorgd|samenvatting|-0.98
w:bezorgd|bekritiseren|-0.92
w:bezwaar|argumenteren|-0.95
w:beëindig|samenvatting|-0.98
w:bibliotheek|ondervragen|-0.99
w:bibliotheek|vervolgafspraak|-0.99
w:bieden|bevelen|-0.95
w:bieden|waarschuwen|-0.94
w:biedt|bevelen|0.95
w:bij|ik-boodschap|-2.59
w:bij|jij-boodschap|-1.94
w:bij|parafrase|1.49
w:bij|gevoelsreflectie|-1.62
w:bij|open-vraag|1.88
w:bij|aanmoediging|-0.92
w:bij|bevelen|0.23
w:bij|waarschuwen|-1.05
w:bij|moraliseren|-0.81
w:bij|bekritiseren|-1.58
w:bij|etiketteren|-1.9
w:bij|interpreteren|-1.88
w:bij|geruststellen|-1.74
w:bij|ondervragen|-0.9
w:bij|afleiden|-0.95
w:bij|vervolgafspraak|2.69
w:bij|bedanken|1.54
w:bijhoudt|samenvatting|0.97
w:bijles|parafrase|0.92
w:bijles|samenvatting|2.91
w:bijles|aanmoediging|-1.0
w:bijles|bevelen|1.84
w:bijles|prijzen|0.83
w:bijles|etiketteren|-0.97
w:bijles|afleiden|-0.85
w:bijles|afronding-aankondigen|1.0
w:bijles|vervolgafspraak|0.97
w:bijles|bedanken|0.54
w:bijlesdocent|adviseren|0.84
w:bijlesuren|etiketteren|-0.98
w:bijlesuren|geruststellen|-0.98
w:bijna|ik-boodschap|0.99
w:bijna|geruststellen|-0.99
w:bijna|bedanken|-0.65
w:bijwerkt|ik-boodschap|0.98
w:bijwerkt|vervolgafspraak|-0.98
w:bijzonders|argumenteren|-0.97
w:bijzonders|bekritiseren|-0.97
w:bilal|ik-boodschap|1.89
w:bilal|bevelen|-0.99
w:binnen|ik-boodschap|-0.92
w:binnen|argumenteren|-0.95
w:binnen|bekritiseren|-0.98
w:binnen|interpreteren|0.99
w:binnen|geruststellen|-0.92
w:binnengekregen|ik-boodschap|0.99
w:binnengekregen|bekritiseren|-0.99
w:binnenkomt|open-vraag|0.99
w:binnenkwam|ik-boodschap|0.91
w:binnenkwam|parafrase|-0.91
w:binnenslenteren|bevelen|-0.91
w:biologie|ik-boodschap|0.99
w:biologie|jij-boodschap|-0.94
w:biologie|gevoelsreflectie|-0.72
w:biologie|bekritiseren|-0.99
w:blauw|ik-boodschap|0.91
w:blauw|parafrase|-0.91
w:bleven|gevoelsreflectie|0.87
w:blij|geruststellen|0.99
w:blijf|jij-boodschap|-1.0
w:blijf|bekritiseren|-1.0
w:blijft|parafrase|-0.86
w:blijft|samenvatting|0.98
w:blijft|bevelen|-0.11
w:blijft|waarschuwen|1.86
w:blijft|moraliseren|-0.95
w:blijft|prijzen|-0.71
w:blijft|geruststellen|0.92
w:blijkbaar|bekritiseren|1.0
w:blijkbaar|etiketteren|1.73
w:blijkt|jij-boodschap|-0.79
w:blijkt|argumenteren|0.96
w:blijven|ik-boodschap|0.91
w:blijven|jij-boodschap|-0.99
w:blijven|bevelen|-0.74
w:blijven|interpreteren|0.85
w:blijven|afleiden|0.93
w:bo|jij-boodschap|-1.0
w:bo|bekritiseren|-1.0
w:bo|interpreteren|1.0
w:boeken|ik-boodschap|-0.91
w:boeken|parafrase|-0.93
w:boeken|bevelen|0.9
w:boeken|geruststellen|0.93
w:boer|gevoelsreflectie|0.97
w:boer|samenvatting|-0.97
w:boos|jij-boodschap|-0.96
w:boos|parafrase|-0.72
w:boos|gevoelsreflectie|1.24
w:boos|bevelen|0.91
w:boos|adviseren|0.98
w:boos|geruststellen|-0.97
w:boos|afleiden|0.97
w:boos|vervolgafspraak|-0.91
w:bosman|geruststellen|0.98
w:bovenbouw|geruststellen|-0.87
w:boze|jij-boodschap|-1.0
w:boze|bekritiseren|-1.0
w:boze|interpreteren|1.0
w:bram|ik-boodschap|0.99
w:bram|parafrase|-0.91
w:bram|gevoelsreflectie|-0.98
w:bram|samenvatting|-0.55
w:bram|open-vraag|-1.96
w:bram|bevelen|0.99
w:bram|waarschuwen|1.0
w:bram|prijzen|-0.88
w:bram|geruststellen|-0.88
w:bram|afleiden|0.22
w:breien|vervolgafspraak|-0.97
w:brief|ik-boodschap|-1.91
w:brief|parafrase|0.11
w:brief|bekritiseren|-0.92
w:briefje|bevelen|1.31
w:broertje|adviseren|0.96
w:brugklas|etiketteren|-0.91
w:brugklas|afleiden|0.87
w:brutaal|etiketteren|-0.94
w:buikpijn|adviseren|-0.74
w:buikpijn|argumenteren|-0.93
w:buiten|aanmoediging|-0.98
w:buiten|waarschuwen|1.84
w:buiten|moraliseren|-0.98
w:buitengesloten|parafrase|0.75
w:buitengesloten|samenvatting|-0.67
w:buitengesloten|interpreteren|-0.99
w:bus|gevoelsreflectie|-1.0
w:capuchon|ik-boodschap|-0.95
w:capuchon|bevelen|0.97
w:carnavalsvakantie|vervolgafspraak|-0.94
w:chagrijn|jij-boodschap|-0.81
w:chagrijn|prijzen|-0.99
w:chagrijn|etiketteren|0.99
w:checken|parafrase|0.94
w:checken|samenvatting|-0.75
w:cijfer|ik-boodschap|0.93
w:cijfer|jij-boodschap|-0.87
w:cijfer|parafrase|0.85
w:cijfer|gevoelsreflectie|0.2
w:cijfer|samenvatting|0.17
w:cijfer|bevelen|-1.0
w:cijfer|argumenteren|0.92
w:cijfer|bekritiseren|-0.99
w:cijfer|afleiden|-1.87
w:cijfer|vervolgafspraak|0.95
w:cijfer|bedanken|-0.98
w:cijfers|ik-boodschap|-0.97
w:cijfers|jij-boodschap|-2.71
w:cijfers|parafrase|-1.06
w:cijfers|gevoelsreflectie|-0.29
w:cijfers|samenvatting|2.0
w:cijfers|open-vraag|-0.91
w:cijfers|aanmoediging|-1.0
w:cijfers|waarschuwen|-0.93
w:cijfers|moraliseren|-2.76
w:cijfers|argumenteren|1.01
w:cijfers|bekritiseren|-0.95
w:cijfers|interpreteren|0.87
w:cijfers|geruststellen|-0.96
w:cijfers|afleiden|-0.93
w:cijfers|afronding-aankondigen|1.03
w:cijfers|vervolgafspraak|-0.97
w:clown|jij-boodschap|0.62
w:clown|argumenteren|-1.82
w:clown|prijzen|-0.88
w:clown|etiketteren|0.91
w:collega|ik-boodschap|-0.93
w:collega|bevelen|-0.81
w:collega|waarschuwen|0.93
w:collega|vervolgafspraak|0.95
w:collega's|argumenteren|1.0
w:collega's|bekritiseren|-0.87
w:communicatie|ik-boodschap|-0.98
w:communicatie|jij-boodschap|-0.87
w:communicatie|gevoelsreflectie|-0.98
w:communicatie|open-vraag|0.98
w:communicatie|bedanken|-0.98
w:computer|ondervragen|0.97
w:computer|vervolgafspraak|-0.97
w:concentreren|ik-boodschap|0.93
w:conciërge|ik-boodschap|-0.93
w:conciërge|samenvatting|-0.55
w:conciërge|waarschuwen|1.84
w:consequent|gevoelsreflectie|-0.53
w:constructief|bekritiseren|0.97
w:contact|parafrase|-0.99
w:contact|samenvatting|0.99
w:contact|open-vraag|-1.96
w:contact|aanmoediging|-0.99
w:contact|moraliseren|-0.97
w:contact|vervolgafspraak|-0.97
w:controleert|jij-boodschap|-0.36
w:controleert|bekritiseren|-0.85
w:controleert|ondervragen|0.97
w:controleren|gevoelsreflectie|-0.99
w:controleren|bekritiseren|0.75
w:curlingouders|geruststellen|-1.0
w:daan|jij-boodschap|0.97
w:daan|parafrase|-0.99
w:daan|gevoelsreflectie|0.76
w:daan|samenvatting|1.91
w:daan|open-vraag|0.96
w:daan|bevelen|0.4
w:daan|argumenteren|0.86
w:daan|bekritiseren|0.97
w:daan|prijzen|-0.91
w:daan|etiketteren|-0.99
w:daan|interpreteren|-0.99
w:daan|geruststellen|0.96
w:daan|ondervragen|-0.95
w:daan|vervolgafspraak|0.91
w:daar|ik-boodschap|1.49
w:daar|jij-boodschap|-0.85
w:daar|parafrase|1.73
w:daar|gevoelsreflectie|0.49
w:daar|samenvatting|-0.35
w:daar|aanmoediging|-1.0
w:daar|waarschuwen|-0.91
w:daar|adviseren|-0.75
w:daar|argumenteren|1.96
w:daar|bekritiseren|0.77
w:daar|geruststellen|0.14
w:daar|ondervragen|0.96
w:daar|afleiden|1.94
w:daar|afronding-aankondigen|-1.0
w:daar|vervolgafspraak|-0.91
w:daardoor|ik-boodschap|0.92
w:daardoor|gevoelsreflectie|-0.74
w:daardoor|etiketteren|-0.72
w:daardoor|afronding-aankondigen|-1.0
w:daarin|parafrase|0.72
w:daarmee|jij-boodschap|-0.98
w:daarmee|parafrase|-0.99
w:daarmee|samenvatting|0.99
w:daarmee|afronding-aankondigen|0.99
w:daarna|bevelen|-0.95
w:daarna|adviseren|-0.93
w:daarna|bedanken|0.93
w:daarom|parafrase|0.96
w:daarom|waarschuwen|-0.85
w:daarom|adviseren|0.82
w:daarom|argumenteren|-0.99
w:daarom|interpreteren|0.6
w:daaronder|gevoelsreflectie|0.83
w:daarop|ondervragen|-0.95
w:daarover|open-vraag|0.98
w:daartegenaan|jij-boodschap|-0.97
w:daartegenaan|open-vraag|1.96
w:daartegenaan|bekritiseren|-0.86
w:daarvan|ik-boodschap|0.91
w:daarvan|parafrase|-0.91
w:daarvan|open-vraag|-0.97
w:daarvoor|bevelen|-0.82
w:daarvoor|bekritiseren|-0.8
w:dacht|adviseren|1.0
w:daden|moraliseren|0.9
w:dag|jij-boodschap|-1.33
w:dag|gevoelsreflectie|-0.91
w:dag|open-vraag|-0.99
w:dag|bevelen|0.9
w:dag|waarschuwen|0.91
w:dag|bekritiseren|-0.85
w:dag|interpreteren|-0.99
w:dag|ondervragen|0.88
w:dagen|vervolgafspraak|-0.91
w:dalen|open-vraag|-0.97
w:dalen|moraliseren|-0.97
w:dalen|vervolgafspraak|-0.97
w:dan|ik-boodschap|2.76
w:dan|jij-boodschap|-1.96
w:dan|parafrase|-0.17
w:dan|samenvatting|0.16
w:dan|open-vraag|0.94
w:dan|aanmoediging|-1.0
w:dan|bevelen|-1.89
w:dan|waarschuwen|-1.0
w:dan|moraliseren|1.73
w:dan|adviseren|-0.85
w:dan|bekritiseren|-0.14
w:dan|prijzen|1.83
w:dan|etiketteren|-1.0
w:dan|interpreteren|-1.07
w:dan|geruststellen|-0.87
w:dan|afleiden|-1.99
w:dan|afronding-aankondigen|1.1
w:dan|vervolgafspraak|0.96
w:dan|bedanken|-1.0
w:dank|jij-boodschap|-0.91
w:dank|parafrase|-1.0
w:dank|gevoelsreflectie|-1.01
w:dank|bevelen|-0.89
w:dank|argumenteren|-0.97
w:dank|bekritiseren|-0.95
w:dank|prijzen|-1.9
w:dank|interpreteren|-1.0
w:dank|geruststellen|-0.97
w:dank|afleiden|-1.0
w:dank|afronding-aankondigen|0.99
w:dank|bedanken|4.64
w:dankbaar|bedanken|0.6
w:dankjewel|ik-boodschap|-1.0
w:dankjewel|afronding-aankondigen|-1.0
w:dankjewel|bedanken|1.76
w:dat|ik-boodschap|-0.7
w:dat|jij-boodschap|-1.59
w:dat|parafrase|2.16
w:dat|gevoelsreflectie|1.02
w:dat|samenvatting|-2.72
w:dat|open-vraag|-0.84
w:dat|aanmoediging|-3.95
w:dat|bevelen|-1.3
w:dat|moraliseren|-1.89
w:dat|adviseren|-1.79
w:dat|argumenteren|-0.93
w:dat|etiketteren|-0.81
w:dat|interpreteren|-1.89
w:dat|geruststellen|0.71
w:dat|ondervragen|-1.88
w:dat|afleiden|0.78
w:dat|afronding-aankondigen|-1.17
w:dat|vervolgafspraak|-2.85
w:dat|bedanken|-0.11
w:datum|bedanken|0.76
w:de|ik-boodschap|2.49
w:de|jij-boodschap|-1.74
w:de|parafrase|0.77
w:de|gevoelsreflectie|-1.89
w:de|samenvatting|0.77
w:de|open-vraag|-1.99
w:de|aanmoediging|-1.93
w:de|bevelen|-1.76
w:de|waarschuwen|-0.13
w:de|moraliseren|-2.88
w:de|adviseren|-0.15
w:de|bekritiseren|-2.5
w:de|prijzen|-1.96
w:de|etiketteren|-0.86
w:de|interpreteren|-0.84
w:de|geruststellen|-0.27
w:de|ondervragen|-0.13
w:de|afleiden|-1.64
w:de|afronding-aankondigen|-2.82
w:de|bedanken|-2.21
w:deadline|ik-boodschap|-0.97
w:deadline|argumenteren|0.97
w:debatclub|ik-boodschap|0.61
w:deed|parafrase|-0.67
w:deed|adviseren|-0.99
w:deelt|bevelen|-0.89
w:definitief|interpreteren|-0.91
w:degene|jij-boodschap|1.68
w:degene|bekritiseren|1.73
w:dekt|jij-boodschap|0.97
w:dekt|bekritiseren|0.97
w:delen|open-vraag|0.92
w:delen|bekritiseren|-0.8
w:denk|jij-boodschap|1.41
w:denk|gevoelsreflectie|0.83
w:denk|open-vraag|0.92
w:denk|bevelen|-1.86
w:denk|waarschuwen|0.97
w:denk|argumenteren|-0.94
w:denk|bekritiseren|1.51
w:denk|etiketteren|0.97
w:denk|interpreteren|4.76
w:denk|geruststellen|0.93
w:denk|afronding-aankondigen|0.95
w:denk|vervolgafspraak|-1.0
w:denken|prijzen|0.83
w:denkt|parafrase|0.96
w:denkt|gevoelsreflectie|-0.99
w:denkt|samenvatting|0.99
w:denkt|adviseren|-0.98
w:denkt|bekritiseren|1.58
w:denkt|geruststellen|0.91
w:denkt|ondervragen|-0.92
w:derde|ik-boodschap|0.85
w:derde|afronding-aankondigen|-0.97
w:derde|vervolgafspraak|-0.94
w:detail|afleiden|0.91
w:deur|ik-boodschap|0.89
w:deur|gevoelsreflectie|-0.85
w:deur|waarschuwen|-1.0
w:deze|ik-boodschap|-0.95
w:deze|jij-boodschap|-1.89
w:deze|gevoelsreflectie|-0.6
w:deze|samenvatting|-0.99
w:deze|bevelen|-0.96
w:deze|moraliseren|0.86
w:deze|bekritiseren|-1.67
w:deze|afleiden|0.96
w:deze|vervolgafspraak|-0.94
w:dezelfde|moraliseren|-0.95
w:dichtklapt|ik-boodschap|0.98
w:dichtsloeg|ik-boodschap|-0.97
w:dichtsmeet|ik-boodschap|1.85
w:dichtsmeet|gevoelsreflectie|-0.85
w:dichtsmeet|waarschuwen|-1.0
w:die|jij-boodschap|1.83
w:die|parafrase|2.96
w:die|samenvatting|-0.68
w:die|open-vraag|-0.97
w:die|bevelen|-0.34
w:die|adviseren|-1.73
w:die|argumenteren|0.91
w:die|bekritiseren|0.84
w:die|etiketteren|0.65
w:die|geruststellen|-1.8
w:die|ondervragen|-0.98
w:die|afleiden|0.8
w:die|vervolgafspraak|-2.64
w:dient|bevelen|0.92
w:diep|interpreteren|0.99
w:dingen|ik-boodschap|0.99
w:dingen|samenvatting|1.0
w:dingen|open-vraag|-0.92
w:dingen|bevelen|-0.99
w:dingen|bekritiseren|-0.89
w:dingen|geruststellen|-0.99
w:dingen|afleiden|2.51
w:dingen|afronding-aankondigen|-0.96
w:dinsdag|parafrase|-0.91
w:dinsdag|samenvatting|0.84
w:dinsdag|bekritiseren|-0.98
w:dinsdag|interpreteren|-0.98
w:dinsdag|vervolgafspraak|3.77
w:dipje|geruststellen|1.75
w:dipje|afleiden|-0.89
w:diploma|waarschuwen|0.86
w:diploma|geruststellen|-0.96
w:directeur|bevelen|-1.0
w:directeur|waarschuwen|1.0
w:directeur|bekritiseren|1.0
w:directeur|geruststellen|-1.0
w:discussie|afronding-aankondigen|-0.93
w:discussiëren|argumenteren|0.98
w:dit|ik-boodschap|-1.77
w:dit|jij-boodschap|-3.02
w:dit|gevoelsreflectie|2.03
w:dit|samenvatting|-1.98
w:dit|aanmoediging|-0.98
w:dit|bevelen|-0.89
w:dit|waarschuwen|0.11
w:dit|moraliseren|-1.0
w:dit|adviseren|-0.97
w:dit|prijzen|0.1
w:dit|etiketteren|-1.07
w:dit|interpreteren|1.82
w:dit|geruststellen|-0.85
w:dit|afleiden|-2.91
w:dit|afronding-aankondigen|-0.97
w:dit|vervolgafspraak|-1.9
w:dit|bedanken|-1.0
w:docent|ik-boodschap|-0.98
w:docent|jij-boodschap|-0.87
w:docent|parafrase|-0.91
w:docent|samenvatting|1.82
w:docent|moraliseren|1.11
w:docent|argumenteren|-0.88
w:docent|interpreteren|-0.93
w:docent|afleiden|-0.63
w:docent|bedanken|-0.98
w:docenten|jij-boodschap|1.0
w:docenten|parafrase|-1.0
w:docenten|moraliseren|-0.81
w:docenten|bekritiseren|1.0
w:dochter|ik-boodschap|0.93
w:dochter|jij-boodschap|0.94
w:dochter|bekritiseren|0.87
w:dochter|prijzen|-0.65
w:doe|jij-boodschap|-1.8
w:doe|bevelen|0.75
w:doe|moraliseren|2.76
w:doe|argumenteren|-0.97
w:doe|bekritiseren|-1.8
w:doe|etiketteren|1.71
w:doe|ondervragen|-1.0
w:doe|afleiden|-1.0
w:doen|ik-boodschap|1.0
w:doen|jij-boodschap|0.8
w:doen|parafrase|-0.98
w:doen|gevoelsreflectie|-0.74
w:doen|open-vraag|-0.96
w:doen|bevelen|-1.0
w:doen|waarschuwen|0.91
w:doen|moraliseren|-0.94
w:doen|adviseren|0.14
w:doen|bekritiseren|-0.15
w:doen|prijzen|-0.82
w:doen|interpreteren|0.99
w:doen|geruststellen|0.9
w:doen|afleiden|0.96
w:doen|afronding-aankondigen|-1.0
w:doet|ik-boodschap|0.96
w:doet|jij-boodschap|-0.36
w:doet|parafrase|-1.9
w:doet|gevoelsreflectie|-0.84
w:doet|waarschuwen|-1.85
w:doet|moraliseren|0.9
w:doet|adviseren|-0.96
w:doet|bekritiseren|0.22
w:doet|interpreteren|1.52
w:doet|geruststellen|-0.19
w:doet|afleiden|0.7
w:dom|jij-boodschap|-0.99
w:donderdag|adviseren|-0.93
w:donderdag|afleiden|-0.96
w:donderdag|vervolgafspraak|1.96
w:donderdag|bedanken|0.97
w:donderdagavond|vervolgafspraak|0.98
w:donderdagavond|bedanken|0.98
w:door|ik-boodschap|0.93
w:door|jij-boodschap|0.96
w:door|parafrase|0.19
w:door|gevoelsreflectie|1.95
w:door|samenvatting|-1.97
w:door|aanmoediging|0.94
w:door|bevelen|-1.98
w:door|waarschuwen|1.84
w:door|bekritiseren|1.21
w:door|etiketteren|0.97
w:door|geruststellen|-1.0
w:door|ondervragen|0.91
w:door|bedanken|-0.44
w:doordat|jij-boodschap|-1.0
w:doordat|argumenteren|-0.9
w:doordat|bekritiseren|-1.0
w:doordat|interpreteren|2.0
w:doordat|geruststellen|-0.9
w:doordeweeks|adviseren|1.0
w:doorgaan|afleiden|0.91
w:doorgaat|ik-boodschap|-0.76
w:doorgaat|jij-boodschap|1.34
w:doorgaat|bevelen|-1.0
w:doorgaat|waarschuwen|0.9
w:doorgaat|bekritiseren|1.77
w:doorgeven|ik-boodschap|0.97
w:doorgeven|waarschuwen|-0.97
w:doorgeven|prijzen|-1.0
w:doorheen|geruststellen|1.91
w:doorheen|afleiden|-0.97
w:doorneemt|adviseren|0.96
w:dossier|geruststellen|-1.0
w:draad|jij-boodschap|-0.99
w:draad|samenvatting|-0.99
w:drama|aanmoediging|-1.0
w:drama|argumenteren|-0.72
w:drama|ondervragen|-1.0
w:drama|afleiden|1.0
w:dramaqueen|etiketteren|1.0
w:dramatisch|geruststellen|0.94
w:dramatisch|afleiden|-1.0
w:drie|ik-boodschap|0.96
w:drie|jij-boodschap|-1.87
w:drie|gevoelsreflectie|-1.0
w:drie|open-vraag|-1.84
w:drie|waarschuwen|-1.93
w:drie|moraliseren|-1.0
w:drie|argumenteren|1.77
w:drie|bekritiseren|-0.89
w:drie|vervolgafspraak|0.86
w:drie|bedanken|0.54
w:druk|ik-boodschap|-1.0
w:druk|open-vraag|-1.0
w:druk|bevelen|-0.27
w:druk|waarschuwen|-1.0
w:druk|moraliseren|-0.99
w:druk|argumenteren|-1.0
w:druk|interpreteren|-0.98
w:druk|geruststellen|2.77
w:druk|afleiden|0.9
w:druk|bedanken|-1.0
w:drukte|parafrase|-0.97
w:duidelijk|jij-boodschap|-1.0
w:duidelijk|gevoelsreflectie|-0.18
w:duidelijk|open-vraag|-1.0
w:duidelijk|bevelen|1.58
w:duidelijk|waarschuwen|-1.0
w:duidelijk|moraliseren|-0.94
w:duidelijk|argumenteren|1.74
w:duidelijk|bekritiseren|-1.0
w:duidelijk|prijzen|0.85
w:duidelijk|afleiden|-0.99
w:duits|parafrase|0.77
w:duits|samenvatting|0.83
w:duits|open-vraag|0.94
w:durfde|bedanken|1.0
w:durft|ik-boodschap|-0.96
w:durft|samenvatting|0.96
w:dus|ik-boodschap|-0.13
w:dus|jij-boodschap|-2.94
w:dus|parafrase|5.53
w:dus|gevoelsreflectie|-2.18
w:dus|samenvatting|0.26
w:dus|aanmoediging|-1.0
w:dus|bevelen|-1.38
w:dus|waarschuwen|-1.91
w:dus|moraliseren|-1.87
w:dus|adviseren|-1.9
w:dus|argumenteren|0.86
w:dus|bekritiseren|-1.69
w:dus|prijzen|3.63
w:dus|etiketteren|-1.96
w:dus|interpreteren|-1.0
w:dus|geruststellen|-1.0
w:dus|ondervragen|-1.86
w:dus|afleiden|-1.0
w:dus|vervolgafspraak|-0.86
w:dus|bedanken|-1.81
w:duurt|moraliseren|0.95
w:duurzaamheid|bekritiseren|-0.72
w:duwen|gevoelsreflectie|-0.9
w:dwingen|jij-boodschap|-0.99
w:dwingen|bekritiseren|-0.66
w:ech|geruststellen|-0.96
w:echt|ik-boodschap|4.64
w:echt|jij-boodschap|-0.59
w:echt|parafrase|0.24
w:echt|gevoelsreflectie|0.86
w:echt|samenvatting|-1.0
w:echt|bevelen|-1.0
w:echt|waarschuwen|-0.91
w:echt|argumenteren|-0.88
w:echt|bekritiseren|0.4
w:echt|etiketteren|2.62
w:echt|interpreteren|-1.0
w:echt|geruststellen|3.31
w:echt|afleiden|-1.96
w:echt|vervolgafspraak|-1.95
w:echt|bedanken|-0.96
w:echte|jij-boodschap|1.85
w:echte|etiketteren|0.99
w:een|ik-boodschap|-0.45
w:een|jij-boodschap|-2.33
w:een|parafrase|-0.68
w:een|gevoelsreflectie|1.26
w:een|samenvatting|-0.53
w:een|open-vraag|1.08
w:een|aanmoediging|-1.0
w:een|bevelen|-1.96
w:een|moraliseren|-1.15
w:een|adviseren|0.15
w:een|argumenteren|1.98
w:een|bekritiseren|-2.65
w:een|prijzen|0.79
w:een|etiketteren|1.92
w:een|interpreteren|-0.82
w:een|ondervragen|-0.99
w:een|afleiden|-1.13
w:een|vervolgafspraak|1.12
w:eenmaal|jij-boodschap|2.42
w:eenmaal|gevoelsreflectie|0.65
w:eenmaal|moraliseren|1.06
w:eenmaal|argumenteren|-1.24
w:eenmaal|bekritiseren|-0.99
w:eenmaal|etiketteren|1.06
w:eenmaal|interpreteren|-0.99
w:eenmaal|geruststellen|-1.67
w:eenmaal|afleiden|0.99
w:eens|ik-boodschap|1.91
w:eens|jij-boodschap|-0.47
w:eens|gevoelsreflectie|0.12
w:eens|samenvatting|-1.0
w:eens|open-vraag|-0.16
w:eens|waarschuwen|-0.9
w:eens|moraliseren|-1.07
w:eens|adviseren|2.73
w:eens|bekritiseren|-0.71
w:eens|prijzen|-1.0
w:eens|etiketteren|-1.0
w:eens|interpreteren|-0.91
w:eens|geruststellen|-1.04
w:eens|ondervragen|-0.99
w:eens|vervolgafspraak|-0.99
w:eentje|ik-boodschap|-0.99
w:eerder|jij-boodschap|0.8
w:eerder|gevoelsreflectie|-1.0
w:eerder|open-vraag|-1.91
w:eerder|moraliseren|-0.94
w:eerder|bekritiseren|-0.59
w:eerder|prijzen|-0.87
w:eerder|interpreteren|0.99
w:eerder|geruststellen|-0.99
w:eerder|ondervragen|1.99
w:eerder|afleiden|-0.99
w:eerlijk|ik-boodschap|-0.9
w:eerlijk|jij-boodschap|-0.46
w:eerlijk|gevoelsreflectie|-0.98
w:eerlijk|moraliseren|0.95
w:eerlijk|argumenteren|0.16
w:eerlijk|bekritiseren|1.44
w:eerlijk|etiketteren|0.96
w:eerlijk|geruststellen|-0.97
w:eerlijk|ondervragen|-0.96
w:eerlijk|afleiden|-0.87
w:eerlijk|vervolgafspraak|-0.97
w:eerlijk|bedanken|0.87
w:eerst|ik-boodschap|-0.77
w:eerst|samenvatting|-0.98
w:eerst|bevelen|0.85
w:eerst|waarschuwen|-0.93
w:eerst|adviseren|1.06
w:eerst|bekritiseren|-0.86
w:eerst|prijzen|-1.0
w:eerst|geruststellen|-0.91
w:eerste|ik-boodschap|-0.99
w:eerste|jij-boodschap|-0.91
w:eerste|parafrase|-2.76
w:eerste|gevoelsreflectie|-0.97
w:eerste|open-vraag|2.96
w:eerste|bevelen|-0.86
w:eerste|moraliseren|-0.87
w:eerste|argumenteren|-0.99
w:eerste|bekritiseren|-0.75
w:eerste|etiketteren|-0.91
w:eerste|geruststellen|1.91
w:eerste|afleiden|0.87
w:eerste|vervolgafspraak|0.94
w:eeuw|jij-boodschap|1.66
w:eeuw|etiketteren|0.92
w:eigen|samenvatting|0.9
w:eigen|interpreteren|0.88
w:eigen|afleiden|-0.96
w:eigenlijk|jij-boodschap|0.38
w:eigenlijk|parafrase|2.67
w:eigenlijk|gevoelsreflectie|-0.79
w:eigenlijk|open-vraag|-1.77
w:eigenlijk|aanmoediging|-0.97
w:eigenlijk|bekritiseren|0.96
w:eigenlijk|etiketteren|-1.97
w:eigenlijk|interpreteren|1.06
w:eigenlijk|ondervragen|-0.94
w:eigenlijk|afleiden|2.79
w:eind|ik-boodschap|-1.87
w:eind|waarschuwen|0.91
w:eind|interpreteren|-0.99
w:eind|bedanken|-1.0
w:einde|afleiden|0.97
w:einde|vervolgafspraak|-0.97
w:eindelijk|jij-boodschap|0.9
w:eindelijk|adviseren|-0.9
w:eindelijk|bekritiseren|1.73
w:elf|parafrase|0.93
w:elf|samenvatting|-0.83
w:elf|argumenteren|1.76
w:elf|geruststellen|-0.99
w:elf|ondervragen|0.93
w:elf|bedanken|-0.99
w:elkaar|ik-boodschap|-0.87
w:elkaar|gevoelsreflectie|-0.85
w:elkaar|samenvatting|-0.14
w:elkaar|moraliseren|0.95
w:elkaar|afleiden|-0.97
w:elkaar|afronding-aankondigen|-1.68
w:elkaar|vervolgafspraak|-0.91
w:elke|ik-boodschap|1.9
w:elke|jij-boodschap|1.55
w:elke|parafrase|-0.91
w:elke|gevoelsreflectie|-0.99
w:elke|samenvatting|0.84
w:elke|open-vraag|-1.96
w:elke|bevelen|0.9
w:elke|waarschuwen|-0.91
w:elke|moraliseren|-0.98
w:elke|adviseren|1.0
w:elke|bekritiseren|1.74
w:elke|geruststellen|0.75
w:elke|afleiden|1.78
w:elke|vervolgafspraak|-0.97
w:emma|ik-boodschap|0.11
w:emma|samenvatting|0.86
w:emotioneel|bedanken|0.17
w:en|ik-boodschap|5.26
w:en|jij-boodschap|-1.2
w:en|parafrase|-3.57
w:en|gevoelsreflectie|-2.9
w:en|samenvatting|4.6
w:en|open-vraag|-3.68
w:en|bevelen|-0.11
w:en|waarschuwen|-1.91
w:en|moraliseren|-0.89
w:en|adviseren|-2.62
w:en|argumenteren|-1.86
w:en|bekritiseren|0.66
w:en|prijzen|-1.9
w:en|etiketteren|-1.0
w:en|interpreteren|-1.75
w:en|geruststellen|-1.08
w:en|ondervragen|0.92
w:en|afleiden|-2.72
w:en|afronding-aankondigen|-0.89
w:en|vervolgafspraak|1.85
w:enfin|geruststellen|-0.99
w:eng|gevoelsreflectie|1.9
w:eng|vervolgafspraak|-0.91
w:engels|ik-boodschap|0.96
w:engels|jij-boodschap|-0.99
w:engels|samenvatting|-0.33
w:engels|argumenteren|-0.96
w:engels|prijzen|-1.8
w:engels|etiketteren|-0.99
w:engels|geruststellen|-1.87
w:engels|vervolgafspraak|1.91
w:enkel|ik-boodschap|0.99
w:enkel|jij-boodschap|1.95
w:enkel|parafrase|-1.0
w:enkel|moraliseren|-0.81
w:enkel|bekritiseren|0.96
w:enkele|ik-boodschap|0.94
w:enkele|jij-boodschap|-1.98
w:enkele|bekritiseren|-1.86
w:enorm|bevelen|-1.0
w:enorm|waarschuwen|0.86
w:enorm|prijzen|0.92
w:enorm|vervolgafspraak|-0.82
w:enorm|bedanken|-0.92
w:enorme|gevoelsreflectie|0.97
w:er|ik-boodschap|0.17
w:er|jij-boodschap|-0.3
w:er|gevoelsreflectie|1.13
w:er|aanmoediging|-0.98
w:er|bevelen|-0.99
w:er|moraliseren|0.9
w:er|adviseren|-1.0
w:er|argumenteren|-1.87
w:er|bekritiseren|0.86
w:er|prijzen|-1.05
w:er|etiketteren|-0.91
w:er|interpreteren|-1.0
w:er|geruststellen|-1.75
w:er|ondervragen|-0.85
w:er|afleiden|1.29
w:er|vervolgafspraak|0.84
w:er|bedanken|-0.78
w:erbij|jij-boodschap|-1.0
w:erbij|parafrase|0.82
w:erbij|bevelen|1.0
w:erbij|waarschuwen|1.0
w:erbij|argumenteren|-0.97
w:erbij|bekritiseren|-1.63
w:erbij|geruststellen|-1.0
w:erbij|vervolgafspraak|1.95
w:erbij|bedanken|-0.99
w:erg|ik-boodschap|0.91
w:erg|jij-boodschap|1.5
w:erg|open-vraag|0.99
w:erg|etiketteren|-0.98
w:erg|interpreteren|0.99
w:erg|geruststellen|1.0
w:erg|afleiden|-0.91
w:erg|vervolgafspraak|-0.82
w:erom|waarschuwen|0.97
w:erop|samenvatting|-0.91
w:erop|afronding-aankondigen|0.99
w:erop|bedanken|-0.72
w:ertegenaan|parafrase|-0.99
w:ertegenaan|gevoelsreflectie|-0.99
w:ertegenaan|vervolgafspraak|-0.99
w:eruit|jij-boodschap|1.36
w:eruit|samenvatting|0.96
w:eruit|bevelen|-0.81
w:eruit|waarschuwen|1.92
w:eruit|moraliseren|-0.95
w:eruit|bekritiseren|0.82
w:eruit|prijzen|-0.96
w:eruit|vervolgafspraak|0.96
w:ervan|gevoelsreflectie|0.97
w:ervan|adviseren|1.0
w:ervan|bekritiseren|-0.88
w:ervan|afronding-aankondigen|-1.0
w:ervan|bedanken|0.99
w:ervaren|ik-boodschap|-1.0
w:ervaren|open-vraag|1.0
w:ervaring|prijzen|1.89
w:ervoor|bevelen|0.99
w:ettertje|jij-boodschap|0.7
w:ettertje|etiketteren|0.96
w:eva|aanmoediging|-1.0
w:evalueren|samenvatting|-0.97
w:evalueren|vervolgafspraak|0.97
w:even|ik-boodschap|-0.82
w:even|jij-boodschap|-1.0
w:even|parafrase|-2.91
w:even|gevoelsreflectie|0.97
w:even|samenvatting|1.16
w:even|open-vraag|-0.97
w:even|aanmoediging|-0.74
w:even|bevelen|1.89
w:even|waarschuwen|-1.0
w:even|moraliseren|-0.97
w:even|adviseren|0.83
w:even|argumenteren|-1.93
w:even|bekritiseren|-2.88
w:even|interpreteren|-1.0
w:even|geruststellen|-0.99
w:even|afleiden|1.19
w:even|afronding-aankondigen|-1.91
w:even|vervolgafspraak|1.91
w:even|bedanken|-0.18
w:evi|ik-boodschap|-0.98
w:examen|gevoelsreflectie|0.85
w:examen|argumenteren|0.86
w:examen|geruststellen|0.99
w:examen|afronding-aankondigen|-1.0
w:examenreglement|ik-boodschap|-0.92
w:examenreglement|argumenteren|1.92
w:examenreglement|geruststellen|-0.92
w:examens|jij-boodschap|-0.82
w:examens|geruststellen|0.98
w:examensecretaris|ik-boodschap|-0.97
w:examensecretaris|argumenteren|0.97
w:excursie|ondervragen|-0.93
w:excuses|bevelen|1.91
w:excuses|waarschuwen|-0.94
w:excuses|bekritiseren|-0.63
w:excuses|vervolgafspraak|-0.87
w:extra|samenvatting|0.9
w:extra|adviseren|-0.9
w:extra|prijzen|0.9
w:extra|etiketteren|-0.98
w:extra|interpreteren|0.94
w:extra|geruststellen|-0.98
w:faalangst|jij-boodschap|-1.0
w:faalangst|bekritiseren|-1.0
w:faalangst|interpreteren|1.99
w:falen|moraliseren|-0.92
w:falen|interpreteren|0.89
w:familie|bekritiseren|-0.93
w:familie|etiketteren|-0.91
w:fatima|ik-boodschap|-1.0
w:fatima|open-vraag|1.0
w:fatsoenlijk|moraliseren|0.99
w:fay|open-vraag|0.99
w:feit|argumenteren|1.73
w:feit|geruststellen|-0.99
w:feit|bedanken|-0.99
w:femke|bevelen|-1.0
w:fenna|bekritiseren|-1.52
w:fietsenstalling|bekritiseren|-0.92
w:fietst|ik-boodschap|-0.98
w:fijn|ik-boodschap|2.65
w:fijn|jij-boodschap|0.9
w:fijn|parafrase|-0.98
w:fijn|gevoelsreflectie|-1.0
w:fijn|bevelen|-1.85
w:fijn|moraliseren|-1.0
w:fijn|adviseren|-0.9
w:fijn|bekritiseren|-0.74
w:fijn|prijzen|-0.97
w:fijn|etiketteren|-0.96
w:fijn|bedanken|-1.75
w:fijne|jij-boodschap|-0.75
w:fijne|samenvatting|-0.99
w:fijne|geruststellen|-0.99
w:filmpje|ik-boodschap|0.91
w:finn|jij-boodschap|-0.98
w:finn|prijzen|0.98
w:finn|etiketteren|-0.98
w:finn|vervolgafspraak|-0.91
w:fleur|bekritiseren|-0.98
w:fout|waarschuwen|-0.99
w:fouten|parafrase|0.93
w:fouten|samenvatting|-0.83
w:fouten|argumenteren|1.76
w:frans|ik-boodschap|-0.96
w:frans|jij-boodschap|-0.87
w:frans|parafrase|-0.91
w:frans|samenvatting|3.67
w:frans|bevelen|-1.0
w:frans|bedanken|-0.98
w:frustreert|jij-boodschap|-0.99
w:frustreert|samenvatting|-0.99
w:frustreert|open-vraag|-1.0
w:frustreert|adviseren|-1.0
w:frustreert|geruststellen|-1.0
w:frustrerend|adviseren|-0.96
w:ga|ik-boodschap|-0.91
w:ga|parafrase|-1.67
w:ga|gevoelsreflectie|-1.95
w:ga|open-vraag|-0.96
w:ga|bevelen|2.87
w:ga|waarschuwen|1.03
w:ga|moraliseren|-0.94
w:ga|etiketteren|-0.98
w:ga|interpreteren|-1.0
w:ga|geruststellen|-1.98
w:ga|afleiden|0.96
w:ga|vervolgafspraak|-0.8
w:gaan|jij-boodschap|-0.12
w:gaan|bevelen|-0.97
w:gaan|moraliseren|0.94
w:gaan|adviseren|1.86
w:gaan|argumenteren|-0.99
w:gaan|bekritiseren|-0.66
w:gaan|etiketteren|-0.97
w:gaan|geruststellen|0.91
w:gaan|afleiden|-0.94
w:gaan|bedanken|-1.65
w:gaat|ik-boodschap|-0.97
w:gaat|jij-boodschap|-1.59
w:gaat|parafrase|-1.08
w:gaat|gevoelsreflectie|-0.84
w:gaat|samenvatting|0.42
w:gaat|open-vraag|1.92
w:gaat|aanmoediging|-0.96
w:gaat|bevelen|-1.51
w:gaat|waarschuwen|0.99
w:gaat|argumenteren|-0.67
w:gaat|bekritiseren|-1.79
w:gaat|prijzen|1.86
w:gaat|etiketteren|-0.95
w:gaat|interpreteren|0.8
w:gaat|geruststellen|2.24
w:gaat|ondervragen|-1.98
w:gaat|afleiden|-1.21
w:gaat|afronding-aankondigen|-2.02
w:gaat|vervolgafspraak|-0.96
w:gaat|bedanken|-1.5
w:gaf|jij-boodschap|-0.97
w:gaf|open-vraag|0.97
w:gaf|bekritiseren|-0.86
w:gamen|jij-boodschap|1.02
w:gamen|gevoelsreflectie|-1.0
w:gamen|bevelen|-1.0
w:gamen|adviseren|-0.83
w:gamen|bekritiseren|1.92
w:gamen|ondervragen|-0.86
w:gamen|afleiden|-1.0
w:gamet|bekritiseren|0.87
w:gang|ik-boodschap|0.77
w:gang|samenvatting|-0.94
w:gang|bevelen|-0.97
w:gang|waarschuwen|0.11
w:gang|argumenteren|-0.99
w:gapen|ik-boodschap|0.98
w:gapen|open-vraag|-0.98
w:gapen|moraliseren|-0.98
w:gasbrander|waarschuwen|-0.91
w:gaten|bevelen|1.0
w:gaten|bedanken|0.54
w:gebeld|ik-boodschap|-1.0
w:gebeld|jij-boodschap|-1.0
w:gebeld|parafrase|1.0
w:gebeld|gevoelsreflectie|-1.0
w:gebeld|samenvatting|-1.0
w:gebeld|open-vraag|-1.0
w:gebeld|aanmoediging|-1.0
w:gebeld|bevelen|-1.0
w:gebeld|waarschuwen|-1.0
w:gebeld|moraliseren|-1.0
w:gebeld|adviseren|-1.0
w:gebeld|argumenteren|-1.0
w:gebeld|bekritiseren|-0.51
w:gebeld|prijzen|-1.0
w:gebeld|etiketteren|-1.0
w:gebeld|interpreteren|-1.85
w:gebeld|geruststellen|-1.0
w:gebeld|ondervragen|-1.0
w:gebeld|afleiden|-1.0
w:gebeld|afronding-aankondigen|-1.0
w:gebeld|vervolgafspraak|-1.0
w:gebeld|bedanken|-1.0
w:gebeurd|ik-boodschap|0.97
w:gebeurd|parafrase|-0.92
w:gebeurd|bekritiseren|0.99
w:gebeurd|afleiden|-0.84
w:gebeurde|argumenteren|-0.99
w:gebeuren|ik-boodschap|-0.76
w:gebeuren|geruststellen|1.83
w:gebeurt|jij-boodschap|-0.22
w:gebeurt|parafrase|-0.92
w:gebeurt|gevoelsreflectie|-1.67
w:gebeurt|samenvatting|0.92
w:gebeurt|waarschuwen|1.0
w:gebeurt|moraliseren|-1.0
w:gebeurt|bekritiseren|-0.78
w:gebeurt|prijzen|-1.0
w:gebeurt|etiketteren|-1.0
w:gebeurt|afleiden|-1.54
w:gebeurt|vervolgafspraak|-0.94
w:gebouw|afleiden|1.0
w:gebruiken|open-vraag|-0.98
w:gecontroleerd|interpreteren|-0.89
w:gedaan|open-vraag|-1.0
w:gedaan|waarschuwen|-0.94
w:gedaan|bekritiseren|-0.25
w:gedaan|geruststellen|-0.47
w:gedaan|ondervragen|1.0
w:gedaan|vervolgafspraak|-0.97
w:gedoe|open-vraag|-1.95
w:gedoe|etiketteren|1.51
w:gedoe|afleiden|0.96
w:gedraagt|jij-boodschap|0.94
w:gedraagt|waarschuwen|-1.0
w:gedraagt|moraliseren|-0.97
w:gedraagt|adviseren|-1.0
w:gedraagt|interpreteren|1.0
w:gedrag|jij-boodschap|-1.0
w:gedrag|waarschuwen|0.91
w:gedrag|argumenteren|-0.94
w:gedrag|bekritiseren|-1.0
w:gedrag|prijzen|-0.99
w:gedrag|geruststellen|-0.94
w:gedragen|moraliseren|0.87
w:gedreigd|bekritiseren|0.97
w:geduldige|prijzen|0.97
w:geduwd|ik-boodschap|0.91
w:geduwd|gevoelsreflectie|0.99
w:geef|jij-boodschap|0.3
w:geef|bekritiseren|0.92
w:geeft|open-vraag|-0.97
w:geeft|bevelen|0.12
w:geeft|etiketteren|-0.97
w:geen|ik-boodschap|1.9
w:geen|jij-boodschap|-0.21
w:geen|parafrase|-1.95
w:geen|gevoelsreflectie|0.82
w:geen|open-vraag|0.88
w:geen|aanmoediging|-1.0
w:geen|bevelen|0.96
w:geen|waarschuwen|-1.0
w:geen|moraliseren|-1.72
w:geen|adviseren|-1.57
w:geen|argumenteren|1.17
w:geen|prijzen|1.79
w:geen|interpreteren|-0.89
w:geen|geruststellen|0.83
w:geen|ondervragen|-1.0
w:geen|afronding-aankondigen|-0.93
w:geen|vervolgafspraak|-0.95
w:gefrustreerd|prijzen|-0.98
w:gegaan|adviseren|-0.83
w:gegevens|etiketteren|-0.99
w:gehaald|bekritiseren|0.94
w:gehad|ik-boodschap|0.96
w:gehad|jij-boodschap|-0.14
w:gehad|gevoelsreflectie|0.9
w:gehad|samenvatting|0.95
w:gehad|open-vraag|1.0
w:gehad|argumenteren|-0.96
w:gehad|bekritiseren|-0.95
w:gehad|etiketteren|0.91
w:gehad|afleiden|-0.85
w:gehad|afronding-aankondigen|-0.99
w:geholpen|jij-boodschap|-0.46
w:geholpen|bekritiseren|-0.46
w:geholpen|prijzen|-0.98
w:geholpen|vervolgafspraak|-0.98
w:gehoord|jij-boodschap|-0.44
w:gehoord|gevoelsreflectie|1.0
w:gehouden|gevoelsreflectie|1.0
w:gekeken|jij-boodschap|0.88
w:gekeken|samenvatting|-0.88
w:gekeken|bekritiseren|0.34
w:gekomen|parafrase|0.96
w:gekomen|gevoelsreflectie|-1.0
w:gekomen|samenvatting|0.96
w:gekomen|open-vraag|-1.0
w:gekomen|adviseren|-1.0
w:gekomen|argumenteren|-0.84
w:gekomen|prijzen|-1.9
w:gekomen|ondervragen|2.0
w:gekomen|vervolgafspraak|0.96
w:gekomen|bedanken|0.95
w:gekozen|open-vraag|-1.91
w:gekregen|parafrase|1.0
w:gekregen|gevoelsreflectie|-0.81
w:gekregen|bekritiseren|-0.97
w:gekwetst|parafrase|1.61
w:gelaten|samenvatting|-0.97
w:gelaten|open-vraag|-0.97
w:gelden|argumenteren|0.86
w:geleerd|jij-boodschap|-1.8
w:geleerd|moraliseren|0.91
w:geleerd|bekritiseren|-0.91
w:gelezen|gevoelsreflectie|-0.78
w:gelezen|samenvatting|-1.0
w:gelezen|ondervragen|1.86
w:gelijk|jij-boodschap|0.89
w:gelijk|parafrase|0.11
w:gelijk|samenvatting|-0.83
w:gelijk|argumenteren|0.96
w:gelijk|bekritiseren|0.1
w:gelukkig|bekritiseren|-0.94
w:gelukt|gevoelsreflectie|0.79
w:gelukt|interpreteren|-0.93
w:gemaakt|jij-boodschap|0.97
w:gemaakt|argumenteren|0.99
w:gemaakt|bekritiseren|0.97
w:gemaakt|ondervragen|0.96
w:gemaild|adviseren|-0.96
w:gemakzuchtig|bekritiseren|-2.6
w:gemakzuchtig|etiketteren|0.98
w:gemeen|bekritiseren|0.98
w:gemeente|vervolgafspraak|0.96
w:gemeld|bekritiseren|0.2
w:gemengde|adviseren|-0.92
w:gemerkt|ik-boodschap|0.92
w:gemerkt|bevelen|-0.94
w:gemerkt|bekritiseren|-0.63
w:gemiddeld|moraliseren|-0.92
w:gemiddeld|argumenteren|0.98
w:gemiddelde|ik-boodschap|0.91
w:gemiddelde|jij-boodschap|-0.13
w:gemiddelde|samenvatting|-0.79
w:gemiddelde|argumenteren|0.9
w:gemist|ik-boodschap|0.93
w:gemist|jij-boodschap|0.68
w:gemotiveerd|jij-boodschap|0.47
w:gemotiveerd|bekritiseren|0.95
w:genegeerd|parafrase|0.86
w:genegeerd|aanmoediging|-1.0
w:genoeg|waarschuwen|-1.0
w:genoeg|adviseren|-1.0
w:genoeg|etiketteren|-0.63
w:genoeg|afleiden|-1.0
w:genomen|jij-boodschap|0.5
w:genomen|gevoelsreflectie|0.87
w:gepast|bekritiseren|1.63
w:gepast|geruststellen|-0.94
w:gepest|jij-boodschap|-0.9
w:gepest|open-vraag|0.84
w:gepest|moraliseren|0.91
w:gepest|interpreteren|1.89
w:gepraat|parafrase|-0.99
w:gepraat|samenvatting|0.99
w:gepraat|open-vraag|-1.0
w:gepraat|adviseren|-1.0
w:gepraat|geruststellen|-1.0
w:gepraat|afronding-aankondigen|0.99
w:geprobeerd|adviseren|-0.91
w:geraakt|ik-boodschap|0.91
w:geraakt|parafrase|-0.91
w:gereageerd|parafrase|0.95
w:gereageerd|etiketteren|-1.0
w:gereageerd|ondervragen|-0.95
w:gereageerd|afronding-aankondigen|-1.0
w:gerust|gevoelsreflectie|0.97
w:gerust|open-vraag|-0.98
w:gerust|aanmoediging|0.98
w:gerust|adviseren|0.92
w:gerust|geruststellen|0.87
w:geschiedenis|geruststellen|-0.9
w:geschopt|bekritiseren|0.9
w:geschorst|waarschuwen|1.0
w:geschorst|moraliseren|-1.0
w:geschorst|argumenteren|-1.0
w:geschorst|prijzen|-1.0
w:geschorst|etiketteren|-1.0
w:geschrokken|ik-boodschap|2.91
w:geschrokken|parafrase|-1.0
w:geschrokken|gevoelsreflectie|2.35
w:geschrokken|open-vraag|1.0
w:geschrokken|etiketteren|-0.85
w:geschrokken|geruststellen|-0.92
w:gespannen|bekritiseren|-0.63
w:gesprek|jij-boodschap|-2.36
w:gesprek|parafrase|-0.17
w:gesprek|gevoelsreflectie|0.83
w:gesprek|samenvatting|-0.97
w:gesprek|aanmoediging|-1.0
w:gesprek|bevelen|-0.99
w:gesprek|waarschuwen|-0.99
w:gesprek|argumenteren|-1.0
w:gesprek|bekritiseren|-1.4
w:gesprek|etiketteren|-0.98
w:gesprek|geruststellen|-0.99
w:gesprek|ondervragen|0.98
w:gesprek|afronding-aankondigen|1.99
w:gesprek|vervolgafspraak|-1.04
w:gesprek|bedanken|0.39
w:gesprekje|vervolgafspraak|0.91
w:gesprekken|ik-boodschap|0.99
w:gesprekken|bevelen|-0.99
w:gesproken|geruststellen|-0.99
w:gesproken|afleiden|0.81
w:gesteld|moraliseren|-0.95
w:gestrest|geruststellen|-0.96
w:gestuurd|jij-boodschap|0.97
w:gestuurd|waarschuwen|0.91
w:gestuurd|bekritiseren|1.37
w:getik|waarschuwen|0.92
w:getrokken|bekritiseren|0.88
w:geval|jij-boodschap|0.92
w:geven|ik-boodschap|0.99
w:geven|waarschuwen|-0.91
w:geven|moraliseren|1.0
w:geven|adviseren|-0.86
w:geven|bekritiseren|-0.99
w:geven|interpreteren|0.94
w:gevoel|gevoelsreflectie|-0.79
w:gevoel|open-vraag|0.84
w:gevoel|argumenteren|-0.98
w:gevolgen|waarschuwen|0.98
w:gevolgen|moraliseren|0.9
w:gevraagd|jij-boodschap|-0.9
w:gewaarschuwd|waarschuwen|0.98
w:geweest|ik-boodschap|-0.98
w:geweest|jij-boodschap|-0.99
w:geweest|gevoelsreflectie|1.27
w:geweest|bekritiseren|-0.15
w:geweest|vervolgafspraak|-0.93
w:geweld|jij-boodschap|-0.94
w:geweld|bekritiseren|-0.94
w:geweldig|adviseren|-0.81
w:geweldige|bekritiseren|2.75
w:geweldige|bedanken|-3.35
w:gewend|geruststellen|0.94
w:gewerkt|jij-boodschap|-0.88
w:gewerkt|bekritiseren|-0.93
w:gewoon|ik-boodschap|-1.92
w:gewoon|jij-boodschap|2.62
w:gewoon|parafrase|-0.78
w:gewoon|gevoelsreflectie|-1.76
w:gewoon|samenvatting|-1.66
w:gewoon|open-vraag|-1.0
w:gewoon|bevelen|0.52
w:gewoon|waarschuwen|-0.85
w:gewoon|adviseren|2.67
w:gewoon|argumenteren|1.72
w:gewoon|bekritiseren|-1.36
w:gewoon|prijzen|-0.2
w:gewoon|etiketteren|1.06
w:gewoon|interpreteren|2.07
w:gewoon|geruststellen|2.0
w:gewoon|afleiden|-0.85
w:gewoon|bedanken|-0.99
w:geworden|jij-boodschap|0.97
w:geworden|etiketteren|0.97
w:geworden|ondervragen|-0.92
w:gezakt|ik-boodschap|1.0
w:gezakt|parafrase|-1.0
w:gezakt|open-vraag|1.0
w:gezegd|ik-boodschap|-0.9
w:gezegd|open-vraag|-0.99
w:gezegd|bekritiseren|0.55
w:gezegd|etiketteren|0.96
w:gezegd|geruststellen|-0.99
w:gezegd|afleiden|-0.87
w:gezien|jij-boodschap|-0.13
w:gezien|parafrase|-0.99
w:gezien|aanmoediging|-0.99
w:gezien|argumenteren|0.86
w:gezien|interpreteren|0.87
w:gezien|afleiden|1.0
w:gezocht|jij-boodschap|0.84
w:gezocht|bekritiseren|0.94
w:gijs|ik-boodschap|0.98
w:gijs|vervolgafspraak|-0.98
w:ging|jij-boodschap|0.97
w:ging|samenvatting|0.83
w:ging|bekritiseren|1.37
w:ging|geruststellen|-0.99
w:ging|vervolgafspraak|-0.91
w:ging|bedanken|-0.77
w:gisteren|ik-boodschap|2.75
w:gisteren|jij-boodschap|0.97
w:gisteren|parafrase|-0.91
w:gisteren|gevoelsreflectie|-0.85
w:gisteren|waarschuwen|-1.0
w:gisteren|adviseren|-0.83
w:gisteren|bekritiseren|0.43
w:gisteren|etiketteren|-0.96
w:gisteren|ondervragen|0.92
w:gisteren|afronding-aankondigen|-1.0
w:goed|ik-boodschap|-1.84
w:goed|jij-boodschap|-1.84
w:goed|parafrase|1.14
w:goed|gevoelsreflectie|0.88
w:goed|samenvatting|-0.77
w:goed|open-vraag|-3.75
w:goed|aanmoediging|-0.92
w:goed|bevelen|-1.98
w:goed|waarschuwen|-2.84
w:goed|moraliseren|-0.99
w:goed|bekritiseren|-2.1
w:goed|prijzen|0.75
w:goed|interpreteren|-1.0
w:goed|geruststellen|1.2
w:goed|afleiden|-0.56
w:goed|afronding-aankondigen|0.96
w:goed|vervolgafspraak|-1.65
w:goed|bedanken|-1.0
w:goede|samenvatting|-0.98
w:goede|moraliseren|1.91
w:goede|adviseren|-0.86
w:goede|argumenteren|-1.0
w:goede|etiketteren|-1.99
w:goede|geruststellen|0.87
w:goedemiddag|jij-boodschap|0.3
w:goedemorgen|bekritiseren|-0.98
w:goedemorgen|bedanken|-0.94
w:goedenavond|open-vraag|-0.98
w:goedkomt|geruststellen|0.99
w:graag|parafrase|-0.12
w:graag|gevoelsreflectie|-0.82
w:graag|samenvatting|-0.99
w:graag|open-vraag|0.92
w:graag|aanmoediging|-0.99
w:graag|argumenteren|-0.94
w:graag|prijzen|-0.91
w:graag|afronding-aankondigen|1.0
w:graag|vervolgafspraak|-0.98
w:graag|bedanken|-1.0
w:grammatica|ik-boodschap|0.88
w:grapjes|ik-boodschap|-0.61
w:grapjes|interpreteren|0.9
w:grens|jij-boodschap|0.97
w:grens|bekritiseren|0.99
w:grens|etiketteren|-0.97
w:grenzen|moraliseren|0.94
w:grijpen|bekritiseren|0.87
w:groep|ik-boodschap|0.83
w:groep|jij-boodschap|0.63
w:groep|gevoelsreflectie|0.9
w:groep|samenvatting|-0.99
w:groep|open-vraag|-0.99
w:groep|etiketteren|-0.72
w:groepje|ik-boodschap|0.98
w:groepje|adviseren|0.62
w:groepsapp|samenvatting|0.65
w:groepsapp|bekritiseren|0.98
w:groepsapp|prijzen|-0.9
w:groepsapp|afleiden|0.73
w:groepsgenoten|jij-boodschap|0.94
w:groepsopdracht|gevoelsreflectie|-0.74
w:groepsopdracht|afronding-aankondigen|-1.0
w:groepswerk|ik-boodschap|0.98
w:grond|gevoelsreflectie|1.62
w:grote|ik-boodschap|-0.87
w:grote|etiketteren|0.98
w:grote|afleiden|-0.97
w:gym|ik-boodschap|0.92
w:gymdocent|jij-boodschap|-0.97
w:gymdocent|open-vraag|0.97
w:gymdocent|bekritiseren|-0.86
w:gymdocent|bedanken|0.93
w:gymles|ik-boodschap|0.97
w:gymles|gevoelsreflectie|0.99
w:gymles|adviseren|-0.74
w:gymschoenen|gevoelsreflectie|-0.9
w:gymspullen|bekritiseren|-0.98
w:haal|jij-boodschap|-1.0
w:haal|gevoelsreflectie|-0.98
w:haal|bevelen|0.24
w:haal|waarschuwen|1.0
w:haal|adviseren|0.87
w:haal|bekritiseren|-1.0
w:haal|geruststellen|0.87
w:haalde|argumenteren|0.98
w:haalt|gevoelsreflectie|0.85
w:haalt|aanmoediging|-1.0
w:haalt|waarschuwen|-0.12
w:haalt|moraliseren|-0.91
w:haalt|argumenteren|1.1
w:haalt|prijzen|-0.97
w:haalt|geruststellen|2.97
w:haalt|ondervragen|-1.0
w:haar|ik-boodschap|2.06
w:haar|jij-boodschap|1.02
w:haar|parafrase|-0.96
w:haar|gevoelsreflectie|0.99
w:haar|samenvatting|-2.23
w:haar|open-vraag|1.84
w:haar|aanmoediging|-2.0
w:haar|bevelen|-0.45
w:haar|waarschuwen|-0.91
w:haar|adviseren|0.88
w:haar|bekritiseren|-0.77
w:haar|prijzen|0.2
w:haar|ondervragen|1.9
w:haar|afleiden|-0.97
w:haar|vervolgafspraak|-0.94
w:had|ik-boodschap|-0.96
w:had|jij-boodschap|0.9
w:had|parafrase|0.18
w:had|gevoelsreflectie|-0.53
w:had|samenvatting|-0.83
w:had|aanmoediging|-0.99
w:had|moraliseren|-1.87
w:had|argumenteren|1.78
w:had|bekritiseren|0.96
w:had|ondervragen|-1.0
w:had|afleiden|-0.87
w:hadden|adviseren|-0.95
w:hadden|bekritiseren|0.64
w:haha|afleiden|0.94
w:halen|jij-boodschap|-1.8
w:halen|argumenteren|0.86
w:halen|prijzen|1.86
w:halen|etiketteren|-0.98
w:halen|geruststellen|0.98
w:half|ik-boodschap|-0.99
w:half|gevoelsreflectie|-0.89
w:half|open-vraag|1.0
w:half|prijzen|-1.0
w:half|geruststellen|-0.96
w:half|afronding-aankondigen|0.97
w:half|bedanken|0.7
w:halverwege|ik-boodschap|0.91
w:hand|bekritiseren|0.77
w:hand|etiketteren|-1.0
w:handen|geruststellen|0.87
w:handige|bekritiseren|0.75
w:hanna|parafrase|0.99
w:hanna|gevoelsreflectie|-0.99
w:hard|jij-boodschap|-0.88
w:hard|bekritiseren|-0.93
w:hardop|bevelen|-1.0
w:hardop|adviseren|1.96
w:hardop|geruststellen|0.96
w:hartstikke|jij-boodschap|1.0
w:hartstikke|argumenteren|-1.0
w:hartstikke|bekritiseren|1.0
w:havo|bevelen|-0.82
w:havo|waarschuwen|0.96
w:havo|bekritiseren|-0.97
w:he|samenvatting|-1.0
w:he|etiketteren|-0.82
w:he|afleiden|1.94
w:he|afronding-aankondigen|-1.0
w:heb|ik-boodschap|1.35
w:heb|jij-boodschap|1.65
w:heb|parafrase|0.99
w:heb|gevoelsreflectie|0.24
w:heb|samenvatting|-1.0
w:heb|open-vraag|-0.12
w:heb|bevelen|-0.94
w:heb|waarschuwen|-1.97
w:heb|moraliseren|1.88
w:heb|argumenteren|0.33
w:heb|bekritiseren|-1.64
w:heb|etiketteren|0.91
w:heb|geruststellen|-1.98
w:heb|ondervragen|0.99
w:heb|vervolgafspraak|-1.96
w:hebben|ik-boodschap|-0.86
w:hebben|jij-boodschap|-2.75
w:hebben|parafrase|-0.99
w:hebben|samenvatting|0.85
w:hebben|open-vraag|0.16
w:hebben|aanmoediging|-1.0
w:hebben|bevelen|-1.0
w:hebben|moraliseren|1.85
w:hebben|adviseren|-0.96
w:hebben|bekritiseren|-2.46
w:hebben|prijzen|-0.9
w:hebben|afleiden|3.58
w:hebben|afronding-aankondigen|-0.99
w:hebben|vervolgafspraak|-0.67
w:hebt|ik-boodschap|0.95
w:hebt|jij-boodschap|2.19
w:hebt|parafrase|1.91
w:hebt|gevoelsreflectie|-0.66
w:hebt|samenvatting|-0.97
w:hebt|open-vraag|-1.0
w:hebt|waarschuwen|-1.8
w:hebt|adviseren|-0.96
w:hebt|argumenteren|-0.23
w:hebt|bekritiseren|3.77
w:hebt|prijzen|-0.97
w:hebt|interpreteren|0.1
w:hebt|bedanken|-0.97
w:heeft|ik-boodschap|-0.91
w:heeft|jij-boodschap|-1.5
w:heeft|parafrase|-0.78
w:heeft|gevoelsreflectie|0.78
w:heeft|samenvatting|-0.1
w:heeft|open-vraag|-2.0
w:heeft|aanmoediging|-1.0
w:heeft|bevelen|-0.1
w:heeft|waarschuwen|-1.95
w:heeft|moraliseren|-1.81
w:heeft|adviseren|-0.98
w:heeft|argumenteren|-0.83
w:heeft|bekritiseren|-0.13
w:heeft|prijzen|-2.87
w:heeft|etiketteren|-1.96
w:heeft|interpreteren|-0.73
w:heeft|geruststellen|-1.64
w:heeft|ondervragen|1.89
w:heeft|afleiden|-2.5
w:heeft|afronding-aankondigen|-1.0
w:heeft|vervolgafspraak|-2.03
w:heeft|bedanken|-1.0
w:heel|ik-boodschap|-0.98
w:heel|gevoelsreflectie|1.03
w:heel|bevelen|-1.13
w:heel|waarschuwen|-0.92
w:heel|moraliseren|-0.91
w:heel|bekritiseren|1.1
w:heel|prijzen|1.82
w:heel|etiketteren|0.75
w:heel|afleiden|-0.15
w:heel|bedanken|-0.97
w:heen|jij-boodschap|-0.99
w:heen|gevoelsreflectie|0.95
w:heen|samenvatting|-0.99
w:heen|aanmoediging|-0.98
w:heen|adviseren|-1.0
w:heen|geruststellen|-1.0
w:heen|vervolgafspraak|-1.91
w:heen|bedanken|0.11
w:heftig|gevoelsreflectie|1.0
w:heimwee|geruststellen|0.93
w:hek|bevelen|0.91
w:hek|interpreteren|-0.89
w:held|etiketteren|0.98
w:hele|ik-boodschap|0.77
w:hele|jij-boodschap|1.74
w:hele|parafrase|0.93
w:hele|gevoelsreflectie|0.77
w:hele|samenvatting|-0.83
w:hele|bevelen|0.99
w:hele|waarschuwen|-0.92
w:hele|argumenteren|1.76
w:hele|bekritiseren|2.51
w:hele|prijzen|-0.96
w:hele|etiketteren|1.22
w:hele|afleiden|-0.87
w:hele|afronding-aankondigen|-0.89
w:hele|vervolgafspraak|-0.91
w:helemaal|ik-boodschap|-0.99
w:helemaal|jij-boodschap|-0.8
w:helemaal|gevoelsreflectie|0.9
w:helemaal|samenvatting|-0.7
w:helemaal|waarschuwen|-0.99
w:helemaal|bekritiseren|-0.98
w:helemaal|interpreteren|1.86
w:helemaal|geruststellen|0.46
w:helemaal|afleiden|-0.96
w:helft|jij-boodschap|0.94
w:helft|parafrase|-0.94
w:helft|argumenteren|0.94
w:helft|bekritiseren|0.94
w:helikopterouder|bekritiseren|-0.11
w:helikopterouder|etiketteren|1.9
w:helpen|ik-boodschap|0.93
w:helpen|gevoelsreflectie|-0.57
w:helpen|open-vraag|2.9
w:helpen|moraliseren|-1.99
w:helpen|adviseren|-1.89
w:helpen|bekritiseren|-0.98
w:helpen|etiketteren|-0.99
w:helpen|afleiden|-0.99
w:helpt|jij-boodschap|-0.94
w:helpt|adviseren|1.95
w:hem|ik-boodschap|1.1
w:hem|jij-boodschap|-0.97
w:hem|gevoelsreflectie|-1.6
w:hem|open-vraag|0.98
w:hem|bevelen|1.44
w:hem|moraliseren|-1.07
w:hem|adviseren|1.44
w:hem|argumenteren|-1.0
w:hem|bekritiseren|-1.57
w:hem|prijzen|-0.27
w:hem|etiketteren|-0.97
w:hem|geruststellen|-0.97
w:hem|ondervragen|-1.9
w:hem|afleiden|-1.93
w:hem|vervolgafspraak|-1.85
w:hem|bedanken|0.27
w:herexamen|gevoelsreflectie|-0.98
w:herexamen|geruststellen|1.87
w:herfstvakantie|ik-boodschap|1.91
w:herfstvakantie|jij-boodschap|-0.92
w:herfstvakantie|bekritiseren|-1.91
w:herhalen|open-vraag|0.99
w:herkansen|ik-boodschap|-0.92
w:herkansen|argumenteren|0.99
w:herkansen|geruststellen|-0.92
w:herkansing|ik-boodschap|0.93
w:herkansing|parafrase|1.0
w:herkansing|gevoelsreflectie|0.82
w:herkansing|argumenteren|0.93
w:herkansing|geruststellen|0.99
w:herkent|prijzen|-0.99
w:herkent|interpreteren|-0.99
w:het|ik-boodschap|-1.48
w:het|jij-boodschap|-0.32
w:het|parafrase|-2.27
w:het|gevoelsreflectie|-2.7
w:het|samenvatting|1.27
w:het|open-vraag|-1.3
w:het|aanmoediging|-1.06
w:het|bevelen|-3.15
w:het|waarschuwen|0.62
w:het|moraliseren|-1.91
w:het|adviseren|-0.46
w:het|argumenteren|1.53
w:het|bekritiseren|-0.4
w:het|prijzen|0.82
w:het|etiketteren|-0.98
w:het|geruststellen|-1.77
w:het|ondervragen|-1.86
w:het|afleiden|0.57
w:het|afronding-aankondigen|-1.13
w:het|vervolgafspraak|-3.38
w:het|bedanken|-1.28
w:hetzelfde|ik-boodschap|0.91
w:hetzelfde|argumenteren|1.0
w:hetzelfde|bekritiseren|-0.87
w:heus|gevoelsreflectie|0.85
w:heus|adviseren|-1.91
w:heus|geruststellen|2.92
w:hielp|ik-boodschap|0.91
w:hier|ik-boodschap|-2.92
w:hier|jij-boodschap|-0.1
w:hier|gevoelsreflectie|1.12
w:hier|samenvatting|-0.83
w:hier|open-vraag|-1.99
w:hier|bevelen|-0.98
w:hier|moraliseren|0.94
w:hier|bekritiseren|0.92
w:hier|etiketteren|-0.85
w:hier|interpreteren|-1.0
w:hier|geruststellen|0.19
w:hier|afleiden|-2.02
w:hier|afronding-aankondigen|4.68
w:hier|vervolgafspraak|-2.85
w:hier|bedanken|1.56
w:hierbij|samenvatting|1.0
w:hierbij|aanmoediging|-1.0
w:hierbij|afleiden|-0.93
w:hierbij|afronding-aankondigen|1.97
w:hierbij|vervolgafspraak|0.81
w:hierbij|bedanken|1.04
w:hierover|afleiden|0.99
w:hij|ik-boodschap|1.01
w:hij|jij-boodschap|-2.12
w:hij|parafrase|-0.69
w:hij|gevoelsreflectie|0.71
w:hij|samenvatting|0.32
w:hij|open-vraag|-1.38
w:hij|aanmoediging|-0.92
w:hij|bevelen|-1.11
w:hij|waarschuwen|-0.84
w:hij|moraliseren|-1.82
w:hij|adviseren|-0.24
w:hij|argumenteren|-0.22
w:hij|bekritiseren|-2.2
w:hij|etiketteren|-1.95
w:hij|geruststellen|-0.46
w:hij|ondervragen|0.98
w:hij|afleiden|-1.1
w:hij|vervolgafspraak|0.86
w:hij|bedanken|-0.99
w:hm|gevoelsreflectie|-2.0
w:hm|aanmoediging|2.0
w:hockey|afleiden|1.85
w:hockeymoeder|waarschuwen|-0.83
w:hoe|ik-boodschap|0.97
w:hoe|jij-boodschap|-1.49
w:hoe|parafrase|-1.85
w:hoe|gevoelsreflectie|-3.83
w:hoe|samenvatting|-0.88
w:hoe|open-vraag|3.24
w:hoe|aanmoediging|-0.97
w:hoe|bevelen|-1.95
w:hoe|moraliseren|0.94
w:hoe|adviseren|-0.77
w:hoe|bekritiseren|-1.83
w:hoe|interpreteren|-0.99
w:hoe|geruststellen|-0.9
w:hoe|ondervragen|-0.96
w:hoe|afleiden|2.85
w:hoe|afronding-aankondigen|-0.99
w:hoe|vervolgafspraak|0.14
w:hoe|bedanken|-1.22
w:hoeft|moraliseren|-0.99
w:hoeft|adviseren|-1.0
w:hoeft|bekritiseren|-0.99
w:hoeft|interpreteren|-0.99
w:hoeft|geruststellen|1.16
w:hoeft|afleiden|1.0
w:hoeveel|jij-boodschap|0.68
w:hoeveel|ondervragen|0.88
w:hoi|bevelen|-1.45
w:hoi|moraliseren|-0.94
w:hoofdstuk|waarschuwen|-0.92
w:hoog|interpreteren|0.99
w:hoogste|gevoelsreflectie|-0.72
w:hoogte|gevoelsreflectie|1.0
w:hoogte|samenvatting|0.98
w:hoogte|bedanken|0.81
w:hoor|ik-boodschap|-0.94
w:hoor|parafrase|1.0
w:hoor|gevoelsreflectie|1.81
w:hoor|samenvatting|-0.91
w:hoor|open-vraag|0.91
w:hoor|aanmoediging|0.82
w:hoor|bevelen|-0.94
w:hoor|waarschuwen|-0.91
w:hoor|moraliseren|1.73
w:hoor|adviseren|-1.95
w:hoor|argumenteren|0.99
w:hoor|interpreteren|-1.0
w:hoor|geruststellen|0.92
w:hoor|ondervragen|1.05
w:hoor|afleiden|-1.91
w:hoorde|ik-boodschap|0.77
w:hoorde|jij-boodschap|-0.7
w:hoorde|gevoelsreflectie|-1.0
w:hoort|ik-boodschap|0.99
w:hoort|jij-boodschap|-2.7
w:hoort|bevelen|-1.94
w:hoort|waarschuwen|-0.94
w:hoort|moraliseren|2.98
w:hoort|adviseren|-0.99
w:hoort|argumenteren|-1.13
w:hoort|bekritiseren|-2.73
w:hoort|prijzen|-0.91
w:hoort|etiketteren|-0.91
w:hoort|interpreteren|-0.99
w:hoort|geruststellen|-1.61
w:hoort|afleiden|0.88
w:horen|ik-boodschap|-1.0
w:horen|parafrase|1.61
w:horen|gevoelsreflectie|-0.85
w:horen|samenvatting|0.73
w:horen|open-vraag|-1.0
w:horen|bevelen|-0.99
w:horen|bekritiseren|-1.8
w:horen|afleiden|-0.7
w:horen|vervolgafspraak|2.84
w:horen|bedanken|0.46
w:hou|bevelen|0.99
w:houd|samenvatting|0.98
w:houd|bedanken|0.81
w:houden|samenvatting|-1.96
w:houden|open-vraag|-0.99
w:houden|aanmoediging|-0.99
w:houden|bevelen|1.0
w:houden|moraliseren|0.86
w:houden|bedanken|0.54
w:houding|jij-boodschap|-0.94
w:houdt|ik-boodschap|0.97
w:houdt|jij-boodschap|-0.97
w:houdt|open-vraag|0.97
w:houdt|bekritiseren|-0.86
w:houdt|interpreteren|-0.9
w:houdt|vervolgafspraak|-0.9
w:huilend|afronding-aankondigen|-1.0
w:huis|ik-boodschap|-0.98
w:huis|open-vraag|-1.73
w:huis|aanmoediging|-0.97
w:huis|moraliseren|0.92
w:huis|afleiden|0.97
w:huisarts|ik-boodschap|0.93
w:huisarts|gevoelsreflectie|0.79
w:huisarts|samenvatting|0.96
w:huisarts|bevelen|1.31
w:huisarts|adviseren|0.8
w:huisarts|argumenteren|-0.99
w:huisarts|prijzen|-0.96
w:huisarts|geruststellen|0.91
w:huisarts|afleiden|-0.98
w:huisarts|vervolgafspraak|1.95
w:huisarts|bedanken|0.98
w:huiswerk|jij-boodschap|-0.87
w:huiswerk|gevoelsreflectie|-0.89
w:huiswerk|samenvatting|0.94
w:huiswerk|open-vraag|1.84
w:huiswerk|waarschuwen|-1.0
w:huiswerk|adviseren|-0.97
w:huiswerk|argumenteren|-0.96
w:huiswerk|bekritiseren|0.91
w:huiswerk|prijzen|-0.85
w:huiswerk|afleiden|-0.7
w:huiswerk|vervolgafspraak|0.92
w:huiswerk|bedanken|-0.98
w:huiswerkbegeleiding|ondervragen|-0.91
w:huiswerkklas|jij-boodschap|-1.0
w:huiswerkklas|parafrase|-0.91
w:huiswerkklas|samenvatting|0.84
w:huiswerkklas|bevelen|-0.82
w:huiswerkklas|waarschuwen|-0.98
w:huiswerkklas|adviseren|1.0
w:huiswerkklas|bekritiseren|-1.0
w:huiswerkopdracht|ik-boodschap|0.92
w:huiswerkopdracht|jij-boodschap|-0.92
w:huiswerkopdracht|bekritiseren|-0.92
w:huiswerkritme|prijzen|0.94
w:huiswerkritme|ondervragen|-0.94
w:huiswerktijd|adviseren|1.86
w:huiswerktijd|vervolgafspraak|0.91
w:huiswerkuur|ondervragen|-0.96
w:hulp|open-vraag|-0.99
w:hulp|waarschuwen|-1.0
w:hulp|adviseren|0.9
w:hulp|prijzen|0.93
w:hun|ik-boodschap|0.95
w:hun|moraliseren|0.98
w:hun|afleiden|-0.7
w:hysterisch|bevelen|1.74
w:hè|gevoelsreflectie|0.94
w:hè|open-vraag|-0.86
w:hè|bekritiseren|-1.84
w:hè|prijzen|-0.96
w:hé|afleiden|-0.74
w:idee|ik-boodschap|0.36
w:idee|jij-boodschap|-0.85
w:idee|parafrase|0.99
w:idee|argumenteren|-0.99
w:idee|bekritiseren|-0.92
w:idee|interpreteren|0.9
w:ieder|jij-boodschap|-0.94
w:ieder|bekritiseren|-0.94
w:iedere|bekritiseren|-0.99
w:iedere|afleiden|-0.99
w:iedereen|jij-boodschap|0.44
w:iedereen|samenvatting|-0.97
w:iedereen|open-vraag|-0.94
w:iedereen|aanmoediging|-1.0
w:iedereen|argumenteren|0.22
w:iedereen|bekritiseren|0.34
w:iedereen|etiketteren|-0.91
w:iedereen|geruststellen|-1.7
w:iedereen|ondervragen|-1.0
w:iedereen|afleiden|2.9
w:iemand|jij-boodschap|-1.8
w:iemand|bevelen|-0.95
w:iemand|waarschuwen|-0.94
w:iemand|moraliseren|3.65
w:iemand|bekritiseren|-1.8
w:iets|ik-boodschap|-0.98
w:iets|jij-boodschap|2.3
w:iets|gevoelsreflectie|1.84
w:iets|samenvatting|-0.91
w:iets|open-vraag|0.92
w:iets|aanmoediging|-1.0
w:iets|adviseren|-1.88
w:iets|argumenteren|-1.99
w:iets|bekritiseren|2.23
w:iets|etiketteren|-1.96
w:iets|geruststellen|-0.93
w:iets|afleiden|1.8
w:iets|bedanken|-1.0
w:ik|ik-boodschap|2.93
w:ik|jij-boodschap|-2.3
w:ik|parafrase|-1.78
w:ik|gevoelsreflectie|-3.31
w:ik|samenvatting|-1.01
w:ik|open-vraag|-2.16
w:ik|aanmoediging|-1.03
w:ik|bevelen|-1.03
w:ik|waarschuwen|0.71
w:ik|moraliseren|-3.0
w:ik|adviseren|0.93
w:ik|argumenteren|-1.96
w:ik|bekritiseren|-2.71
w:ik|prijzen|-1.12
w:ik|etiketteren|-2.47
w:ik|geruststellen|-1.83
w:ik|ondervragen|-0.97
w:ik|afleiden|-2.84
w:ik|afronding-aankondigen|0.99
w:ik|vervolgafspraak|0.17
w:ik|bedanken|-0.19
w:ilias|jij-boodschap|-1.0
w:ilias|bevelen|1.0
w:ilias|moraliseren|1.0
w:in|ik-boodschap|-0.16
w:in|jij-boodschap|1.0
w:in|parafrase|-0.78
w:in|gevoelsreflectie|-1.11
w:in|samenvatting|1.45
w:in|open-vraag|-0.75
w:in|aanmoediging|-0.92
w:in|bevelen|-1.88
w:in|waarschuwen|-0.94
w:in|moraliseren|0.94
w:in|adviseren|-0.55
w:in|argumenteren|-0.82
w:in|bekritiseren|-0.33
w:in|prijzen|1.06
w:in|etiketteren|-1.91
w:in|interpreteren|-2.84
w:in|geruststellen|-0.22
w:in|afleiden|1.41
w:in|afronding-aankondigen|-1.0
w:in|vervolgafspraak|-1.77
w:in|bedanken|-1.43
w:incident|waarschuwen|0.98
w:incident|afleiden|0.89
w:indruk|interpreteren|0.98
w:ineens|ik-boodschap|-0.98
w:informatie|interpreteren|-0.85
w:informatieavond|vervolgafspraak|-0.93
w:ingegrepen|ondervragen|0.95
w:ingegrepen|afleiden|-0.84
w:ingehaald|prijzen|-0.97
w:ingeleverd|ik-boodschap|0.91
w:ingeleverd|jij-boodschap|-1.07
w:ingeleverd|argumenteren|1.0
w:ingeleverd|bekritiseren|-0.94
w:ingeleverd|prijzen|-0.98
w:ingeleverd|etiketteren|-0.96
w:ingelevert|ik-boodschap|0.92
w:ingelevert|jij-boodschap|-0.92
w:ingelevert|bekritiseren|-0.92
w:ingelicht|gevoelsreflectie|1.72
w:ingelicht|ondervragen|0.94
w:ingreep|parafrase|0.92
w:ingreep|gevoelsreflectie|-0.88
w:inhalen|prijzen|1.0
w:inhalen|geruststellen|-0.91
w:inhalen|bedanken|-1.0
w:inleverde|ik-boodschap|-0.91
w:inlevert|waarschuwen|0.93
w:inlevert|moraliseren|-0.84
w:inlevert|argumenteren|-0.99
w:innemen|adviseren|0.99
w:innemen|interpreteren|-0.94
w:inpakt|open-vraag|-0.99
w:inpakt|adviseren|1.88
w:inplannen|vervolgafspraak|0.99
w:inschakelen|bevelen|-1.0
w:inschakelen|waarschuwen|1.0
w:inspectie|bekritiseren|0.97
w:instagram|open-vraag|-0.97
w:instagram|moraliseren|-0.97
w:instagram|vervolgafspraak|-0.97
w:interesse|bekritiseren|-0.8
w:interne|jij-boodschap|-0.97
w:internet|jij-boodschap|0.94
w:inzet|argumenteren|-1.0
w:inzet|bekritiseren|2.82
w:inzet|geruststellen|-1.0
w:inzet|bedanken|-1.56
w:inzetten|prijzen|0.93
w:iris|afronding-aankondigen|-1.0
w:irritant|ik-boodschap|-0.84
w:irriteert|jij-boodschap|1.32
w:irriteert|bekritiseren|1.66
w:is|ik-boodschap|-0.97
w:is|jij-boodschap|0.33
w:is|parafrase|0.78
w:is|gevoelsreflectie|-2.07
w:is|samenvatting|-1.18
w:is|open-vraag|0.13
w:is|aanmoediging|-1.92
w:is|bevelen|-0.3
w:is|waarschuwen|-1.01
w:is|adviseren|-0.91
w:is|bekritiseren|-1.5
w:is|prijzen|-1.95
w:is|etiketteren|-0.95
w:is|interpreteren|-1.87
w:is|geruststellen|-1.88
w:is|ondervragen|-2.91
w:is|afleiden|-1.3
w:is|afronding-aankondigen|-1.03
w:is|vervolgafspraak|-0.96
w:is|bedanken|-1.96
w:ja|samenvatting|-0.98
w:ja|open-vraag|-0.88
w:ja|aanmoediging|1.82
w:ja|bekritiseren|-0.93
w:ja|etiketteren|1.0
w:ja|geruststellen|-0.99
w:ja|ondervragen|-0.97
w:ja|afleiden|0.94
w:jaar|ik-boodschap|-1.0
w:jaar|jij-boodschap|-0.36
w:jaar|gevoelsreflectie|-0.72
w:jaar|open-vraag|1.0
w:jaar|waarschuwen|0.9
w:jaar|argumenteren|-0.97
w:jaar|bekritiseren|-0.98
w:jaar|etiketteren|0.91
w:jaar|geruststellen|1.2
w:jaar|ondervragen|-0.96
w:jaar|vervolgafspraak|-0.93
w:jaarlaag|geruststellen|-0.87
w:jaloers|jij-boodschap|-0.74
w:jammer|ik-boodschap|1.6
w:jammer|gevoelsreflectie|-0.74
w:jammer|open-vraag|-1.04
w:jammer|adviseren|0.91
w:jammer|afronding-aankondigen|-1.0
w:jansen|etiketteren|-0.99
w:januari|ik-boodschap|0.96
w:jayden|jij-boodschap|-0.97
w:jayden|gevoelsreflectie|0.99
w:jayden|open-vraag|0.97
w:jayden|bevelen|0.81
w:jayden|bekritiseren|-0.86
w:je|ik-boodschap|-0.5
w:je|jij-boodschap|-1.0
w:je|parafrase|-2.04
w:je|gevoelsreflectie|-1.86
w:je|samenvatting|0.75
w:je|open-vraag|-1.11
w:je|bevelen|-1.37
w:je|waarschuwen|-0.82
w:je|moraliseren|0.83
w:je|adviseren|-1.11
w:je|argumenteren|-3.02
w:je|bekritiseren|-1.86
w:je|prijzen|-1.01
w:je|etiketteren|-1.89
w:je|interpreteren|0.91
w:je|geruststellen|-1.86
w:je|ondervragen|-0.25
w:je|afleiden|-1.21
w:je|afronding-aankondigen|-1.95
w:je|vervolgafspraak|-1.86
w:je|bedanken|-1.39
w:jesse|ik-boodschap|1.08
w:jesse|jij-boodschap|-0.91
w:jesse|parafrase|0.94
w:jesse|samenvatting|-0.75
w:jesse|waarschuwen|-1.91
w:jesse|bekritiseren|-1.92
w:jesse|vervolgafspraak|-0.95
w:jezelf|ik-boodschap|0.95
w:jezelf|etiketteren|-0.63
w:jij|ik-boodschap|0.19
w:jij|jij-boodschap|5.1
w:jij|parafrase|-0.88
w:jij|samenvatting|-0.98
w:jij|open-vraag|0.13
w:jij|waarschuwen|-0.99
w:jij|moraliseren|-1.0
w:jij|adviseren|-1.81
w:jij|argumenteren|-1.96
w:jij|bekritiseren|3.45
w:jij|prijzen|1.92
w:jij|etiketteren|-0.85
w:jij|interpreteren|-1.9
w:jij|ondervragen|-0.98
w:jij|afronding-aankondigen|-1.0
w:jij|vervolgafspraak|-0.87
w:jij|bedanken|-1.0
w:joep|jij-boodschap|1.34
w:joep|bekritiseren|1.77
w:joh|jij-boodschap|-0.53
w:joh|gevoelsreflectie|0.97
w:joh|open-vraag|-0.94
w:joh|bekritiseren|-0.62
w:joh|geruststellen|0.94
w:joh|afleiden|0.99
w:jongen|jij-boodschap|0.12
w:jongen|moraliseren|-0.9
w:jongen|bekritiseren|-0.78
w:jongen|prijzen|0.98
w:jongens|moraliseren|-0.99
w:jou|ik-boodschap|0.22
w:jou|parafrase|-0.92
w:jou|gevoelsreflectie|0.1
w:jou|samenvatting|-0.97
w:jou|bevelen|-0.91
w:jou|waarschuwen|-0.93
w:jou|etiketteren|-0.99
w:jou|interpreteren|1.0
w:jou|afleiden|-0.99
w:jou|afronding-aankondigen|-1.0
w:jou|vervolgafspraak|0.91
w:jouw|samenvatting|-0.97
w:jouw|adviseren|0.92
w:julia|open-vraag|-0.92
w:julian|jij-boodschap|-0.73
w:jullie|ik-boodschap|-1.91
w:jullie|jij-boodschap|1.8
w:jullie|parafrase|0.94
w:jullie|gevoelsreflectie|-1.0
w:jullie|open-vraag|0.99
w:jullie|bevelen|-0.99
w:jullie|waarschuwen|-1.06
w:jullie|moraliseren|-1.0
w:jullie|adviseren|-0.9
w:jullie|argumenteren|-0.99
w:jullie|bekritiseren|1.74
w:jullie|prijzen|1.65
w:jullie|etiketteren|-0.97
w:jullie|interpreteren|0.99
w:jullie|afleiden|-1.0
w:jullie|afronding-aankondigen|-0.19
w:jullie|bedanken|0.99
w:kader|adviseren|-0.92
w:kalm|geruststellen|-0.99
w:kamer|ik-boodschap|0.98
w:kamer|open-vraag|-0.98
w:kamer|moraliseren|-0.98
w:kamer|adviseren|0.87
w:kamer|geruststellen|-0.93
w:kamp|ik-boodschap|-0.96
w:kamp|gevoelsreflectie|0.94
w:kamp|samenvatting|0.96
w:kamp|open-vraag|-0.86
w:kamp|waarschuwen|0.99
w:kamp|moraliseren|-0.84
w:kamp|argumenteren|-0.99
w:kamp|afleiden|0.89
w:kampweek|parafrase|-0.92
w:kampweek|samenvatting|0.92
w:kan|ik-boodschap|3.69
w:kan|jij-boodschap|-0.58
w:kan|parafrase|-1.76
w:kan|gevoelsreflectie|1.03
w:kan|samenvatting|-1.83
w:kan|open-vraag|-0.17
w:kan|bevelen|1.0
w:kan|waarschuwen|-1.03
w:kan|moraliseren|-1.9
w:kan|adviseren|-0.18
w:kan|argumenteren|1.9
w:kan|bekritiseren|-0.98
w:kan|prijzen|2.14
w:kan|etiketteren|-2.97
w:kan|geruststellen|-1.0
w:kan|ondervragen|-1.93
w:kan|afleiden|-1.0
w:kan|afronding-aankondigen|-1.0
w:kan|vervolgafspraak|0.93
w:kans|ik-boodschap|0.98
w:kans|samenvatting|0.9
w:kans|bevelen|0.93
w:kantine|ik-boodschap|0.99
w:kapot|open-vraag|-1.0
w:karin|bekritiseren|-0.93
w:kast|adviseren|1.0
w:keer|ik-boodschap|-0.77
w:keer|jij-boodschap|-0.8
w:keer|gevoelsreflectie|-1.6
w:keer|samenvatting|0.24
w:keer|bevelen|0.42
w:keer|waarschuwen|0.97
w:keer|moraliseren|-1.0
w:keer|adviseren|-1.95
w:keer|argumenteren|-0.96
w:keer|bekritiseren|0.94
w:keer|prijzen|-0.97
w:keer|interpreteren|-0.99
w:keer|geruststellen|-0.99
w:keer|afleiden|0.9
w:keer|vervolgafspraak|1.12
w:keer|bedanken|-0.99
w:kennen|moraliseren|0.99
w:kennen|argumenteren|0.82
w:kennen|afleiden|-0.99
w:kent|parafrase|-1.0
w:kerst|bekritiseren|-0.81
w:kerst|geruststellen|0.81
w:kerstdiner|prijzen|0.92
w:kerstdiner|vervolgafspraak|-0.82
w:kerstdiner|bedanken|-0.92
w:keuken|ik-boodschap|-0.92
w:keuken|adviseren|0.99
w:keus|jij-boodschap|-0.97
w:keus|prijzen|0.97
w:keuze|bekritiseren|0.75
w:keuzevak|open-vraag|-0.93
w:kevin|etiketteren|-0.94
w:kijk|ik-boodschap|-0.94
w:kijk|jij-boodschap|-0.54
w:kijk|open-vraag|0.99
w:kijk|bevelen|0.97
w:kijk|moraliseren|-0.96
w:kijk|adviseren|-0.93
w:kijk|argumenteren|1.63
w:kijk|bekritiseren|-0.9
w:kijk|etiketteren|-1.0
w:kijk|afleiden|-1.0
w:kijken|ik-boodschap|-0.95
w:kijken|parafrase|-1.91
w:kijken|samenvatting|0.15
w:kijken|open-vraag|-0.99
w:kijken|interpreteren|-1.0
w:kijken|afronding-aankondigen|-0.99
w:kijken|vervolgafspraak|0.11
w:kijkt|jij-boodschap|-0.97
w:kijkt|gevoelsreflectie|4.27
w:kijkt|samenvatting|-0.79
w:kijkt|open-vraag|0.97
w:kijkt|argumenteren|0.9
w:kijkt|bekritiseren|-0.86
w:kijkt|prijzen|-0.93
w:kijkt|bedanken|-0.54
w:kim|ik-boodschap|-0.93
w:kind|ik-boodschap|-0.98
w:kind|jij-boodschap|-0.94
w:kind|gevoelsreflectie|0.97
w:kind|moraliseren|2.89
w:kind|adviseren|-0.96
w:kind|bekritiseren|-0.94
w:kinderachtig|etiketteren|0.94
w:kinderen|ik-boodschap|-1.0
w:kinderen|jij-boodschap|0.86
w:kinderen|open-vraag|-1.0
w:kinderen|bevelen|-0.74
w:kinderen|moraliseren|1.0
w:kinderen|bekritiseren|-0.99
w:kinderen|etiketteren|0.99
w:kinderen|geruststellen|0.82
w:kinderen|afleiden|-1.65
w:klaar|bevelen|0.94
w:klaar|argumenteren|-0.91
w:klaar|vervolgafspraak|-1.0
w:klaarstaat|prijzen|0.92
w:klaarstaat|vervolgafspraak|-0.82
w:klaarstaat|bedanken|-0.92
w:klacht|bekritiseren|0.99
w:klap|geruststellen|0.99
w:klas|jij-boodschap|-1.15
w:klas|parafrase|1.96
w:klas|gevoelsreflectie|-1.85
w:klas|samenvatting|-1.58
w:klas|open-vraag|-0.85
w:klas|bevelen|-1.0
w:klas|waarschuwen|-0.92
w:klas|moraliseren|-1.94
w:klas|adviseren|-1.9
w:klas|argumenteren|0.88
w:klas|bekritiseren|-1.15
w:klas|etiketteren|1.8
w:klas|interpreteren|-0.99
w:klas|geruststellen|1.76
w:klas|ondervragen|-0.98
w:klas|afleiden|-0.93
w:klas|afronding-aankondigen|-0.89
w:klas|vervolgafspraak|-0.94
w:klasgenoot|ik-boodschap|1.62
w:klasgenoot|jij-boodschap|-0.95
w:klasgenoot|bekritiseren|-0.87
w:klasgenoten|jij-boodschap|-1.8
w:klasgenoten|moraliseren|1.91
w:klasgenoten|bekritiseren|-0.91
w:klassen|vervolgafspraak|-0.94
w:klassieke|jij-boodschap|0.82
w:klassieke|bevelen|-0.99
w:kleedkamer|open-vraag|-0.99
w:klein|etiketteren|-0.91
w:kleren|parafrase|0.97
w:kleren|gevoelsreflectie|0.78
w:kleren|samenvatting|-0.97
w:kleren|open-vraag|-0.97
w:kletsen|bekritiseren|0.91
w:kleuter|jij-boodschap|1.87
w:kleuter|etiketteren|0.98
w:kleuterachtig|etiketteren|1.51
w:klinkt|jij-boodschap|0.97
w:klinkt|parafrase|-1.81
w:klinkt|gevoelsreflectie|4.29
w:klinkt|samenvatting|-0.97
w:klinkt|argumenteren|-0.98
w:klinkt|bekritiseren|-0.85
w:klinkt|etiketteren|0.99
w:klinkt|afleiden|-0.93
w:klopt|ik-boodschap|-0.92
w:klopt|gevoelsreflectie|0.92
w:klopt|samenvatting|0.98
w:klopt|aanmoediging|-0.98
w:klopt|argumenteren|0.99
w:klopt|geruststellen|-1.91
w:kluis|bevelen|-0.38
w:kluis|prijzen|0.85
w:kluisjes|ik-boodschap|0.92
w:knap|prijzen|0.94
w:knap|ondervragen|-0.94
w:knap|bedanken|1.0
w:koelkast|samenvatting|-1.0
w:koelkast|adviseren|1.0
w:koffie|open-vraag|-0.98
w:kom|ik-boodschap|0.99
w:kom|jij-boodschap|-0.54
w:kom|bekritiseren|-0.9
w:kom|geruststellen|-0.99
w:komen|jij-boodschap|0.65
w:komen|parafrase|0.9
w:komen|samenvatting|0.35
w:komen|bevelen|-0.99
w:komen|adviseren|-0.74
w:komen|bekritiseren|0.95
w:komen|etiketteren|-0.99
w:komen|afleiden|-0.99
w:komen|afronding-aankondigen|0.81
w:komen|vervolgafspraak|-0.91
w:komst|argumenteren|-0.97
w:komst|bedanken|1.96
w:komt|ik-boodschap|1.54
w:komt|jij-boodschap|1.85
w:komt|parafrase|-0.84
w:komt|gevoelsreflectie|0.92
w:komt|samenvatting|-0.91
w:komt|open-vraag|-0.12
w:komt|bevelen|-3.21
w:komt|waarschuwen|-0.86
w:komt|moraliseren|-0.94
w:komt|argumenteren|-0.9
w:komt|bekritiseren|0.92
w:komt|prijzen|-0.93
w:komt|geruststellen|3.87
w:komt|ondervragen|-1.0
w:komt|afleiden|-2.57
w:komt|vervolgafspraak|-1.94
w:komt|bedanken|-1.0
w:kon|jij-boodschap|-0.91
w:kon|gevoelsreflectie|-0.6
w:kon|open-vraag|0.98
w:kon|waarschuwen|-1.0
w:kon|adviseren|0.91
w:kon|argumenteren|-1.0
w:kon|bekritiseren|-0.98
w:kon|bedanken|-1.94
w:konden|afronding-aankondigen|0.81
w:kopie|vervolgafspraak|-0.97
w:kort|ik-boodschap|-0.96
w:kort|samenvatting|0.79
w:kort|interpreteren|-0.85
w:kortom|ik-boodschap|-0.98
w:kortom|jij-boodschap|1.83
w:kortom|gevoelsreflectie|-0.99
w:kortom|samenvatting|2.09
w:kortom|open-vraag|-0.98
w:kortom|aanmoediging|-1.0
w:kortom|bevelen|-1.9
w:kortom|adviseren|-0.99
w:kortom|bekritiseren|2.36
w:kortom|geruststellen|-0.94
w:kortom|afronding-aankondigen|1.14
w:kortom|vervolgafspraak|0.94
w:kost|open-vraag|0.99
w:kosten|waarschuwen|0.96
w:kreeg|gevoelsreflectie|0.82
w:krijg|ik-boodschap|-0.98
w:krijg|waarschuwen|1.0
w:krijg|interpreteren|-1.0
w:krijgen|interpreteren|0.98
w:krijgt|parafrase|0.94
w:krijgt|samenvatting|1.15
w:krijgt|adviseren|-1.0
w:krijgt|argumenteren|0.93
w:krijgt|bekritiseren|-0.99
w:krijgt|prijzen|0.83
w:krijgt|interpreteren|1.0
w:krijgt|geruststellen|-0.87
w:krijgt|vervolgafspraak|1.91
w:kritiek|jij-boodschap|1.39
w:kritiek|bekritiseren|0.9
w:kun|argumenteren|0.66
w:kun|prijzen|1.0
w:kun|geruststellen|-0.96
w:kun|ondervragen|-0.98
w:kun|bedanken|-1.0
w:kunnen|ik-boodschap|0.93
w:kunnen|parafrase|0.17
w:kunnen|gevoelsreflectie|-0.21
w:kunnen|samenvatting|-0.98
w:kunnen|adviseren|0.9
w:kunnen|argumenteren|0.98
w:kunnen|bekritiseren|0.64
w:kunnen|interpreteren|-0.98
w:kunnen|geruststellen|-0.93
w:kunnen|vervolgafspraak|-0.95
w:kunt|ik-boodschap|0.93
w:kunt|jij-boodschap|-0.8
w:kunt|bevelen|-1.0
w:kunt|adviseren|3.86
w:kwaad|gevoelsreflectie|0.83
w:kwaad|open-vraag|-0.99
w:kwalijk|jij-boodschap|0.99
w:kwalijk|gevoelsreflectie|-0.99
w:kwalijk|bekritiseren|0.99
w:kwam|ik-boodschap|0.95
w:kwam|jij-boodschap|-0.94
w:kwam|gevoelsreflectie|-1.73
w:kwam|afronding-aankondigen|-1.97
w:kwart|bevelen|0.91
w:kwart|interpreteren|-0.89
w:kwartaal|jij-boodschap|-0.88
w:kwartaal|bekritiseren|-0.93
w:kwijt|jij-boodschap|-0.99
w:kwijt|samenvatting|-0.99
w:kán|parafrase|-0.94
w:kán|argumenteren|0.94
w:laag|parafrase|0.93
w:laag|samenvatting|-0.83
w:laag|argumenteren|1.76
w:laars|jij-boodschap|0.88
w:laars|samenvatting|-0.88
w:laars|bekritiseren|0.34
w:laat|ik-boodschap|-0.93
w:laat|jij-boodschap|0.98
w:laat|parafrase|-0.85
w:laat|gevoelsreflectie|-1.99
w:laat|open-vraag|-0.97
w:laat|bevelen|-1.51
w:laat|waarschuwen|0.84
w:laat|moraliseren|0.86
w:laat|adviseren|0.37
w:laat|argumenteren|-0.78
w:laat|bekritiseren|1.06
w:laat|prijzen|0.33
w:laat|interpreteren|-0.99
w:laat|ondervragen|1.79
w:laat|vervolgafspraak|-0.99
w:laatste|ik-boodschap|-0.91
w:laatste|jij-boodschap|-0.69
w:laatste|open-vraag|-0.92
w:laatste|waarschuwen|0.99
w:laatste|bekritiseren|-0.29
w:laatste|interpreteren|-0.73
w:laatste|geruststellen|0.92
w:laatste|afleiden|-0.87
w:lachen|geruststellen|0.97
w:lag|ondervragen|0.93
w:lage|samenvatting|0.79
w:lang|waarschuwen|1.0
w:lang|geruststellen|-0.99
w:lang|vervolgafspraak|-1.0
w:langst|moraliseren|0.95
w:lapt|jij-boodschap|0.88
w:lapt|samenvatting|-0.88
w:lapt|bekritiseren|0.34
w:laptop|ik-boodschap|1.85
w:laptop|open-vraag|-0.99
w:lars|prijzen|-0.96
w:lars|afleiden|0.71
w:last|argumenteren|-0.99
w:last|geruststellen|0.99
w:lastig|ik-boodschap|-0.99
w:lastig|gevoelsreflectie|0.84
w:lastig|samenvatting|-1.0
w:lastige|argumenteren|-0.9
w:lastpak|jij-boodschap|0.52
w:lastpak|bekritiseren|-0.99
w:lat|interpreteren|0.99
w:laten|ik-boodschap|1.77
w:laten|jij-boodschap|1.0
w:laten|parafrase|-1.8
w:laten|gevoelsreflectie|-1.8
w:laten|samenvatting|-0.97
w:laten|bevelen|-1.0
w:laten|moraliseren|-1.0
w:laten|adviseren|0.95
w:laten|argumenteren|-0.97
w:laten|prijzen|-2.0
w:laten|interpreteren|0.91
w:laten|geruststellen|-0.99
w:laten|ondervragen|-1.98
w:laten|afleiden|0.26
w:laten|afronding-aankondigen|2.95
w:laten|bedanken|-0.89
w:later|jij-boodschap|-0.92
w:later|open-vraag|-0.96
w:later|afleiden|0.96
w:leeftijd|moraliseren|-0.99
w:leeftijd|bekritiseren|-0.69
w:leeftijd|geruststellen|-0.86
w:leeftijd|afleiden|1.08
w:leek|jij-boodschap|0.88
w:leek|samenvatting|-0.88
w:leek|bekritiseren|0.34
w:leerling|jij-boodschap|-0.55
w:leerling|moraliseren|1.59
w:leerling|argumenteren|-1.63
w:leerling|bekritiseren|-0.99
w:leerling|prijzen|0.98
w:leerlingen|jij-boodschap|-0.81
w:leerlingen|adviseren|-0.95
w:leerlingen|argumenteren|0.87
w:leerlingen|prijzen|0.96
w:leerlingen|etiketteren|-0.96
w:leerlingen|geruststellen|0.99
w:leerplicht|ik-boodschap|-1.95
w:leerplichtambtenaar|ik-boodschap|-0.98
w:leerplichtambtenaar|waarschuwen|0.84
w:leert|ik-boodschap|1.84
w:leert|vervolgafspraak|0.96
w:leerweg|adviseren|-0.92
w:leest|ik-boodschap|-0.98
w:leg|bevelen|1.41
w:leg|adviseren|-0.99
w:leggen|open-vraag|-0.98
w:leggen|bevelen|0.93
w:leggen|moraliseren|-0.98
w:leggen|adviseren|1.96
w:leggen|bekritiseren|-0.71
w:leggen|geruststellen|-0.93
w:legt|interpreteren|0.99
w:lekker|ik-boodschap|0.96
w:lekker|jij-boodschap|-0.95
w:lekker|waarschuwen|-0.85
w:lekker|argumenteren|-0.96
w:lekker|bekritiseren|1.81
w:leraar|adviseren|-0.99
w:leren|ik-boodschap|-0.92
w:leren|jij-boodschap|-0.99
w:leren|parafrase|1.81
w:leren|samenvatting|-1.45
w:leren|bevelen|-0.9
w:leren|moraliseren|0.12
w:leren|argumenteren|-0.91
w:leren|bekritiseren|1.0
w:leren|interpreteren|-1.91
w:leren|geruststellen|-1.89
w:les|ik-boodschap|-1.62
w:les|jij-boodschap|0.98
w:les|parafrase|-0.93
w:les|samenvatting|-0.99
w:les|open-vraag|1.87
w:les|waarschuwen|1.0
w:les|adviseren|-0.2
w:les|argumenteren|-0.94
w:les|bekritiseren|1.77
w:les|geruststellen|-1.0
w:lessen|jij-boodschap|-0.66
w:lessen|samenvatting|0.94
w:lessen|bekritiseren|0.92
w:let|jij-boodschap|0.13
w:let|samenvatting|0.29
w:let|bekritiseren|-1.0
w:let|interpreteren|-0.99
w:let|geruststellen|0.98
w:let|bedanken|-0.77
w:letten|ik-boodschap|-0.92
w:letten|adviseren|-1.0
w:letten|geruststellen|1.0
w:leuke|afleiden|0.97
w:leukere|afleiden|0.93
w:leukste|jij-boodschap|-0.81
w:leukste|prijzen|0.96
w:leukste|etiketteren|-0.96
w:leven|bevelen|-0.9
w:leven|moraliseren|0.94
w:leven|bekritiseren|-0.89
w:leven|geruststellen|-0.99
w:leven|afleiden|0.64
w:lever|bevelen|1.77
w:lever|interpreteren|-0.99
w:levert|ik-boodschap|-0.97
w:levert|argumenteren|0.97
w:lezen|ik-boodschap|-0.93
w:lezen|parafrase|0.93
w:lezen|adviseren|0.96
w:lezen|geruststellen|0.96
w:lichten|vervolgafspraak|0.95
w:lieg|jij-boodschap|2.35
w:lieg|bekritiseren|2.61
w:lieg|ondervragen|-1.81
w:liegen|waarschuwen|-0.93
w:liegen|moraliseren|0.97
w:liegen|argumenteren|-0.97
w:lieke|ik-boodschap|0.21
w:lieke|parafrase|-0.97
w:lieke|waarschuwen|-0.93
w:liever|geruststellen|-0.7
w:liever|afleiden|0.89
w:lig|jij-boodschap|1.34
w:lig|adviseren|-0.79
w:lig|bekritiseren|1.77
w:liggen|gevoelsreflectie|-0.95
w:liggen|open-vraag|-1.0
w:liggen|moraliseren|1.0
w:liggen|argumenteren|-0.95
w:liggen|prijzen|-1.0
w:liggen|afleiden|0.38
w:ligt|gevoelsreflectie|0.97
w:ligt|open-vraag|0.97
w:ligt|argumenteren|1.0
w:ligt|bekritiseren|-0.87
w:ligt|geruststellen|0.94
w:ligt|vervolgafspraak|-0.97
w:ligt|bedanken|-0.97
w:lijkt|gevoelsreflectie|0.9
w:lijkt|adviseren|-0.96
w:lijkt|geruststellen|0.94
w:lisa|jij-boodschap|-0.96
w:logisch|moraliseren|-0.96
w:logisch|argumenteren|1.55
w:lokaal|ik-boodschap|0.97
w:lokaal|vervolgafspraak|0.94
w:loop|ik-boodschap|0.96
w:loop|samenvatting|-1.0
w:loop|waarschuwen|-0.92
w:loop|adviseren|-1.0
w:loop|vervolgafspraak|0.96
w:loopt|ik-boodschap|0.98
w:loopt|parafrase|0.95
w:loopt|gevoelsreflectie|-0.85
w:loopt|samenvatting|0.7
w:loopt|bevelen|-0.94
w:lopen|geruststellen|0.95
w:lopen|ondervragen|0.91
w:los|interpreteren|0.98
w:loslaten|prijzen|0.72
w:lossen|bevelen|-0.99
w:lossen|moraliseren|-0.99
w:lotte|ik-boodschap|0.92
w:lotte|parafrase|1.0
w:lotte|samenvatting|-0.7
w:lotte|bekritiseren|-2.6
w:lotte|etiketteren|0.98
w:lotte|afleiden|0.97
w:lucas|waarschuwen|0.99
w:lucas|moraliseren|-0.84
w:lucas|argumenteren|-0.99
w:lui|ik-boodschap|-0.91
w:lui|jij-boodschap|0.97
w:lui|bekritiseren|1.66
w:lui|etiketteren|0.14
w:lui|interpreteren|0.6
w:lui|geruststellen|0.11
w:luie|jij-boodschap|0.98
w:luie|etiketteren|0.98
w:luiste|jij-boodschap|1.72
w:luiste|etiketteren|0.91
w:luister|gevoelsreflectie|0.97
w:luister|open-vraag|-0.98
w:luister|aanmoediging|1.98
w:luister|bekritiseren|-0.83
w:luistert|gevoelsreflectie|-0.79
w:luistert|moraliseren|-0.97
w:luistert|bekritiseren|0.86
w:luistert|etiketteren|-0.99
w:luistert|interpreteren|-0.9
w:lukt|parafrase|-0.99
w:lukt|samenvatting|0.93
w:lukt|adviseren|-0.99
w:lukt|geruststellen|-1.84
w:lunch|open-vraag|0.99
w:luuk|ik-boodschap|-0.91
w:luuk|jij-boodschap|1.87
w:luuk|etiketteren|0.98
w:luuk|vervolgafspraak|-0.88
w:maak|ik-boodschap|-1.96
w:maak|bevelen|-0.27
w:maak|waarschuwen|-1.0
w:maak|moraliseren|-0.98
w:maak|adviseren|-0.69
w:maak|argumenteren|0.97
w:maak|geruststellen|0.96
w:maak|vervolgafspraak|-0.99
w:maak|bedanken|-1.0
w:maakt|ik-boodschap|-0.62
w:maakt|jij-boodschap|2.36
w:maakt|gevoelsreflectie|0.5
w:maakt|open-vraag|1.84
w:maakt|waarschuwen|-0.91
w:maakt|bekritiseren|-0.45
w:maakt|prijzen|-0.96
w:maakt|etiketteren|0.97
w:maakt|geruststellen|0.84
w:maakt|vervolgafspraak|0.97
w:maakte|interpreteren|-0.73
w:maand|ik-boodschap|1.0
w:maand|parafrase|-1.0
w:maand|open-vraag|1.0
w:maand|afleiden|0.93
w:maand|afronding-aankondigen|-0.99
w:maand|vervolgafspraak|0.97
w:maandag|ik-boodschap|0.96
w:maandag|gevoelsreflectie|0.82
w:maandag|bevelen|0.85
w:maandag|bekritiseren|-0.9
w:maandag|vervolgafspraak|1.76
w:maandagochtend|open-vraag|-0.98
w:maandje|geruststellen|0.94
w:maar|jij-boodschap|2.42
w:maar|parafrase|0.41
w:maar|gevoelsreflectie|-0.22
w:maar|samenvatting|-1.77
w:maar|open-vraag|-2.46
w:maar|aanmoediging|0.86
w:maar|bevelen|-1.76
w:maar|waarschuwen|-0.86
w:maar|moraliseren|-0.78
w:maar|adviseren|-0.6
w:maar|argumenteren|1.82
w:maar|bekritiseren|1.46
w:maar|prijzen|-0.97
w:maar|interpreteren|0.98
w:maar|geruststellen|2.84
w:maar|ondervragen|0.99
w:maar|afleiden|2.63
w:maar|afronding-aankondigen|0.95
w:maar|vervolgafspraak|-0.88
w:maart|samenvatting|0.96
w:maart|prijzen|-0.96
w:maart|vervolgafspraak|0.96
w:machteloos|ik-boodschap|0.93
w:machteloos|parafrase|-0.98
w:machteloos|gevoelsreflectie|2.78
w:mag|open-vraag|-0.86
w:mag|waarschuwen|0.99
w:mag|adviseren|-0.37
w:mag|vervolgafspraak|0.99
w:magister|jij-boodschap|-1.05
w:magister|parafrase|-0.75
w:magister|argumenteren|-0.8
w:magister|bekritiseren|1.45
w:magister|geruststellen|-0.99
w:magister|bedanken|-1.97
w:mail|ik-boodschap|-0.98
w:mail|jij-boodschap|0.96
w:mail|gevoelsreflectie|-0.78
w:mail|samenvatting|-0.16
w:mail|bekritiseren|1.74
w:mail|etiketteren|-0.99
w:mail|geruststellen|-1.0
w:mail|ondervragen|1.86
w:mail|afronding-aankondigen|0.93
w:mail|bedanken|0.98
w:mails|gevoelsreflectie|0.87
w:mails|bekritiseren|1.63
w:mails|prijzen|-0.98
w:mails|etiketteren|-1.0
w:mails|geruststellen|-0.94
w:mails|afronding-aankondigen|-1.0
w:maken|ik-boodschap|0.96
w:maken|jij-boodschap|0.98
w:maken|gevoelsreflectie|-0.6
w:maken|open-vraag|0.98
w:maken|adviseren|0.91
w:maken|argumenteren|-1.0
w:maken|bekritiseren|0.86
w:maken|interpreteren|1.0
w:maken|geruststellen|0.98
w:maken|afleiden|1.12
w:maken|vervolgafspraak|2.72
w:maken|bedanken|-1.0
w:makkelijk|jij-boodschap|0.52
w:makkelijk|moraliseren|-0.9
w:makkelijk|adviseren|0.82
w:makkelijk|bekritiseren|1.81
w:makkelijk|prijzen|1.86
w:makkelijk|etiketteren|-0.98
w:makkelijk|interpreteren|0.94
w:man|ik-boodschap|0.68
w:man|parafrase|-0.99
w:man|gevoelsreflectie|-0.99
w:man|samenvatting|-0.83
w:man|vervolgafspraak|-0.99
w:manier|adviseren|-0.74
w:mark|etiketteren|0.72
w:marokko|jij-boodschap|-0.7
w:me|ik-boodschap|6.81
w:me|jij-boodschap|-0.67
w:me|parafrase|-0.91
w:me|gevoelsreflectie|-0.11
w:me|samenvatting|-1.97
w:me|open-vraag|-0.99
w:me|bevelen|2.49
w:me|moraliseren|-0.98
w:me|adviseren|-2.08
w:me|argumenteren|-1.94
w:me|bekritiseren|0.82
w:me|prijzen|0.98
w:me|interpreteren|-0.99
w:me|geruststellen|-1.83
w:me|afleiden|-0.97
w:me|vervolgafspraak|-0.98
w:mede|jij-boodschap|1.76
w:mede|bekritiseren|1.76
w:medewerking|bekritiseren|0.93
w:medewerking|bedanken|-1.79
w:mediatheek|samenvatting|0.83
w:mee|ik-boodschap|0.91
w:mee|jij-boodschap|1.47
w:mee|gevoelsreflectie|2.9
w:mee|samenvatting|-1.0
w:mee|open-vraag|-0.88
w:mee|bevelen|-0.93
w:mee|moraliseren|0.1
w:mee|argumenteren|-0.99
w:mee|bekritiseren|1.14
w:mee|prijzen|0.83
w:mee|interpreteren|0.98
w:mee|geruststellen|-0.84
w:mee|afleiden|-0.94
w:mee|afronding-aankondigen|0.97
w:meedenken|bedanken|1.67
w:meedenkend|waarschuwen|-0.91
w:meedenkt|bevelen|-0.97
w:meedoen|ik-boodschap|1.8
w:meegenomen|gevoelsreflectie|-0.67
w:meegewerkt|jij-boodschap|-0.99
w:meegewerkt|parafrase|-0.99
w:meegewerkt|bekritiseren|-0.99
w:meegewerkt|prijzen|0.99
w:meekrijgen|moraliseren|0.92
w:meekwam|parafrase|-1.0
w:meekwam|interpreteren|-1.0
w:meekwam|afleiden|-1.0
w:meekwam|afronding-aankondigen|1.0
w:meeneemt|jij-boodschap|-0.9
w:meeneemt|open-vraag|0.92
w:meeneemt|waarschuwen|-0.9
w:meeneemt|bekritiseren|-0.9
w:meeneemt|ondervragen|-0.99
w:meer|ik-boodschap|1.59
w:meer|jij-boodschap|-1.84
w:meer|parafrase|-0.99
w:meer|gevoelsreflectie|-1.03
w:meer|samenvatting|0.13
w:meer|open-vraag|-0.98
w:meer|moraliseren|1.77
w:meer|adviseren|1.11
w:meer|argumenteren|0.9
w:meer|bekritiseren|-0.98
w:meer|geruststellen|-0.99
w:meer|ondervragen|1.0
w:meer|afronding-aankondigen|-0.79
w:meer|bedanken|0.97
w:meest|open-vraag|1.94
w:meest|afleiden|-0.97
w:meewerken|open-vraag|-0.99
w:mei|afronding-aankondigen|-1.0
w:meid|jij-boodschap|-0.89
w:meid|samenvatting|-1.0
w:meid|bekritiseren|-1.52
w:meid|prijzen|1.0
w:meid|geruststellen|-0.91
w:meid|afronding-aankondigen|-1.0
w:meid|bedanken|-1.0
w:meisjes|ik-boodschap|-0.94
w:meisjes|moraliseren|0.94
w:meisjes|afleiden|-0.94
w:meisjes|vervolgafspraak|-0.94
w:meld|ik-boodschap|-0.99
w:meld|waarschuwen|1.0
w:meld|vervolgafspraak|-1.0
w:melden|jij-boodschap|0.97
w:melden|waarschuwen|-0.13
w:melden|argumenteren|0.97
w:melden|bekritiseren|0.97
w:melding|jij-boodschap|-0.97
w:meldt|samenvatting|-0.55
w:meldt|bevelen|0.98
w:meldt|ondervragen|-0.91
w:meneer|jij-boodschap|0.47
w:meneer|samenvatting|-0.97
w:meneer|etiketteren|0.98
w:meneer|geruststellen|0.98
w:mentor|ik-boodschap|-1.0
w:mentor|bedanken|-0.17
w:mentorgroep|ik-boodschap|-0.96
w:mentorlessen|gevoelsreflectie|-0.85
w:mentorlessen|samenvatting|0.7
w:merk|ik-boodschap|0.89
w:merk|jij-boodschap|1.0
w:merk|parafrase|-1.97
w:merk|samenvatting|-0.98
w:merk|moraliseren|-1.0
w:merk|argumenteren|-0.99
w:merk|etiketteren|0.75
w:merk|geruststellen|-0.99
w:merk|afleiden|-1.0
w:merk|bedanken|0.17
w:merken|gevoelsreflectie|0.97
w:merken|bedanken|-0.97
w:merkt|ik-boodschap|1.0
w:merkt|gevoelsreflectie|-0.99
w:met|ik-boodschap|2.12
w:met|jij-boodschap|-1.09
w:met|samenvatting|2.68
w:met|open-vraag|-1.86
w:met|bevelen|-0.85
w:met|waarschuwen|-1.91
w:met|moraliseren|-1.95
w:met|adviseren|1.81
w:met|argumenteren|-2.0
w:met|bekritiseren|-0.42
w:met|prijzen|-0.75
w:met|etiketteren|-1.97
w:met|geruststellen|0.13
w:met|ondervragen|-0.99
w:met|afleiden|0.69
w:met|vervolgafspraak|0.89
w:meteen|gevoelsreflectie|0.99
w:meteen|moraliseren|-1.0
w:meteen|bekritiseren|-1.65
w:meteen|etiketteren|0.96
w:meteen|geruststellen|-0.99
w:meteen|ondervragen|0.99
w:methode|geruststellen|-0.97
w:mevrouw|jij-boodschap|1.96
w:mevrouw|open-vraag|-0.98
w:mevrouw|bevelen|1.9
w:mevrouw|bekritiseren|0.28
w:mevrouw|etiketteren|0.92
w:mevrouw|interpreteren|-0.99
w:middag|ik-boodschap|0.99
w:middag|parafrase|0.96
w:middelpunt|argumenteren|-0.94
w:middernacht|jij-boodschap|1.91
w:middernacht|parafrase|0.83
w:middernacht|gevoelsreflectie|-1.0
w:middernacht|bekritiseren|1.97
w:middernacht|prijzen|-0.65
w:middernacht|afleiden|-1.0
w:mij|ik-boodschap|-3.6
w:mij|jij-boodschap|0.99
w:mij|parafrase|-0.8
w:mij|gevoelsreflectie|0.18
w:mij|bevelen|1.42
w:mij|waarschuwen|-0.86
w:mij|adviseren|0.82
w:mij|argumenteren|-0.92
w:mij|bekritiseren|0.45
w:mij|etiketteren|-1.98
w:mij|interpreteren|3.79
w:mij|geruststellen|-0.99
w:mij|ondervragen|0.99
w:mij|afronding-aankondigen|-1.0
w:mijn|ik-boodschap|-0.93
w:mijn|jij-boodschap|-0.64
w:mijn|parafrase|-0.95
w:mijn|samenvatting|0.9
w:mijn|open-vraag|-1.0
w:mijn|waarschuwen|0.93
w:mijn|adviseren|-0.28
w:mijn|argumenteren|-0.98
w:mijn|etiketteren|-1.0
w:mijn|geruststellen|-1.0
w:mijn|afronding-aankondigen|-1.0
w:mijn|bedanken|-0.96
w:mila|jij-boodschap|-0.81
w:mila|open-vraag|0.92
w:mila|moraliseren|0.87
w:mila|prijzen|0.96
w:mila|etiketteren|-0.96
w:milan|ik-boodschap|2.54
w:milan|jij-boodschap|-1.08
w:milan|parafrase|0.83
w:milan|bevelen|-1.0
w:milan|adviseren|1.0
w:milan|bekritiseren|-0.87
w:milan|prijzen|-1.0
w:minder|adviseren|-0.79
w:minste|moraliseren|0.95
w:minuten|open-vraag|0.99
w:minuten|vervolgafspraak|-0.96
w:minuten|bedanken|-0.96
w:mis|ik-boodschap|-0.76
w:mis|parafrase|0.95
w:mis|samenvatting|0.89
w:mis|adviseren|-0.99
w:mis|argumenteren|0.96
w:misgaat|parafrase|0.77
w:misgaat|open-vraag|0.94
w:misschien|ik-boodschap|0.99
w:misschien|gevoelsreflectie|1.11
w:misschien|open-vraag|-0.98
w:misschien|moraliseren|-0.98
w:misschien|adviseren|6.41
w:misschien|argumenteren|-0.99
w:misschien|bekritiseren|-0.71
w:misschien|prijzen|-0.85
w:misschien|geruststellen|-0.96
w:misschien|afleiden|-0.98
w:mist|ik-boodschap|-0.36
w:mist|jij-boodschap|-0.96
w:mist|parafrase|-1.9
w:mist|samenvatting|1.91
w:mist|open-vraag|-0.92
w:mist|waarschuwen|-0.9
w:mist|moraliseren|-0.87
w:mist|argumenteren|1.9
w:mm|parafrase|-0.76
w:mm|aanmoediging|1.98
w:mo|ik-boodschap|0.97
w:mo|waarschuwen|-0.97
w:mobiel|interpreteren|-0.99
w:mocht|jij-boodschap|-0.92
w:moe|ik-boodschap|0.91
w:moe|samenvatting|1.73
w:moe|adviseren|0.9
w:moe|argumenteren|0.89
w:moe|etiketteren|-0.91
w:moe|interpreteren|-0.94
w:moe|afleiden|0.87
w:moe|vervolgafspraak|-0.95
w:moeder|jij-boodschap|2.63
w:moeder|parafrase|1.61
w:moeder|samenvatting|-0.97
w:moeder|bevelen|-0.38
w:moeder|waarschuwen|-1.0
w:moeder|moraliseren|1.94
w:moeder|bekritiseren|0.98
w:moeder|prijzen|0.88
w:moeilijk|parafrase|-1.88
w:moeilijk|gevoelsreflectie|1.74
w:moeilijk|adviseren|-0.95
w:moeilijk|argumenteren|1.92
w:moeilijk|etiketteren|-0.98
w:moeilijk|interpreteren|0.98
w:moeilijk|bedanken|-0.97
w:moeite|ik-boodschap|-0.86
w:moeite|jij-boodschap|0.5
w:moeite|samenvatting|1.67
w:moeite|aanmoediging|-0.92
w:moeite|geruststellen|-0.84
w:moeite|vervolgafspraak|-0.95
w:moest|jij-boodschap|-0.69
w:moest|parafrase|1.61
w:moest|bekritiseren|-0.29
w:moest|afleiden|-0.87
w:moet|ik-boodschap|1.17
w:moet|jij-boodschap|-0.93
w:moet|parafrase|-0.98
w:moet|gevoelsreflectie|2.09
w:moet|bevelen|-0.4
w:moet|waarschuwen|0.93
w:moet|moraliseren|1.84
w:moet|argumenteren|-1.88
w:moet|bekritiseren|-1.02
w:moet|prijzen|-0.13
w:moet|etiketteren|-0.72
w:moet|interpreteren|-0.94
w:moet|afronding-aankondigen|0.1
w:moet|vervolgafspraak|-2.92
w:moet|bedanken|-0.96
w:moeten|ik-boodschap|0.97
w:moeten|jij-boodschap|0.6
w:moeten|samenvatting|-0.99
w:moeten|waarschuwen|-1.97
w:moeten|adviseren|-0.86
w:moeten|bekritiseren|-1.94
w:moeten|afronding-aankondigen|1.94
w:moeten|vervolgafspraak|-1.98
w:mogen|moraliseren|0.95
w:mohammed|jij-boodschap|1.68
w:mohammed|bekritiseren|0.8
w:moment|jij-boodschap|-0.69
w:moment|bekritiseren|-0.29
w:moment|prijzen|-0.85
w:moment|afleiden|-0.87
w:mooi|samenvatting|-1.0
w:mooi|afleiden|1.0
w:mooi|afronding-aankondigen|-1.0
w:mopperende|etiketteren|0.72
w:morgen|jij-boodschap|-0.84
w:morgen|samenvatting|-1.81
w:morgen|bevelen|3.85
w:morgen|waarschuwen|1.0
w:morgen|bekritiseren|-1.0
w:morgen|interpreteren|-1.8
w:morgen|vervolgafspraak|1.91
w:motivatie|parafrase|-0.99
w:motivatie|afronding-aankondigen|-0.99
w:muur|ik-boodschap|0.91
w:muziek|bekritiseren|-0.84
w:na|ik-boodschap|-1.91
w:na|jij-boodschap|-0.13
w:na|parafrase|0.83
w:na|gevoelsreflectie|-1.0
w:na|samenvatting|-0.86
w:na|open-vraag|-1.96
w:na|bevelen|0.89
w:na|waarschuwen|-1.0
w:na|moraliseren|-1.0
w:na|argumenteren|1.0
w:na|bekritiseren|-1.08
w:na|geruststellen|0.81
w:na|afronding-aankondigen|-0.97
w:na|vervolgafspraak|2.98
w:na|bedanken|-0.98
w:naar|ik-boodschap|1.6
w:naar|jij-boodschap|0.16
w:naar|parafrase|-0.87
w:naar|gevoelsreflectie|0.89
w:naar|open-vraag|1.99
w:naar|bevelen|0.65
w:naar|moraliseren|-0.87
w:naar|adviseren|0.79
w:naar|argumenteren|0.21
w:naar|bekritiseren|1.61
w:naar|etiketteren|-0.97
w:naar|interpreteren|-0.91
w:naar|afleiden|-0.85
w:naar|vervolgafspraak|-0.99
w:naast|ik-boodschap|2.93
w:naast|jij-boodschap|-0.99
w:naast|bekritiseren|-0.99
w:naast|geruststellen|-0.99
w:nablijven|jij-boodschap|-1.0
w:nablijven|gevoelsreflectie|-1.0
w:nablijven|waarschuwen|-1.0
w:nablijven|moraliseren|-1.0
w:nablijven|argumenteren|1.0
w:nablijven|bekritiseren|-1.0
w:nachts|bekritiseren|0.86
w:nadenken|aanmoediging|0.92
w:nadenken|bevelen|-0.73
w:nagekomen|bekritiseren|0.98
w:nakijken|ondervragen|-0.99
w:namelijk|afleiden|0.97
w:namen|adviseren|0.99
w:namens|ik-boodschap|-1.0
w:natuurkunde|jij-boodschap|-0.54
w:natuurkunde|bekritiseren|-0.9
w:natuurlijk|parafrase|-1.0
w:natuurlijk|adviseren|-0.74
w:natuurlijk|prijzen|0.93
w:natuurlijk|interpreteren|-0.98
w:nauwelijks|ik-boodschap|0.95
w:nauwelijks|bekritiseren|1.84
w:nederland|moraliseren|0.94
w:nederland|afleiden|-0.94
w:nederlands|jij-boodschap|-0.95
w:nederlands|samenvatting|1.76
w:nederlands|aanmoediging|-0.92
w:nederlands|bekritiseren|-0.95
w:nee|aanmoediging|-0.88
w:nee|adviseren|-0.95
w:nee|argumenteren|1.85
w:neem|ik-boodschap|-0.57
w:neem|gevoelsreflectie|0.12
w:neem|samenvatting|-0.13
w:neem|open-vraag|-0.98
w:neem|aanmoediging|0.98
w:neem|bevelen|-0.53
w:neem|adviseren|-0.15
w:neem|vervolgafspraak|-0.8
w:neemt|ik-boodschap|1.74
w:neemt|gevoelsreflectie|-1.0
w:neemt|aanmoediging|1.0
w:neemt|waarschuwen|-0.99
w:neemt|moraliseren|-0.93
w:neemt|bekritiseren|-0.95
w:neer|samenvatting|-0.91
w:neer|bekritiseren|0.98
w:negatief|bekritiseren|0.89
w:negen|bevelen|0.99
w:negen|adviseren|0.99
w:negen|prijzen|-1.0
w:negen|bedanken|0.54
w:nemen|jij-boodschap|0.84
w:nemen|gevoelsreflectie|-1.6
w:nemen|open-vraag|0.98
w:nemen|bevelen|-0.9
w:nemen|adviseren|1.0
w:nemen|bekritiseren|-0.98
w:nergens|jij-boodschap|1.83
w:nergens|samenvatting|-1.88
w:nergens|adviseren|-1.0
w:nergens|argumenteren|0.96
w:nergens|bekritiseren|1.91
w:nergens|etiketteren|-0.96
w:nest|gevoelsreflectie|-0.95
w:nestje|jij-boodschap|0.92
w:net|jij-boodschap|1.17
w:net|etiketteren|0.98
w:netjes|jij-boodschap|-0.94
w:netjes|moraliseren|0.97
w:netjes|argumenteren|-0.88
w:netjes|bekritiseren|-0.94
w:neus|gevoelsreflectie|-0.98
w:neus|geruststellen|1.87
w:niemand|jij-boodschap|-1.94
w:niemand|parafrase|2.91
w:niemand|gevoelsreflectie|2.88
w:niemand|samenvatting|-1.0
w:niemand|open-vraag|-1.0
w:niemand|aanmoediging|-1.0
w:niemand|bevelen|-1.0
w:niemand|waarschuwen|-1.99
w:niemand|moraliseren|-1.0
w:niemand|adviseren|-1.0
w:niemand|argumenteren|-1.0
w:niemand|prijzen|-1.0
w:niemand|etiketteren|-1.83
w:niemand|interpreteren|-1.9
w:niemand|geruststellen|0.76
w:niemand|afleiden|-1.84
w:niemand|afronding-aankondigen|-1.0
w:niemand|vervolgafspraak|-1.0
w:niemand|bedanken|-1.0
w:niet|ik-boodschap|2.73
w:niet|jij-boodschap|-3.09
w:niet|parafrase|0.1
w:niet|gevoelsreflectie|-1.82
w:niet|samenvatting|-1.76
w:niet|aanmoediging|-0.97
w:niet|bevelen|-0.96
w:niet|moraliseren|-1.75
w:niet|adviseren|-0.22
w:niet|argumenteren|-0.92
w:niet|bekritiseren|-1.03
w:niet|prijzen|-0.96
w:niet|etiketteren|-0.56
w:niet|interpreteren|-0.96
w:niet|geruststellen|0.78
w:niet|vervolgafspraak|-1.09
w:niet|bedanken|-2.91
w:niets|ik-boodschap|0.91
w:niets|parafrase|-0.11
w:niets|gevoelsreflectie|0.97
w:niets|samenvatting|-0.7
w:niets|bekritiseren|-3.58
w:niets|prijzen|-0.71
w:niets|geruststellen|2.01
w:niets|ondervragen|0.96
w:nieuw|samenvatting|-0.98
w:nieuw|afronding-aankondigen|0.92
w:nieuw|vervolgafspraak|0.99
w:nieuwe|ik-boodschap|0.96
w:nieuwe|samenvatting|-0.99
w:nieuwe|open-vraag|-1.73
w:nieuwe|aanmoediging|-0.97
w:nieuwe|argumenteren|-1.94
w:nieuwe|bekritiseren|-0.97
w:nieuwe|geruststellen|-0.97
w:nieuwe|afleiden|1.96
w:nieuwe|bedanken|0.76
w:nieuwsbrief|argumenteren|0.93
w:niks|jij-boodschap|2.88
w:niks|parafrase|-0.8
w:niks|gevoelsreflectie|0.16
w:niks|bekritiseren|1.88
w:niks|etiketteren|-2.0
w:niks|interpreteren|1.53
w:niks|geruststellen|1.0
w:nina|ik-boodschap|0.88
w:noah|ik-boodschap|0.93
w:noah|adviseren|0.91
w:noah|vervolgafspraak|1.8
w:nodig|ik-boodschap|-0.98
w:nodig|jij-boodschap|1.77
w:nodig|gevoelsreflectie|0.98
w:nodig|open-vraag|-0.18
w:nodig|waarschuwen|-1.86
w:nodig|moraliseren|-1.0
w:nodig|bekritiseren|1.27
w:nodig|afleiden|-0.99
w:nog|ik-boodschap|0.12
w:nog|jij-boodschap|-0.8
w:nog|samenvatting|0.78
w:nog|open-vraag|-1.28
w:nog|bevelen|0.39
w:nog|waarschuwen|2.82
w:nog|moraliseren|-0.1
w:nog|adviseren|-1.97
w:nog|argumenteren|-1.0
w:nog|bekritiseren|-1.68
w:nog|prijzen|0.91
w:nog|etiketteren|-1.99
w:nog|interpreteren|-0.92
w:nog|geruststellen|-0.94
w:nog|ondervragen|0.11
w:nog|afleiden|-0.1
w:nog|vervolgafspraak|-2.67
w:nogal|open-vraag|-0.99
w:nogal|bekritiseren|0.95
w:nooit|ik-boodschap|-0.89
w:nooit|jij-boodschap|-0.55
w:nooit|parafrase|-0.98
w:nooit|bevelen|0.79
w:nooit|moraliseren|-1.0
w:nooit|bekritiseren|1.32
w:nooit|prijzen|-1.0
w:nooit|etiketteren|-2.95
w:nooit|afleiden|-0.97
w:nooit|afronding-aankondigen|-1.0
w:noor|jij-boodschap|-0.99
w:noor|parafrase|-1.0
w:noor|gevoelsreflectie|-1.0
w:noor|samenvatting|1.0
w:noor|waarschuwen|-0.94
w:noor|bekritiseren|-0.99
w:noor|interpreteren|-1.0
w:noor|afleiden|-1.0
w:noor|afronding-aankondigen|1.0
w:nooti|jij-boodschap|1.67
w:nooti|bekritiseren|1.45
w:normaal|jij-boodschap|-1.0
w:normaal|bevelen|-0.74
w:normaal|moraliseren|1.0
w:normaal|bekritiseren|-0.95
w:normaal|geruststellen|0.82
w:normering|parafrase|0.93
w:normering|samenvatting|-0.83
w:normering|argumenteren|1.76
w:nou|ik-boodschap|0.96
w:nou|jij-boodschap|1.1
w:nou|gevoelsreflectie|0.65
w:nou|samenvatting|-0.15
w:nou|open-vraag|-0.99
w:nou|moraliseren|0.91
w:nou|adviseren|1.88
w:nou|argumenteren|-2.45
w:nou|bekritiseren|1.83
w:nou|etiketteren|3.05
w:nou|afleiden|-0.63
w:nou|bedanken|-3.59
w:nu|ik-boodschap|-0.96
w:nu|jij-boodschap|-1.0
w:nu|parafrase|-0.91
w:nu|gevoelsreflectie|0.81
w:nu|samenvatting|0.84
w:nu|open-vraag|-1.75
w:nu|aanmoediging|-1.74
w:nu|bevelen|4.48
w:nu|moraliseren|-0.85
w:nu|adviseren|-1.0
w:nu|argumenteren|-0.74
w:nu|bekritiseren|-0.14
w:nu|prijzen|1.06
w:nu|interpreteren|-1.99
w:nu|geruststellen|-3.64
w:nu|ondervragen|1.98
w:nu|afleiden|-0.29
w:nu|afronding-aankondigen|1.95
w:nu|vervolgafspraak|-1.18
w:nu|bedanken|-1.98
w:och|afleiden|2.58
w:ochtend|ik-boodschap|0.98
w:ochtend|open-vraag|-0.98
w:ochtend|moraliseren|-0.98
w:ochtends|ondervragen|0.93
w:oefenen|waarschuwen|-0.97
w:oefeningen|gevoelsreflectie|-0.6
w:oefeningen|open-vraag|0.98
w:oefeningen|bekritiseren|-0.98
w:oefent|moraliseren|-0.91
w:oefent|argumenteren|1.57
w:oefent|afleiden|-0.91
w:oefentoets|open-vraag|-0.99
w:of|ik-boodschap|0.15
w:of|jij-boodschap|-0.92
w:of|parafrase|0.94
w:of|samenvatting|-0.75
w:of|open-vraag|-0.98
w:of|waarschuwen|0.83
w:of|adviseren|-0.17
w:of|vervolgafspraak|0.99
w:ogen|parafrase|0.95
w:ogen|bevelen|0.99
w:oke|afronding-aankondigen|0.95
w:oké|open-vraag|-0.99
w:oké|aanmoediging|-0.99
w:oké|bekritiseren|-0.93
w:om|ik-boodschap|-0.71
w:om|jij-boodschap|-1.61
w:om|parafrase|-0.97
w:om|gevoelsreflectie|1.01
w:om|samenvatting|2.31
w:om|open-vraag|-0.94
w:om|bevelen|-1.0
w:om|waarschuwen|-1.88
w:om|moraliseren|-0.95
w:om|adviseren|1.19
w:om|argumenteren|-1.88
w:om|bekritiseren|-0.75
w:om|interpreteren|1.99
w:om|geruststellen|0.22
w:om|ondervragen|-0.9
w:om|afleiden|-1.07
w:om|afronding-aankondigen|-2.03
w:om|vervolgafspraak|1.04
w:om|bedanken|-0.73
w:omar|ik-boodschap|0.77
w:omdat|ik-boodschap|0.93
w:omdat|jij-boodschap|-2.85
w:omdat|parafrase|0.68
w:omdat|gevoelsreflectie|0.15
w:omdat|waarschuwen|-1.0
w:omdat|moraliseren|-0.92
w:omdat|adviseren|-0.2
w:omdat|argumenteren|-0.94
w:omdat|bekritiseren|-1.69
w:omdat|prijzen|-0.98
w:omdat|etiketteren|-0.99
w:omdat|interpreteren|4.95
w:omdat|geruststellen|-0.98
w:omgooien|jij-boodschap|-0.69
w:omgooien|bekritiseren|-0.29
w:omgooien|etiketteren|-0.72
w:omgooien|afleiden|-0.87
w:onbeantwoord|gevoelsreflectie|0.87
w:onbeleefd|jij-boodschap|0.94
w:onbetrouwbare|jij-boodschap|0.89
w:onbetrouwbare|bekritiseren|-0.78
w:onbetrouwbare|etiketteren|0.99
w:onder|ik-boodschap|0.97
w:onder|adviseren|-0.74
w:onderbreekt|bevelen|0.77
w:onderschat|waarschuwen|0.86
w:ondersteboven|jij-boodschap|-0.84
w:ondersteboven|gevoelsreflectie|0.99
w:ondertekend|ondervragen|-0.93
w:onderwijs|prijzen|0.96
w:onderzoek|argumenteren|0.96
w:oneerlijk|jij-boodschap|-1.07
w:oneerlijk|parafrase|0.92
w:oneerlijk|gevoelsreflectie|0.22
w:oneerlijk|samenvatting|-0.97
w:oneerlijk|moraliseren|0.91
w:oneerlijk|bekritiseren|-0.91
w:ongemakkelijk|bevelen|-0.99
w:ongeoorloofd|geruststellen|-0.99
w:ongeoorloofd|bedanken|-0.99
w:ongepast|bekritiseren|1.0
w:ongepast|geruststellen|-1.0
w:ongerust|open-vraag|0.11
w:ongerust|geruststellen|0.34
w:ongerust|afleiden|-0.97
w:onhandig|bekritiseren|0.78
w:onjuist|interpreteren|-0.99
w:online|parafrase|-0.92
w:online|samenvatting|0.92
w:online|waarschuwen|-1.0
w:online|moraliseren|1.0
w:online|interpreteren|-0.99
w:onnodig|bekritiseren|0.98
w:onrustig|parafrase|-0.87
w:onrustig|gevoelsreflectie|-0.99
w:ons|gevoelsreflectie|1.0
w:ons|open-vraag|1.0
w:ons|bevelen|-0.92
w:ons|moraliseren|-0.9
w:ons|ondervragen|-1.98
w:ons|afleiden|0.9
w:ontbijt|ik-boodschap|0.93
w:ontevreden|gevoelsreflectie|-0.85
w:ontevreden|samenvatting|0.7
w:ontvangen|bekritiseren|-0.92
w:ontzettend|prijzen|-0.98
w:ontzettende|jij-boodschap|0.16
w:ontzettende|adviseren|-1.0
w:ontzettende|bekritiseren|-1.95
w:ontzettende|etiketteren|1.0
w:onverschillig|bekritiseren|0.95
w:onvoldoende|parafrase|1.0
w:onvoldoende|samenvatting|-0.7
w:onvoldoende|aanmoediging|-1.0
w:onvoldoende|bevelen|-0.76
w:onvoldoende|moraliseren|-0.92
w:onvoldoende|adviseren|-0.79
w:onvoldoende|argumenteren|0.28
w:onvoldoende|prijzen|-0.97
w:onvoldoende|etiketteren|-0.75
w:onvoldoende|ondervragen|-1.0
w:onvoldoende|afleiden|1.97
w:onvoldoendes|ik-boodschap|0.93
w:onvoldoendes|waarschuwen|-0.93
w:onvoldoendes|argumenteren|1.73
w:onze|moraliseren|-0.11
w:onze|afronding-aankondigen|0.99
w:onze|vervolgafspraak|-0.99
w:onze|bedanken|-0.61
w:onzeker|gevoelsreflectie|0.99
w:onzeker|interpreteren|0.99
w:onzekerheid|geruststellen|-0.94
w:onzin|adviseren|-0.99
w:onzin|bekritiseren|1.84
w:onzinnige|bekritiseren|0.99
w:onzinverhaal|bekritiseren|2.28
w:onzinverhaal|etiketteren|-0.9
w:oog|ik-boodschap|0.91
w:oog|parafrase|-0.91
w:ooit|jij-boodschap|0.95
w:ooit|bekritiseren|0.95
w:ook|ik-boodschap|-0.14
w:ook|jij-boodschap|1.66
w:ook|parafrase|-1.99
w:ook|gevoelsreflectie|0.92
w:ook|bevelen|-1.47
w:ook|waarschuwen|-0.99
w:ook|moraliseren|1.83
w:ook|adviseren|-0.75
w:ook|argumenteren|0.92
w:ook|bekritiseren|-1.59
w:ook|prijzen|1.41
w:ook|interpreteren|-0.14
w:ook|ondervragen|-1.04
w:ook|afleiden|-1.94
w:ook|afronding-aankondigen|1.0
w:ook|bedanken|-1.91
w:oor|ik-boodschap|-0.57
w:oor|samenvatting|-0.84
w:oortjes|ik-boodschap|-0.99
w:op|ik-boodschap|-2.9
w:op|jij-boodschap|-0.36
w:op|parafrase|-1.7
w:op|gevoelsreflectie|0.94
w:op|samenvatting|-0.58
w:op|open-vraag|0.78
w:op|aanmoediging|-1.0
w:op|bevelen|-1.76
w:op|adviseren|0.5
w:op|bekritiseren|0.22
w:op|prijzen|-0.59
w:op|etiketteren|-3.92
w:op|interpreteren|-1.08
w:op|geruststellen|-1.79
w:op|ondervragen|0.84
w:op|afleiden|-0.31
w:op|afronding-aankondigen|-0.86
w:op|vervolgafspraak|-1.88
w:op|bedanken|0.47
w:opa|etiketteren|0.72
w:opdagen|jij-boodschap|0.9
w:opdagen|adviseren|-0.9
w:opdagen|bekritiseren|1.73
w:opdracht|ik-boodschap|0.93
w:opdracht|jij-boodschap|-0.13
w:opdracht|gevoelsreflectie|-0.81
w:opdracht|adviseren|-0.9
w:opdracht|argumenteren|0.96
w:opdracht|prijzen|0.9
w:opdracht|etiketteren|-0.96
w:opdracht|afleiden|-0.94
w:opdrachten|ik-boodschap|1.93
w:opdrachten|parafrase|-0.93
w:opdrachten|geruststellen|-0.99
w:open|bevelen|-0.91
w:open|bedanken|0.6
w:openheid|afronding-aankondigen|-0.99
w:opgave|interpreteren|-0.73
w:opgaven|vervolgafspraak|0.91
w:opgelet|bekritiseren|2.83
w:ophalen|bevelen|-0.82
w:ophoudt|ik-boodschap|-0.95
w:ophoudt|waarschuwen|1.0
w:ophoudt|interpreteren|-1.0
w:oplaadt|ik-boodschap|0.87
w:opletten|bekritiseren|-0.98
w:oplevert|parafrase|0.92
w:oplossing|adviseren|-0.58
w:oplossing|geruststellen|0.83
w:oplost|interpreteren|0.98
w:opmerking|samenvatting|-0.94
w:opmerking|waarschuwen|0.94
w:opmerking|bekritiseren|1.76
w:opnieuw|ik-boodschap|0.25
w:opnieuw|jij-boodschap|-0.93
w:opnieuw|parafrase|0.94
w:oprecht|ik-boodschap|1.0
w:oprecht|parafrase|-1.0
w:oprecht|open-vraag|1.0
w:opruimen|moraliseren|-1.0
w:opschrijft|ik-boodschap|0.92
w:opschrijft|bekritiseren|-0.63
w:opstaat|ik-boodschap|0.91
w:opstaat|bevelen|0.81
w:opvoeden|moraliseren|0.97
w:opvoeden|argumenteren|-0.97
w:opvoeder|prijzen|0.93
w:opziet|open-vraag|0.96
w:orde|ik-boodschap|-0.89
w:oude|ik-boodschap|-0.97
w:oude|parafrase|-0.97
w:oude|gevoelsreflectie|-0.97
w:oude|samenvatting|0.97
w:oude|open-vraag|0.97
w:oude|moraliseren|-0.87
w:oude|geruststellen|0.93
w:ouder|ik-boodschap|-0.98
w:ouder|jij-boodschap|-0.68
w:ouder|bevelen|-0.99
w:ouder|moraliseren|2.96
w:ouder|adviseren|-1.95
w:ouder|argumenteren|0.82
w:ouder|bekritiseren|-1.05
w:ouder|prijzen|-0.93
w:ouder|etiketteren|-0.67
w:ouder|geruststellen|1.51
w:ouder|afleiden|-1.98
w:ouderavond|adviseren|-1.0
w:ouderavond|bekritiseren|-0.92
w:ouderavond|ondervragen|1.0
w:ouderavond|afleiden|0.12
w:ouders|jij-boodschap|-1.56
w:ouders|bevelen|-0.99
w:ouders|moraliseren|1.02
w:ouders|adviseren|0.99
w:ouders|argumenteren|-0.99
w:ouders|bekritiseren|-1.91
w:ouders|etiketteren|0.75
w:ouders|ondervragen|0.88
w:ouders|afronding-aankondigen|0.99
w:ouders|vervolgafspraak|-0.99
w:over|ik-boodschap|-1.93
w:over|jij-boodschap|0.45
w:over|parafrase|-0.99
w:over|gevoelsreflectie|0.51
w:over|samenvatting|-1.17
w:over|open-vraag|0.73
w:over|aanmoediging|-1.0
w:over|bevelen|0.17
w:over|waarschuwen|-2.0
w:over|moraliseren|-1.76
w:over|adviseren|-1.96
w:over|bekritiseren|0.15
w:over|prijzen|-1.0
w:over|etiketteren|-1.0
w:over|interpreteren|1.75
w:over|geruststellen|1.95
w:over|ondervragen|-1.87
w:over|afronding-aankondigen|-2.98
w:over|vervolgafspraak|-1.66
w:over|bedanken|-0.6
w:overal|jij-boodschap|2.99
w:overal|gevoelsreflectie|-1.75
w:overal|samenvatting|-1.0
w:overal|waarschuwen|-1.0
w:overal|bekritiseren|2.09
w:overal|etiketteren|0.97
w:overbezorgde|bekritiseren|-0.92
w:overdreven|jij-boodschap|-2.22
w:overdreven|bevelen|-1.0
w:overdreven|etiketteren|1.0
w:overdreven|ondervragen|-1.0
w:overdrijft|bevelen|-1.0
w:overdrijft|etiketteren|-0.98
w:overgeslagen|open-vraag|-1.91
w:overhoren|bevelen|-1.0
w:overhoren|adviseren|1.0
w:overkomt|bevelen|-0.74
w:overkomt|geruststellen|-1.93
w:overkomt|afleiden|1.04
w:overleg|samenvatting|0.96
w:overleg|prijzen|-0.96
w:overleg|vervolgafspraak|0.96
w:overslaat|ik-boodschap|0.88
w:overstap|afleiden|-0.85
w:overtuigd|open-vraag|-1.0
w:overtuigd|geruststellen|1.0
w:overwogen|adviseren|0.93
w:overzicht|afleiden|-0.98
w:paar|geruststellen|0.24
w:paar|afleiden|1.81
w:pak|ik-boodschap|-0.91
w:pakt|samenvatting|-0.64
w:pakt|interpreteren|-0.99
w:pas|ik-boodschap|1.02
w:pas|jij-boodschap|0.84
w:pas|parafrase|1.75
w:pas|bevelen|-0.98
w:pas|waarschuwen|-0.97
w:pas|prijzen|-0.87
w:pas|geruststellen|-0.96
w:pas|ondervragen|1.98
w:pas|afleiden|-0.99
w:past|bedanken|-0.81
w:pauze|ik-boodschap|0.16
w:pauze|jij-boodschap|-0.98
w:pauze|gevoelsreflectie|-0.97
w:pauze|samenvatting|0.86
w:pauze|afleiden|-1.6
w:pauze|vervolgafspraak|-0.96
w:pauzes|bevelen|-0.94
w:pauzes|adviseren|-0.91
w:pauzes|vervolgafspraak|-0.91
w:pen|ik-boodschap|0.98
w:pen|aanmoediging|-1.0
w:per|geruststellen|-0.87
w:per|ondervragen|0.88
w:periode|ik-boodschap|-0.95
w:periode|jij-boodschap|-0.9
w:periode|argumenteren|-0.96
w:periode|bekritiseren|-0.75
w:periode|afleiden|-0.93
w:pest|jij-boodschap|1.68
w:pest|bekritiseren|1.73
w:pesten|parafrase|-0.93
w:pesten|open-vraag|-0.97
w:pesten|moraliseren|-0.97
w:pesten|interpreteren|-0.85
w:pesten|vervolgafspraak|-0.97
w:pesterijen|parafrase|-0.99
w:pesterijen|samenvatting|0.99
w:pesterijen|afronding-aankondigen|0.99
w:pet|moraliseren|-0.95
w:peter|jij-boodschap|1.0
w:peter|gevoelsreflectie|-1.0
w:peter|moraliseren|-1.0
w:peter|bekritiseren|1.06
w:peter|afleiden|-1.0
w:pff|bekritiseren|-0.63
w:pff|afleiden|0.91
w:piekeren|afleiden|-0.99
w:pijn|parafrase|-0.8
w:pijn|gevoelsreflectie|-0.8
w:pijn|bevelen|-0.95
w:pijn|waarschuwen|-0.94
w:pijn|interpreteren|0.93
w:pitbull|jij-boodschap|1.85
w:pitbull|etiketteren|0.99
w:plaats|moraliseren|-0.78
w:plaats|interpreteren|-0.93
w:plaats|afleiden|0.99
w:plagen|geruststellen|-0.95
w:plagen|afleiden|0.95
w:plan|gevoelsreflectie|0.82
w:plan|waarschuwen|-0.99
w:plan|geruststellen|-0.98
w:plan|vervolgafspraak|0.89
w:plannen|jij-boodschap|-2.48
w:plannen|samenvatting|-0.18
w:plannen|open-vraag|-0.92
w:plannen|aanmoediging|-0.92
w:plannen|bevelen|0.94
w:plannen|adviseren|0.92
w:plannen|bekritiseren|-1.64
w:plannen|geruststellen|0.12
w:plannen|ondervragen|0.98
w:plannen|afleiden|0.97
w:planner|ik-boodschap|0.95
w:planner|samenvatting|0.97
w:planner|open-vraag|-0.99
w:planner|argumenteren|0.99
w:planner|bekritiseren|0.13
w:planner|vervolgafspraak|-0.98
w:planning|ik-boodschap|0.96
w:planning|jij-boodschap|-0.11
w:planning|parafrase|-0.99
w:planning|gevoelsreflectie|-0.85
w:planning|samenvatting|1.81
w:planning|open-vraag|-0.92
w:planning|moraliseren|-1.0
w:planning|adviseren|-0.93
w:planning|bekritiseren|0.18
w:planning|prijzen|-0.98
w:planning|etiketteren|-0.72
w:planning|afleiden|-0.73
w:planning|afronding-aankondigen|-0.99
w:planning|vervolgafspraak|1.26
w:planning|bedanken|0.81
w:planningsmaatje|vervolgafspraak|0.94
w:planningsmaatje|bedanken|-0.54
w:playstation|adviseren|0.87
w:playstation|bekritiseren|0.87
w:plek|waarschuwen|0.96
w:plezier|samenvatting|0.99
w:plezier|bekritiseren|-0.99
w:plicht|ik-boodschap|-0.98
w:plicht|jij-boodschap|-0.34
w:plicht|moraliseren|0.98
w:plicht|bekritiseren|-0.99
w:plichten|moraliseren|0.9
w:plichten|argumenteren|-0.65
w:plusklas|adviseren|0.82
w:pootjes|bekritiseren|-0.97
w:pootjes|geruststellen|0.84
w:praat|ik-boodschap|-0.91
w:praat|parafrase|-0.91
w:praat|samenvatting|2.8
w:praat|bevelen|0.97
w:praat|bedanken|0.81
w:prachtig|afleiden|0.97
w:practica|open-vraag|-0.92
w:practicum|waarschuwen|-0.91
w:praten|ik-boodschap|0.82
w:praten|gevoelsreflectie|0.93
w:praten|samenvatting|-0.83
w:praten|open-vraag|-0.96
w:praten|waarschuwen|-0.93
w:praten|moraliseren|1.01
w:praten|adviseren|0.98
w:praten|argumenteren|-0.88
w:praten|prijzen|-1.74
w:praten|geruststellen|-0.85
w:praten|ondervragen|-0.96
w:praten|afleiden|-0.96
w:praten|afronding-aankondigen|-0.99
w:praten|vervolgafspraak|1.0
w:praten|bedanken|-0.99
w:precies|jij-boodschap|-0.98
w:precies|parafrase|0.9
w:precies|gevoelsreflectie|1.0
w:precies|samenvatting|-0.64
w:precies|aanmoediging|-0.84
w:precies|bevelen|-1.0
w:precies|bekritiseren|-0.87
w:precies|etiketteren|-0.97
w:precies|afleiden|-0.63
w:presentatie|ik-boodschap|1.0
w:presentatie|jij-boodschap|-0.69
w:presentatie|gevoelsreflectie|-0.97
w:presentatie|argumenteren|-0.98
w:presentatie|bekritiseren|2.13
w:presentatie|prijzen|0.98
w:presentatie|etiketteren|-0.99
w:presentatie|afleiden|-0.87
w:prettiger|prijzen|-0.83
w:prima|jij-boodschap|0.96
w:prima|gevoelsreflectie|-0.99
w:prima|samenvatting|0.99
w:prima|adviseren|-0.96
w:prima|bekritiseren|0.12
w:prima|etiketteren|-0.98
w:prima|geruststellen|0.9
w:prima|ondervragen|-0.86
w:probeer|samenvatting|-1.0
w:probeer|adviseren|1.0
w:probeert|adviseren|0.97
w:probleem|jij-boodschap|-0.49
w:probleem|gevoelsreflectie|-0.97
w:probleem|moraliseren|-0.97
w:probleem|prijzen|0.83
w:probleem|etiketteren|0.97
w:probleem|interpreteren|2.86
w:probleem|afleiden|-0.97
w:probleemkind|ik-boodschap|-1.0
w:profiel|parafrase|0.72
w:profiel|samenvatting|1.0
w:profiel|open-vraag|-0.98
w:programma|moraliseren|-0.94
w:project|open-vraag|-0.99
w:project|bekritiseren|0.18
w:projecteert|interpreteren|0.88
w:protocol|parafrase|-0.93
w:protocol|argumenteren|-0.83
w:pta|ik-boodschap|-0.97
w:pta|argumenteren|1.91
w:puber|etiketteren|1.0
w:puber|geruststellen|0.74
w:puber|afleiden|0.82
w:pubers|etiketteren|-0.82
w:pubers|afleiden|0.94
w:puberteit|moraliseren|-0.99
w:puberteit|interpreteren|-0.99
w:puberteit|geruststellen|-0.74
w:puberteit|afleiden|1.62
w:pubertijd|moraliseren|-0.91
w:pubertijd|argumenteren|-0.97
w:pubertijd|bekritiseren|-0.97
w:punt|ik-boodschap|0.91
w:punt|vervolgafspraak|-0.96
w:punt|bedanken|-0.96
w:punten|ik-boodschap|0.88
w:punten|geruststellen|-0.72
w:pushende|argumenteren|-0.99
w:pushende|bekritiseren|-0.99
w:pushende|etiketteren|0.75
w:pushy|jij-boodschap|0.82
w:pushy|bevelen|-0.99
w:put|ik-boodschap|0.92
w:pws|etiketteren|-0.72
w:raak|jij-boodschap|-0.99
w:raak|samenvatting|-0.99
w:raak|prijzen|-0.98
w:raakt|ik-boodschap|0.99
w:raakt|interpreteren|-0.99
w:raam|ik-boodschap|-0.95
w:randje|waarschuwen|0.97
w:rapport|ik-boodschap|0.93
w:rapport|open-vraag|1.96
w:rapport|argumenteren|-0.96
w:rapport|ondervragen|-1.0
w:rapport|afleiden|-0.98
w:rapport|vervolgafspraak|-2.96
w:rapportage|vervolgafspraak|-0.95
w:rare|bekritiseren|0.81
w:ravi|gevoelsreflectie|-0.89
w:rayan|gevoelsreflectie|0.92
w:reactie|waarschuwen|-0.83
w:reactie|bekritiseren|1.96
w:reactie|etiketteren|1.0
w:reageert|gevoelsreflectie|0.92
w:reageert|argumenteren|-0.99
w:reageert|bekritiseren|-0.98
w:reageren|jij-boodschap|1.67
w:reageren|bekritiseren|1.45
w:reageren|prijzen|-0.71
w:recht|bekritiseren|-0.81
w:recht|geruststellen|-0.19
w:rechtop|waarschuwen|-0.9
w:rechtszaak|jij-boodschap|1.56
w:rechtszaak|bekritiseren|-0.9
w:rector|argumenteren|-0.95
w:redelijk|parafrase|-0.84
w:redelijk|prijzen|1.0
w:regel|parafrase|0.82
w:regel|gevoelsreflectie|-0.82
w:regel|vervolgafspraak|0.96
w:regelen|argumenteren|-0.98
w:regelen|prijzen|0.92
w:regelen|vervolgafspraak|-0.82
w:regelen|bedanken|-0.92
w:regeling|prijzen|1.0
w:regels|moraliseren|0.99
w:regels|argumenteren|1.68
w:regels|afleiden|-0.99
w:regelt|prijzen|0.94
w:regelt|ondervragen|-0.94
w:regen|afleiden|0.81
w:reglement|jij-boodschap|-1.0
w:reglement|gevoelsreflectie|-1.0
w:reglement|waarschuwen|-1.0
w:reglement|moraliseren|-1.0
w:reglement|argumenteren|1.0
w:reglement|bekritiseren|-1.0
w:reken|jij-boodschap|-0.81
w:reken|prijzen|0.96
w:reken|etiketteren|-0.96
w:rekenen|ik-boodschap|-1.0
w:rekenen|argumenteren|1.0
w:rekenen|etiketteren|-1.0
w:rekenen|afleiden|-1.0
w:rekenmachine|gevoelsreflectie|-0.6
w:rekenmachine|open-vraag|0.98
w:rekenmachine|bekritiseren|-0.98
w:rekenmachine|vervolgafspraak|0.91
w:rekentoets|open-vraag|0.99
w:respect|jij-boodschap|1.0
w:respect|parafrase|-1.0
w:respect|moraliseren|1.07
w:respect|bekritiseren|1.0
w:respect|prijzen|-0.91
w:respect|geruststellen|-0.85
w:respect|afleiden|-0.63
w:respectloos|jij-boodschap|1.0
w:respectloos|argumenteren|-1.0
w:respectloos|bekritiseren|1.0
w:rest|ik-boodschap|0.21
w:rest|argumenteren|0.98
w:rij|open-vraag|-0.97
w:rij|moraliseren|-0.97
w:rij|argumenteren|0.99
w:rij|vervolgafspraak|-0.97
w:rijtje|samenvatting|0.94
w:rijtje|open-vraag|0.98
w:rik|ik-boodschap|0.95
w:roept|ik-boodschap|0.95
w:roept|jij-boodschap|-0.99
w:roept|samenvatting|-0.99
w:rollen|bevelen|0.99
w:romeinen|afleiden|0.97
w:rond|ik-boodschap|0.93
w:rond|bekritiseren|-0.93
w:rond|bedanken|-0.79
w:ronden|ik-boodschap|-1.0
w:ronden|afronding-aankondigen|1.92
w:ronden|bedanken|1.0
w:rondmaken|parafrase|-0.95
w:rooster|ik-boodschap|0.91
w:rooster|parafrase|0.98
w:rooster|gevoelsreflectie|-0.85
w:rooster|samenvatting|0.7
w:rooster|ondervragen|-0.96
w:rot|ik-boodschap|-0.74
w:rot|gevoelsreflectie|0.53
w:rot|open-vraag|0.81
w:rotmoment|gevoelsreflectie|1.79
w:rusten|afleiden|0.97
w:rustig|ik-boodschap|-0.57
w:rustig|jij-boodschap|-1.0
w:rustig|gevoelsreflectie|-1.0
w:rustig|aanmoediging|1.03
w:rustig|bevelen|1.28
w:rustig|bekritiseren|-1.0
w:ruzie|parafrase|0.96
w:ruzie|samenvatting|1.7
w:ruzie|open-vraag|0.98
w:ruzie|bekritiseren|0.95
w:ruzie|prijzen|-0.87
w:ruzie|ondervragen|0.99
w:ruzie|afleiden|-0.29
w:ruzietjes|prijzen|-0.9
w:ruzietjes|geruststellen|-0.84
w:ruzietjes|afleiden|2.53
w:samen|ik-boodschap|-0.95
w:samen|jij-boodschap|0.88
w:samen|samenvatting|-0.74
w:samen|open-vraag|-0.99
w:samen|bevelen|-0.99
w:samen|adviseren|1.03
w:samen|argumenteren|-0.97
w:samen|bekritiseren|0.34
w:samen|prijzen|-0.96
w:samen|etiketteren|-1.0
w:samen|afleiden|-1.0
w:samen|vervolgafspraak|2.91
w:samengevat|ik-boodschap|-0.96
w:samengevat|jij-boodschap|0.43
w:samengevat|parafrase|-0.99
w:samengevat|gevoelsreflectie|0.82
w:samengevat|samenvatting|1.04
w:samengevat|open-vraag|-0.99
w:samengevat|bekritiseren|0.89
w:samengevat|interpreteren|-0.85
w:samengevat|vervolgafspraak|-0.94
w:samenvat|parafrase|0.68
w:samenvat|gevoelsreflectie|-0.99
w:samenvat|samenvatting|1.84
w:samenvat|bevelen|-0.82
w:samenvat|afronding-aankondigen|-0.99
w:samenvatten|parafrase|-0.94
w:samenvatten|samenvatting|0.98
w:samenvatten|bedanken|0.81
w:samenvattend|jij-boodschap|-0.99
w:samenvattend|gevoelsreflectie|0.68
w:samenvattend|samenvatting|1.79
w:samenvattend|aanmoediging|-0.92
w:samenvattend|argumenteren|-0.94
w:samenvattend|afronding-aankondigen|-0.96
w:samenwerken|ik-boodschap|0.98
w:sandra|geruststellen|0.97
w:sanne|gevoelsreflectie|-0.96
w:sanne|bedanken|0.98
w:sara|ik-boodschap|-0.92
w:sara|parafrase|0.99
w:sara|gevoelsreflectie|0.99
w:sara|bedanken|-0.97
w:schakelen|afleiden|-0.98
w:schandalig|jij-boodschap|-0.92
w:scheiding|jij-boodschap|-0.3
w:scheiding|parafrase|0.99
w:scheiding|gevoelsreflectie|-0.99
w:scheiding|interpreteren|1.96
w:scheikunde|open-vraag|-0.92
w:scheikunde|waarschuwen|-0.92
w:schelen|parafrase|-0.8
w:schelen|gevoelsreflectie|-0.8
w:schelen|interpreteren|0.93
w:schieten|ik-boodschap|0.91
w:schieten|bekritiseren|-1.0
w:school|ik-boodschap|-2.01
w:school|jij-boodschap|-2.89
w:school|parafrase|-0.8
w:school|gevoelsreflectie|-2.15
w:school|samenvatting|-0.81
w:school|open-vraag|-0.99
w:school|aanmoediging|-1.0
w:school|bevelen|-1.9
w:school|waarschuwen|-1.09
w:school|moraliseren|1.0
w:school|adviseren|-0.1
w:school|argumenteren|-3.64
w:school|bekritiseren|-0.95
w:school|prijzen|-1.0
w:school|etiketteren|-1.0
w:school|interpreteren|1.0
w:school|geruststellen|-0.97
w:school|ondervragen|-1.02
w:school|afleiden|0.58
w:school|afronding-aankondigen|-0.86
w:school|vervolgafspraak|-1.8
w:school|bedanken|-0.94
w:schoolapp|prijzen|-0.93
w:schooljaar|geruststellen|-0.97
w:schoolkamp|moraliseren|0.94
w:schoolkamp|afleiden|-0.94
w:schoolplein|bevelen|-0.91
w:schoolplein|afleiden|0.89
w:schoolreisje|open-vraag|-0.99
w:schoolreisje|afleiden|0.99
w:schooltijd|interpreteren|0.88
w:schooltijd|afleiden|-0.96
w:schoolvoetbalteam|waarschuwen|0.91
w:schorsing|ik-boodschap|-1.0
w:schorsing|jij-boodschap|-1.97
w:schorsing|parafrase|1.0
w:schorsing|gevoelsreflectie|0.72
w:schorsing|samenvatting|-1.0
w:schorsing|open-vraag|-1.0
w:schorsing|aanmoediging|-1.0
w:schorsing|bevelen|-1.0
w:schorsing|moraliseren|-0.1
w:schorsing|adviseren|-1.0
w:schorsing|argumenteren|-1.0
w:schorsing|bekritiseren|-1.0
w:schorsing|prijzen|-1.0
w:schorsing|etiketteren|-1.0
w:schorsing|interpreteren|-1.0
w:schorsing|geruststellen|-1.0
w:schorsing|ondervragen|-1.0
w:schorsing|afleiden|-1.0
w:schorsing|afronding-aankondigen|-1.0
w:schorsing|vervolgafspraak|-1.0
w:schorsing|bedanken|-1.0
w:schreef|gevoelsreflectie|-0.94
w:schreeuwen|ik-boodschap|-0.93
w:schreeuwen|waarschuwen|0.93
w:schreeuwen|interpreteren|-1.0
w:schrift|aanmoediging|-0.78
w:schrift|ondervragen|-0.99
w:schriftelijk|argumenteren|-0.95
w:schriftje|adviseren|0.84
w:schrijf|waarschuwen|-0.95
w:schrijf|adviseren|0.84
w:schrijfopdracht|gevoelsreflectie|-0.94
w:schrijft|argumenteren|0.97
w:schrik|ik-boodschap|1.62
w:schrik|jij-boodschap|-0.95
w:schrik|gevoelsreflectie|0.97
w:schrik|waarschuwen|-0.91
w:schrik|bekritiseren|-0.87
w:schrok|ik-boodschap|2.62
w:schrok|gevoelsreflectie|-2.82
w:schrok|aanmoediging|-1.0
w:schrok|waarschuwen|-1.0
w:schrok|afronding-aankondigen|-1.0
w:schuift|jij-boodschap|-0.83
w:schuift|bevelen|-0.59
w:schuift|bekritiseren|0.94
w:schuift|vervolgafspraak|0.97
w:schuld|jij-boodschap|0.97
w:schuld|samenvatting|-0.97
w:schuld|bekritiseren|0.97
w:schuldig|jij-boodschap|-0.3
w:schuldig|interpreteren|0.99
w:schuldig|geruststellen|-0.98
w:sectie|gevoelsreflectie|0.82
w:sectie|etiketteren|0.98
w:sem|jij-boodschap|-0.93
w:sem|gevoelsreflectie|-0.9
w:sem|bevelen|1.0
w:sem|waarschuwen|1.0
w:sem|adviseren|-0.29
w:sem|bekritiseren|-2.75
w:sem|etiketteren|0.99
w:sem|geruststellen|-1.0
w:sem|vervolgafspraak|-0.91
w:september|jij-boodschap|-0.51
w:september|bevelen|-0.96
w:september|argumenteren|0.93
w:serieus|jij-boodschap|0.84
w:serieus|gevoelsreflectie|0.87
w:serieus|bekritiseren|-0.95
w:sfeer|jij-boodschap|1.34
w:sfeer|samenvatting|0.98
w:sfeer|open-vraag|-1.84
w:sfeer|bekritiseren|1.62
w:simpel|argumenteren|0.91
w:simpel|afleiden|-0.91
w:sinds|ik-boodschap|2.9
w:sinds|jij-boodschap|-1.43
w:sinds|parafrase|0.99
w:sinds|gevoelsreflectie|-0.99
w:sinds|samenvatting|-0.91
w:sinds|open-vraag|0.99
w:sinds|bevelen|-0.96
w:sinds|bekritiseren|-1.91
w:sinds|geruststellen|-0.99
w:sinds|vervolgafspraak|-0.94
w:situatie|argumenteren|-0.9
w:slaap|ik-boodschap|0.98
w:slaap|samenvatting|0.65
w:slaap|open-vraag|-1.9
w:slaap|moraliseren|-0.98
w:slaap|argumenteren|0.96
w:slaap|bekritiseren|-1.15
w:slaap|afleiden|-0.99
w:slaapt|parafrase|-0.97
w:slaapt|gevoelsreflectie|-0.97
w:slaapt|samenvatting|0.97
w:slaapt|aanmoediging|-0.92
w:slaapt|moraliseren|-0.87
w:slaapt|adviseren|0.8
w:slaat|jij-boodschap|-0.97
w:slaat|argumenteren|0.96
w:slaat|geruststellen|-0.96
w:slapen|parafrase|0.83
w:slecht|ik-boodschap|-0.97
w:slecht|parafrase|-0.97
w:slecht|gevoelsreflectie|-0.97
w:slecht|samenvatting|0.97
w:slecht|aanmoediging|-0.92
w:slecht|moraliseren|-0.87
w:slecht|bekritiseren|1.44
w:slechte|open-vraag|-0.94
w:slechte|bekritiseren|0.89
w:slechte|etiketteren|-0.67
w:slechte|geruststellen|2.51
w:slechte|afleiden|0.85
w:slim|adviseren|0.97
w:slim|argumenteren|-0.88
w:slim|bekritiseren|-0.71
w:slim|etiketteren|1.09
w:slim|afleiden|-0.98
w:slimme|jij-boodschap|-1.87
w:slimme|samenvatting|-1.0
w:slimme|moraliseren|-0.9
w:slimme|prijzen|3.57
w:slimme|etiketteren|-0.98
w:slimme|geruststellen|-0.91
w:slimme|afronding-aankondigen|-1.0
w:slimme|bedanken|-1.0
w:slimste|adviseren|-0.9
w:slimste|prijzen|0.9
w:slimste|ondervragen|-0.98
w:slordige|bekritiseren|-1.52
w:sluit|bedanken|0.76
w:smeet|aanmoediging|-1.0
w:smit|bevelen|0.95
w:smit|interpreteren|-0.99
w:snap|ik-boodschap|-1.0
w:snap|parafrase|2.15
w:snap|gevoelsreflectie|1.85
w:snap|samenvatting|-0.75
w:snap|open-vraag|-1.0
w:snap|aanmoediging|1.0
w:snap|bevelen|0.91
w:snap|adviseren|1.95
w:snap|argumenteren|-1.0
w:snap|bekritiseren|-0.71
w:snap|geruststellen|2.02
w:snapchat|ik-boodschap|-0.96
w:snapchat|samenvatting|0.96
w:snapt|ik-boodschap|1.32
w:snapt|jij-boodschap|-0.97
w:snapt|argumenteren|-0.96
w:snapt|prijzen|0.97
w:snapt|geruststellen|-0.91
w:snel|jij-boodschap|-1.86
w:snel|waarschuwen|0.99
w:snel|bekritiseren|-1.93
w:sneller|interpreteren|-0.85
w:sociaal|etiketteren|-0.98
w:sociaal|geruststellen|-0.98
w:soms|jij-boodschap|1.87
w:soms|etiketteren|0.98
w:soms|geruststellen|0.93
w:soort|bekritiseren|1.63
w:soort|geruststellen|-0.94
w:soort|afleiden|0.96
w:sorry|jij-boodschap|0.7
w:sorry|etiketteren|0.96
w:speelde|jij-boodschap|-0.84
w:speelde|bekritiseren|-0.98
w:speelt|ik-boodschap|-0.99
w:speelt|argumenteren|-0.99
w:speelt|vervolgafspraak|-0.94
w:spelcomputer|adviseren|1.0
w:spelen|waarschuwen|-0.91
w:spieken|jij-boodschap|-1.8
w:spieken|moraliseren|0.91
w:spieken|bekritiseren|-0.91
w:spiekt|jij-boodschap|-0.53
w:spiekt|bekritiseren|-0.62
w:spiekt|afleiden|0.98
w:spijbelen|waarschuwen|0.84
w:spijbelt|ik-boodschap|-0.98
w:spijbelt|jij-boodschap|0.97
w:spijbelt|bekritiseren|0.96
w:spijbelt|geruststellen|-0.93
w:sprake|gevoelsreflectie|0.92
w:spreek|samenvatting|0.83
w:spreek|vervolgafspraak|0.98
w:spreek|bedanken|0.16
w:spreken|ik-boodschap|-0.87
w:spreken|samenvatting|0.97
w:spreken|argumenteren|0.99
w:spreken|afleiden|-0.97
w:spreken|afronding-aankondigen|-0.72
w:spreken|vervolgafspraak|0.97
w:spreker|ik-boodschap|0.61
w:spullen|ik-boodschap|0.18
w:spullen|waarschuwen|-0.82
w:sta|ik-boodschap|1.0
w:sta|waarschuwen|-1.0
w:sta|interpreteren|-1.0
w:staan|ik-boodschap|0.93
w:staan|jij-boodschap|-0.98
w:staan|moraliseren|0.91
w:staan|adviseren|-0.99
w:staan|bekritiseren|0.84
w:staat|jij-boodschap|-0.92
w:staat|samenvatting|-0.94
w:staat|bevelen|0.99
w:staat|waarschuwen|0.98
w:staat|argumenteren|-0.1
w:staat|geruststellen|-1.91
w:staat|vervolgafspraak|-0.98
w:staat|bedanken|-0.99
w:stad|ondervragen|0.93
w:stage|jij-boodschap|-0.95
w:stage|samenvatting|0.95
w:stage|bekritiseren|-0.95
w:stage|afleiden|0.71
w:stagebegeleider|bevelen|0.96
w:stagebegeleider|vervolgafspraak|-0.96
w:stand|argumenteren|-0.84
w:stappen|parafrase|-0.86
w:star|jij-boodschap|-0.74
w:star|interpreteren|-0.58
w:staren|open-vraag|0.99
w:statistisch|argumenteren|0.86
w:steeds|ik-boodschap|2.15
w:steeds|jij-boodschap|5.69
w:steeds|gevoelsreflectie|-1.71
w:steeds|bevelen|-0.22
w:steeds|moraliseren|-0.99
w:steeds|bekritiseren|4.67
w:steeds|ondervragen|-1.81
w:steeds|afronding-aankondigen|-1.0
w:steek|samenvatting|-0.97
w:steek|open-vraag|-0.97
w:steek|argumenteren|-0.98
w:steek|prijzen|0.98
w:stel|etiketteren|0.97
w:stel|vervolgafspraak|0.92
w:stellen|ik-boodschap|0.95
w:stellen|moraliseren|0.94
w:stelt|jij-boodschap|0.91
w:stelt|gevoelsreflectie|0.97
w:stelt|moraliseren|-0.99
w:stelt|bekritiseren|1.69
w:stelt|afleiden|0.91
w:sterk|jij-boodschap|-0.9
w:sterk|interpreteren|0.9
w:sterke|jij-boodschap|-0.98
w:sterke|prijzen|1.0
w:steunen|ik-boodschap|-0.98
w:steunen|bevelen|-0.99
w:steunen|moraliseren|0.98
w:stiefvader|samenvatting|-0.62
w:stiekem|interpreteren|0.89
w:stil|ondervragen|-0.92
w:stilleggen|waarschuwen|-0.91
w:stoel|ik-boodschap|0.98
w:stoer|jij-boodschap|-0.97
w:stoer|prijzen|-0.97
w:stoer|etiketteren|-0.99
w:stoer|interpreteren|0.99
w:stof|ik-boodschap|0.96
w:stof|argumenteren|-0.96
w:stof|vervolgafspraak|-0.95
w:stond|parafrase|-0.75
w:stond|open-vraag|-0.8
w:stond|argumenteren|1.92
w:stonden|bevelen|-0.86
w:stonden|argumenteren|-0.8
w:stoort|ik-boodschap|0.98
w:stop|jij-boodschap|-0.98
w:stop|bevelen|0.97
w:stop|adviseren|-1.0
w:stop|bekritiseren|-0.86
w:stop|interpreteren|-1.0
w:stop|afleiden|-1.0
w:stoppen|ik-boodschap|0.91
w:stoppen|samenvatting|-0.99
w:stoppen|moraliseren|-0.98
w:stoppen|afronding-aankondigen|1.78
w:stoppen|vervolgafspraak|0.97
w:stopt|ik-boodschap|-0.97
w:stopt|interpreteren|-0.85
w:straat|ondervragen|0.91
w:straf|open-vraag|0.18
w:strafwerk|interpreteren|-1.0
w:straks|ik-boodschap|1.0
w:straks|parafrase|-1.0
w:straks|waarschuwen|0.86
w:straks|interpreteren|-2.0
w:straks|geruststellen|0.21
w:straks|vervolgafspraak|-1.84
w:strenger|adviseren|-0.81
w:stress|argumenteren|-0.93
w:structuur|interpreteren|1.0
w:structuur|afronding-aankondigen|0.14
w:structuur|bedanken|0.97
w:studiecoach|geruststellen|-0.87
w:studiewijzer|bevelen|-0.86
w:studiewijzer|argumenteren|0.96
w:stuk|jij-boodschap|-0.81
w:stuk|prijzen|-0.99
w:stuk|etiketteren|0.99
w:sturen|jij-boodschap|0.8
w:sturen|bekritiseren|2.84
w:sturen|geruststellen|-1.94
w:sturen|vervolgafspraak|-0.87
w:stuur|ik-boodschap|-0.98
w:stuur|waarschuwen|0.83
w:stuur|etiketteren|-0.99
w:stuur|bedanken|0.76
w:stuurt|bevelen|1.31
w:super|etiketteren|-0.98
w:super|geruststellen|-0.98
w:sven|adviseren|0.92
w:t|samenvatting|-0.62
w:taak|moraliseren|0.93
w:tafel|ik-boodschap|0.97
w:tafel|aanmoediging|-1.0
w:tafel|afronding-aankondigen|-0.99
w:tafel|vervolgafspraak|1.0
w:tafel|bedanken|0.54
w:tandarts|bevelen|-0.94
w:tas|gevoelsreflectie|-0.99
w:tas|open-vraag|-0.99
w:tas|adviseren|1.88
w:te|ik-boodschap|-0.68
w:te|jij-boodschap|0.43
w:te|gevoelsreflectie|-0.24
w:te|samenvatting|-1.27
w:te|open-vraag|1.91
w:te|bevelen|-2.83
w:te|waarschuwen|-0.94
w:te|moraliseren|2.07
w:te|argumenteren|0.86
w:te|bekritiseren|0.97
w:te|interpreteren|0.87
w:te|geruststellen|-1.67
w:te|ondervragen|-1.86
w:te|afleiden|-0.83
w:te|vervolgafspraak|0.98
w:te|bedanken|-1.42
w:team|ik-boodschap|0.61
w:teamleider|jij-boodschap|-0.97
w:teamleider|parafrase|0.82
w:teamleider|gevoelsreflectie|-0.82
w:teamleider|waarschuwen|0.83
w:teamleider|argumenteren|-0.97
w:teamleider|vervolgafspraak|0.83
w:tegelijk|ik-boodschap|0.68
w:tegelijk|samenvatting|-0.83
w:tegelijk|open-vraag|-0.96
w:tegen|ik-boodschap|-0.93
w:tegen|jij-boodschap|0.15
w:tegen|parafrase|1.96
w:tegen|gevoelsreflectie|1.01
w:tegen|samenvatting|-0.97
w:tegen|open-vraag|0.96
w:tegen|waarschuwen|0.93
w:tegen|moraliseren|0.97
w:tegen|argumenteren|-0.88
w:tegen|bekritiseren|0.97
w:tegen|geruststellen|-0.99
w:tegen|ondervragen|0.99
w:tegenaan|samenvatting|-1.0
w:tegenaan|adviseren|-1.0
w:tegenover|jij-boodschap|-0.86
w:tegenover|moraliseren|0.91
w:tegenover|argumenteren|1.0
w:tegenover|bekritiseren|-0.91
w:tegenovergestelde|jij-boodschap|0.91
w:tegenovergestelde|bekritiseren|0.81
w:tegenwoordig|ik-boodschap|-0.99
w:tegenwoordig|bevelen|-0.74
w:tegenwoordig|geruststellen|-0.93
w:tegenwoordig|afleiden|0.93
w:tekenen|geruststellen|-0.7
w:tekortpunten|argumenteren|0.99
w:telefoon|ik-boodschap|-0.81
w:telefoon|bevelen|1.03
w:telefoon|waarschuwen|1.0
w:telefoon|moraliseren|-1.82
w:telefoon|adviseren|1.0
w:telefoon|argumenteren|-0.99
w:telefoon|bekritiseren|-1.67
w:telefoon|prijzen|0.2
w:telefoon|interpreteren|-0.94
w:telefoon|geruststellen|-0.93
w:telefoon|ondervragen|0.88
w:telefoon|vervolgafspraak|-0.8
w:telefoonnummer|open-vraag|-0.98
w:telefoons|bevelen|0.96
w:teleur|jij-boodschap|0.91
w:teleur|bekritiseren|0.81
w:teleurgesteld|jij-boodschap|0.18
w:teleurgesteld|parafrase|-2.8
w:teleurgesteld|gevoelsreflectie|3.54
w:teleurgesteld|bekritiseren|0.44
w:teleurgesteld|ondervragen|-1.0
w:teleurgesteld|afleiden|-0.87
w:tenminste|afleiden|0.91
w:ter|gevoelsreflectie|0.92
w:terecht|waarschuwen|-1.0
w:terecht|bekritiseren|-0.97
w:terecht|geruststellen|0.84
w:terug|jij-boodschap|-1.14
w:terug|parafrase|-1.76
w:terug|samenvatting|1.92
w:terug|vervolgafspraak|-0.94
w:terugduwde|gevoelsreflectie|-0.9
w:teruggevonden|gevoelsreflectie|-0.9
w:terughoor|parafrase|-0.95
w:terwijl|gevoelsreflectie|0.9
w:terwijl|moraliseren|0.94
w:tess|ik-boodschap|1.0
w:tevoren|parafrase|0.8
w:tevoren|open-vraag|-0.99
w:tevoren|adviseren|1.88
w:tevreden|gevoelsreflectie|-0.85
w:tevreden|samenvatting|0.7
w:thanks|bedanken|0.91
w:thee|open-vraag|-0.98
w:thijs|ik-boodschap|0.98
w:thomas|open-vraag|-0.99
w:thuis|jij-boodschap|-1.12
w:thuis|gevoelsreflectie|-1.17
w:thuis|samenvatting|1.37
w:thuis|open-vraag|3.73
w:thuis|aanmoediging|-0.92
w:thuis|moraliseren|-1.0
w:thuis|adviseren|-0.9
w:thuis|argumenteren|-1.99
w:thuis|bekritiseren|0.99
w:thuis|prijzen|-1.06
w:thuis|geruststellen|-0.9
w:thuis|afleiden|-1.0
w:thuis|afronding-aankondigen|0.14
w:thuis|bedanken|1.02
w:thuisgehouden|jij-boodschap|0.97
w:thuisgehouden|bekritiseren|1.75
w:thuissituatie|open-vraag|0.93
w:tien|waarschuwen|-0.97
w:tien|moraliseren|1.0
w:tijd|ik-boodschap|-1.51
w:tijd|jij-boodschap|1.39
w:tijd|gevoelsreflectie|1.59
w:tijd|samenvatting|-0.68
w:tijd|aanmoediging|2.76
w:tijd|adviseren|-0.42
w:tijd|argumenteren|-0.9
w:tijd|bekritiseren|1.49
w:tijd|prijzen|-0.97
w:tijd|etiketteren|-0.99
w:tijd|interpreteren|-0.99
w:tijd|geruststellen|-0.91
w:tijd|afleiden|-0.99
w:tijd|afronding-aankondigen|1.96
w:tijd|vervolgafspraak|-0.99
w:tijd|bedanken|0.2
w:tijdens|ik-boodschap|1.04
w:tijdens|waarschuwen|-0.91
w:tijdens|adviseren|0.99
w:tijdens|geruststellen|-0.93
w:tijdens|vervolgafspraak|-0.8
w:tijdstip|afronding-aankondigen|0.92
w:tillen|moraliseren|-0.99
w:tillen|interpreteren|-0.99
w:tillen|geruststellen|-0.74
w:tillen|afleiden|1.62
w:tim|jij-boodschap|-0.99
w:tim|samenvatting|-0.99
w:tim|etiketteren|0.94
w:tip|bevelen|-1.0
w:tip|adviseren|1.86
w:tja|jij-boodschap|3.42
w:tja|open-vraag|-1.73
w:tja|aanmoediging|-0.97
w:tja|argumenteren|-1.82
w:tja|bekritiseren|1.71
w:tja|etiketteren|1.9
w:tja|afleiden|0.97
w:tja|bedanken|-1.56
w:toch|ik-boodschap|-0.98
w:toch|jij-boodschap|-0.92
w:toch|parafrase|0.9
w:toch|gevoelsreflectie|0.97
w:toch|samenvatting|-0.64
w:toch|aanmoediging|-1.0
w:toch|waarschuwen|-1.0
w:toch|moraliseren|3.86
w:toch|adviseren|-1.92
w:toch|argumenteren|-0.79
w:toch|prijzen|2.41
w:toch|etiketteren|-0.98
w:toch|ondervragen|-2.92
w:toch|afleiden|1.89
w:toch|vervolgafspraak|-0.93
w:toch|bedanken|-1.02
w:toe|ik-boodschap|1.94
w:toe|samenvatting|0.65
w:toe|prijzen|-0.93
w:toe|geruststellen|-0.99
w:toe|vervolgafspraak|0.95
w:toegeven|interpreteren|0.9
w:toekomst|parafrase|-0.96
w:toekomst|adviseren|-0.96
w:toekomst|interpreteren|-0.88
w:toekomt|ik-boodschap|0.95
w:toen|ik-boodschap|1.86
w:toen|jij-boodschap|0.18
w:toen|parafrase|0.25
w:toen|samenvatting|-0.88
w:toen|open-vraag|-0.17
w:toen|bevelen|-0.95
w:toen|waarschuwen|-1.0
w:toen|argumenteren|-1.0
w:toen|bekritiseren|-0.92
w:toen|etiketteren|-0.91
w:toen|geruststellen|-0.99
w:toen|ondervragen|-0.97
w:toen|afleiden|-0.87
w:toen|afronding-aankondigen|-1.0
w:toen|vervolgafspraak|-1.91
w:toen|bedanken|-1.0
w:toestemmingsbrief|ondervragen|-0.93
w:toets|ik-boodschap|0.84
w:toets|jij-boodschap|-0.98
w:toets|parafrase|0.99
w:toets|gevoelsreflectie|-0.16
w:toets|waarschuwen|-0.93
w:toets|argumenteren|0.1
w:toets|bekritiseren|-0.83
w:toets|prijzen|-0.97
w:toets|vervolgafspraak|1.07
w:toetsen|ik-boodschap|1.88
w:toetsen|parafrase|-0.94
w:toetsen|samenvatting|-0.11
w:toetsen|adviseren|-1.99
w:toetsen|argumenteren|0.99
w:toetsen|bekritiseren|-0.63
w:toetsen|vervolgafspraak|-0.88
w:toetsweek|moraliseren|-0.86
w:toetsweek|bekritiseren|-0.9
w:toetsweek|vervolgafspraak|0.99
w:toevoegen|samenvatting|0.65
w:tof|ik-boodschap|0.95
w:tolk|ik-boodschap|-0.24
w:tolk|parafrase|0.93
w:tolk|samenvatting|-0.83
w:tolk|vervolgafspraak|0.96
w:tom|interpreteren|0.99
w:toont|bekritiseren|-0.8
w:top|ik-boodschap|-1.0
w:top|bedanken|1.0
w:tornen|gevoelsreflectie|0.65
w:tornen|geruststellen|-0.92
w:tot|ik-boodschap|-1.87
w:tot|jij-boodschap|1.91
w:tot|gevoelsreflectie|-1.0
w:tot|samenvatting|0.65
w:tot|open-vraag|-0.8
w:tot|adviseren|-0.83
w:tot|bekritiseren|1.97
w:tot|prijzen|-0.65
w:tot|interpreteren|-0.99
w:tot|ondervragen|0.97
w:tot|afleiden|-1.0
w:tot|vervolgafspraak|-1.77
w:totaal|ik-boodschap|-0.97
w:trainingen|ik-boodschap|0.61
w:trap|adviseren|-0.91
w:trap|vervolgafspraak|-0.91
w:trekt|parafrase|-0.12
w:trekt|bekritiseren|-1.78
w:trekt|etiketteren|-0.96
w:trekt|geruststellen|0.81
w:trots|jij-boodschap|-0.85
w:trots|gevoelsreflectie|0.79
w:trots|bekritiseren|-0.92
w:trots|interpreteren|-0.93
w:trouwens|etiketteren|-0.82
w:trouwens|afleiden|0.99
w:tussen|samenvatting|-0.62
w:tussen|open-vraag|0.99
w:tussenuren|parafrase|0.98
w:twaalf|argumenteren|0.89
w:twaalfde|vervolgafspraak|0.96
w:twee|jij-boodschap|-0.16
w:twee|parafrase|-0.91
w:twee|gevoelsreflectie|-1.59
w:twee|open-vraag|-0.93
w:twee|bevelen|-0.82
w:twee|adviseren|0.91
w:twee|argumenteren|0.96
w:twee|bekritiseren|0.83
w:twee|geruststellen|0.95
w:twee|ondervragen|-0.86
w:twee|afronding-aankondigen|-1.95
w:twee|vervolgafspraak|1.91
w:tweede|ik-boodschap|0.96
w:tweede|gevoelsreflectie|0.97
w:tweede|samenvatting|-0.96
w:tweede|waarschuwen|0.9
w:tweede|moraliseren|-0.94
w:tweede|adviseren|-1.0
w:tweede|prijzen|-0.9
w:tweede|geruststellen|0.99
w:tweede|afleiden|-0.17
w:tweede|vervolgafspraak|1.94
w:tygo|jij-boodschap|-0.34
w:tygo|bekritiseren|-0.99
w:typerend|jij-boodschap|0.98
w:typerend|bekritiseren|0.98
w:typisch|jij-boodschap|0.92
w:typisch|waarschuwen|-0.83
w:typisch|bekritiseren|-0.11
w:typisch|etiketteren|1.9
w:u|ik-boodschap|-4.04
w:u|jij-boodschap|1.32
w:u|parafrase|0.5
w:u|gevoelsreflectie|-0.63
w:u|samenvatting|-1.2
w:u|open-vraag|0.83
w:u|aanmoediging|-0.21
w:u|bevelen|0.32
w:u|waarschuwen|-2.07
w:u|moraliseren|-1.95
w:u|adviseren|-1.89
w:u|argumenteren|-0.28
w:u|bekritiseren|-0.21
w:u|prijzen|0.33
w:u|etiketteren|-1.85
w:u|geruststellen|-0.89
w:u|ondervragen|-2.82
w:u|afleiden|-2.84
w:u|afronding-aankondigen|-1.99
w:u|vervolgafspraak|0.97
w:u|bedanken|0.39
w:uit|ik-boodschap|0.92
w:uit|jij-boodschap|-2.02
w:uit|bevelen|0.93
w:uit|waarschuwen|0.91
w:uit|moraliseren|0.92
w:uit|adviseren|0.12
w:uit|argumenteren|0.96
w:uit|bekritiseren|-0.62
w:uit|geruststellen|-0.94
w:uit|afleiden|0.98
w:uit|vervolgafspraak|-0.94
w:uitdaging|interpreteren|0.94
w:uitdelen|ik-boodschap|0.98
w:uiterlijk|bevelen|1.77
w:uitgelachen|ik-boodschap|0.97
w:uitgelachen|gevoelsreflectie|-0.97
w:uitgeprint|vervolgafspraak|-0.99
w:uitgerust|moraliseren|0.98
w:uitgescholden|bekritiseren|-0.92
w:uitgesteld|ik-boodschap|1.0
w:uitkomen|ik-boodschap|-0.91
w:uitkomen|vervolgafspraak|-0.91
w:uitlachen|jij-boodschap|-0.97
w:uitlachen|parafrase|0.97
w:uitlachen|gevoelsreflectie|0.78
w:uitlachen|samenvatting|-0.97
w:uitlachen|open-vraag|-0.97
w:uitlachen|moraliseren|0.93
w:uitleg|ik-boodschap|1.67
w:uitleg|samenvatting|-0.83
w:uitleg|open-vraag|0.99
w:uitleg|etiketteren|-0.99
w:uitliep|ik-boodschap|0.97
w:uitlokt|argumenteren|-0.94
w:uitnodiging|parafrase|1.0
w:uitpraten|bevelen|1.77
w:uitpraten|bekritiseren|-0.91
w:uitpraten|afleiden|-0.97
w:uitschelden|jij-boodschap|-1.8
w:uitschelden|moraliseren|1.8
w:uitschelden|bekritiseren|-1.8
w:uitscheldt|ik-boodschap|1.62
w:uitscheldt|jij-boodschap|-0.95
w:uitscheldt|bekritiseren|-0.87
w:uitschold|ik-boodschap|0.77
w:uitslag|prijzen|0.97
w:uitziet|prijzen|-0.99
w:uitziet|interpreteren|-0.99
w:uitzondering|ik-boodschap|-0.97
w:uitzondering|argumenteren|1.95
w:uitzondering|interpreteren|-0.98
w:uploaden|ik-boodschap|-0.96
w:uren|jij-boodschap|0.68
w:urenlang|parafrase|0.9
w:urenlang|samenvatting|-0.64
w:utrecht|ik-boodschap|-0.96
w:uur|ik-boodschap|2.74
w:uur|jij-boodschap|-1.67
w:uur|gevoelsreflectie|-1.0
w:uur|samenvatting|-2.5
w:uur|open-vraag|-1.92
w:uur|waarschuwen|-1.97
w:uur|adviseren|0.99
w:uur|argumenteren|0.98
w:uur|bekritiseren|-0.43
w:uur|afleiden|-0.87
w:uur|afronding-aankondigen|-0.97
w:uur|vervolgafspraak|2.87
w:uur|bedanken|-1.77
w:uurtje|geruststellen|-0.96
w:uw|ik-boodschap|-0.31
w:uw|jij-boodschap|1.76
w:uw|gevoelsreflectie|-0.88
w:uw|samenvatting|-0.85
w:uw|aanmoediging|-0.97
w:uw|bevelen|-0.73
w:uw|moraliseren|-0.97
w:uw|adviseren|-0.96
w:uw|argumenteren|-1.95
w:uw|bekritiseren|0.97
w:uw|prijzen|1.25
w:uw|interpreteren|0.88
w:uw|afronding-aankondigen|-0.99
w:uw|vervolgafspraak|-0.99
w:uw|bedanken|1.91
w:uzelf|etiketteren|1.73
w:uzelf|ondervragen|-0.94
w:vaak|ik-boodschap|-1.71
w:vaak|gevoelsreflectie|-1.83
w:vaak|samenvatting|0.86
w:vaak|bevelen|-0.94
w:vaak|interpreteren|-0.99
w:vaak|ondervragen|0.95
w:vaak|afleiden|-0.84
w:vaak|vervolgafspraak|-3.71
w:vaart|geruststellen|0.95
w:vader|jij-boodschap|-0.97
w:vader|parafrase|1.91
w:vader|samenvatting|-0.82
w:vader|bevelen|-1.45
w:vader|waarschuwen|0.95
w:vader|adviseren|-1.83
w:vader|bekritiseren|0.96
w:vader|etiketteren|-0.98
w:vader|geruststellen|-0.98
w:vader|vervolgafspraak|0.9
w:vak|open-vraag|-0.93
w:vakantie|ik-boodschap|-1.0
w:vakantie|jij-boodschap|0.97
w:vakantie|adviseren|-0.9
w:vakantie|prijzen|0.9
w:vakantie|etiketteren|0.97
w:vakantie|afleiden|1.71
w:vakantie|vervolgafspraak|-0.94
w:vakdocenten|parafrase|-0.95
w:vakdocenten|samenvatting|0.83
w:vakdocenten|bedanken|-0.77
w:vaker|gevoelsreflectie|-1.82
w:vaker|samenvatting|0.7
w:vaker|bevelen|-0.41
w:vaker|adviseren|0.96
w:vaker|geruststellen|0.96
w:vakken|parafrase|0.77
w:vakken|open-vraag|0.94
w:vakken|bevelen|-0.82
w:vakken|bekritiseren|-0.97
w:valt|ik-boodschap|-0.94
w:valt|gevoelsreflectie|0.65
w:valt|argumenteren|0.98
w:valt|geruststellen|-0.92
w:van|ik-boodschap|1.31
w:van|jij-boodschap|0.88
w:van|parafrase|-1.17
w:van|gevoelsreflectie|-0.7
w:van|samenvatting|-0.92
w:van|open-vraag|0.15
w:van|aanmoediging|-2.0
w:van|bevelen|0.31
w:van|moraliseren|-0.88
w:van|adviseren|-1.74
w:van|argumenteren|-2.83
w:van|bekritiseren|-1.09
w:van|prijzen|-1.97
w:van|interpreteren|-1.85
w:van|geruststellen|-0.72
w:van|ondervragen|-0.16
w:van|afleiden|-1.39
w:van|afronding-aankondigen|-1.0
w:van|vervolgafspraak|-1.02
w:van|bedanken|-1.81
w:vanaf|gevoelsreflectie|-0.91
w:vanaf|bevelen|-0.77
w:vanaf|interpreteren|-1.83
w:vanavond|bevelen|1.0
w:vanavond|argumenteren|-1.0
w:vanavond|etiketteren|-0.99
w:vanavond|vervolgafspraak|0.87
w:vandaag|ik-boodschap|0.71
w:vandaag|jij-boodschap|-0.81
w:vandaag|parafrase|-1.0
w:vandaag|samenvatting|-0.93
w:vandaag|open-vraag|1.91
w:vandaag|aanmoediging|-1.0
w:vandaag|bevelen|-0.99
w:vandaag|argumenteren|-0.97
w:vandaag|bekritiseren|-0.63
w:vandaag|prijzen|-0.99
w:vandaag|etiketteren|-1.78
w:vandaag|interpreteren|-1.94
w:vandaag|ondervragen|-0.99
w:vandaag|afleiden|-0.12
w:vandaag|afronding-aankondigen|1.0
w:vandaag|vervolgafspraak|-1.79
w:vanmiddag|bevelen|2.43
w:vanmiddag|etiketteren|-0.97
w:vanochtend|ik-boodschap|0.91
w:vanochtend|argumenteren|-1.0
w:vanochtend|vervolgafspraak|-1.0
w:vanochtend|bedanken|-1.0
w:vanuit|ik-boodschap|-0.91
w:vanuit|vervolgafspraak|-0.91
w:vanzelf|bekritiseren|-0.81
w:vanzelf|geruststellen|2.73
w:vanzelf|afleiden|-1.84
w:vast|ik-boodschap|1.94
w:vast|jij-boodschap|-1.75
w:vast|parafrase|-0.99
w:vast|bevelen|-1.35
w:vast|waarschuwen|-0.91
w:vast|adviseren|-0.81
w:vast|bekritiseren|-0.99
w:vast|prijzen|5.72
w:vast|etiketteren|-1.98
w:vast|interpreteren|1.0
w:vast|ondervragen|-0.96
w:vast|afronding-aankondigen|-0.83
w:vast|vervolgafspraak|0.13
w:vast|bedanken|-0.92
w:vaste|samenvatting|0.83
w:vaste|adviseren|1.86
w:vaste|vervolgafspraak|0.91
w:vastligt|moraliseren|-0.86
w:vastligt|argumenteren|0.98
w:vastloopt|ik-boodschap|1.0
w:vastloopt|waarschuwen|-1.0
w:vecht|waarschuwen|1.0
w:vecht|argumenteren|-1.0
w:vechtersbaas|jij-boodschap|1.81
w:vechtersbaas|etiketteren|0.96
w:veel|ik-boodschap|-0.99
w:veel|jij-boodschap|-0.36
w:veel|parafrase|-0.99
w:veel|bevelen|-2.0
w:veel|argumenteren|-0.99
w:veel|bekritiseren|0.17
w:veel|geruststellen|0.99
w:veertien|ik-boodschap|-1.0
w:veertien|open-vraag|-1.0
w:veertien|moraliseren|1.0
w:veilig|gevoelsreflectie|-0.96
w:vel|waarschuwen|-0.85
w:vel|bekritiseren|-0.78
w:ver|jij-boodschap|0.97
w:ver|bekritiseren|1.37
w:veranderde|parafrase|0.92
w:veranderen|ik-boodschap|-1.0
w:veranderen|argumenteren|1.0
w:veranderen|etiketteren|-1.0
w:veranderen|afleiden|-1.0
w:verandert|bekritiseren|-0.97
w:verantwoord|argumenteren|0.99
w:verantwoordelijk|jij-boodschap|0.77
w:verantwoordelijk|bekritiseren|1.76
w:verantwoordelijkheid|samenvatting|-0.97
w:verantwoordelijkheid|open-vraag|-0.97
w:verantwoordelijkheid|bevelen|-0.9
w:verantwoordelijkheid|adviseren|0.99
w:verantwoordelijkheid|argumenteren|-0.98
w:verantwoordelijkheid|bekritiseren|0.94
w:verbergen|ik-boodschap|-0.61
w:verbergen|interpreteren|0.9
w:verbeteringen|ondervragen|-0.99
w:verbouwing|afleiden|0.94
w:verder|ik-boodschap|1.0
w:verder|parafrase|-1.0
w:verder|gevoelsreflectie|-0.98
w:verder|samenvatting|-0.98
w:verder|open-vraag|-1.0
w:verder|aanmoediging|1.98
w:verder|bevelen|-0.99
w:verder|waarschuwen|-1.0
w:verder|adviseren|-0.96
w:verder|bekritiseren|-0.93
w:verder|ondervragen|-0.96
w:verder|afleiden|-0.96
w:verder|afronding-aankondigen|-0.99
w:verder|vervolgafspraak|1.0
w:verder|bedanken|-0.99
w:verdoen|jij-boodschap|1.73
w:verdoen|samenvatting|-0.83
w:verdoen|bevelen|-0.91
w:verdoen|bekritiseren|1.55
w:verdriet|gevoelsreflectie|0.96
w:verdrietig|ik-boodschap|-1.91
w:verdrietig|parafrase|1.04
w:verdrietig|gevoelsreflectie|1.89
w:verdrietig|samenvatting|-0.97
w:verdrietig|open-vraag|-0.97
w:verdrietig|geruststellen|-0.93
w:vergeet|open-vraag|-0.99
w:vergeet|bekritiseren|-0.23
w:vergeet|geruststellen|0.93
w:vergeten|gevoelsreflectie|-0.6
w:vergeten|open-vraag|0.98
w:vergeten|bekritiseren|-0.98
w:vergist|bevelen|-0.86
w:vergist|moraliseren|-0.9
w:vergist|argumenteren|1.92
w:verhaal|jij-boodschap|0.47
w:verhaal|gevoelsreflectie|-0.95
w:verhaal|open-vraag|-1.0
w:verhaal|bevelen|0.77
w:verhaal|adviseren|-1.0
w:verhaal|bekritiseren|0.84
w:verhaal|etiketteren|0.91
w:verhaal|geruststellen|-1.0
w:verhaal|bedanken|0.93
w:verhouding|open-vraag|-0.8
w:verhuizing|parafrase|0.92
w:verhuizing|ondervragen|0.94
w:verjaardag|afleiden|-0.96
w:verkeerd|parafrase|-1.0
w:verkeerd|argumenteren|0.86
w:verkeerd|geruststellen|1.73
w:verliest|ik-boodschap|0.88
w:verlopen|open-vraag|0.81
w:verpest|jij-boodschap|2.34
w:verpest|bekritiseren|1.77
w:verplaatst|afleiden|-0.82
w:verpleegkundige|prijzen|0.93
w:verrast|ik-boodschap|0.92
w:verrast|bekritiseren|-0.63
w:verschil|gevoelsreflectie|-0.99
w:verschil|samenvatting|0.99
w:verschil|open-vraag|0.92
w:verschil|geruststellen|-0.72
w:verschoven|argumenteren|-0.9
w:verslag|ik-boodschap|0.99
w:verslag|bekritiseren|-0.99
w:verslagen|jij-boodschap|0.98
w:verslagen|bevelen|-0.98
w:verslagen|bekritiseren|1.84
w:versta|open-vraag|-0.96
w:verstandig|interpreteren|-0.98
w:verstoort|jij-boodschap|0.95
w:verstoort|bekritiseren|0.86
w:vertalen|ik-boodschap|0.99
w:vertalen|bevelen|-0.99
w:vertel|aanmoediging|1.67
w:vertel|afleiden|-0.91
w:verteld|jij-boodschap|-0.98
w:verteld|parafrase|1.0
w:verteld|samenvatting|-0.7
w:verteld|open-vraag|0.99
w:verteld|bekritiseren|-0.78
w:verteld|prijzen|-0.87
w:verteld|ondervragen|0.99
w:verteld|afleiden|-1.63
w:vertelde|jij-boodschap|-0.9
w:vertelde|waarschuwen|-0.9
w:vertelde|bekritiseren|-0.9
w:vertelde|interpreteren|-0.98
w:vertellen|gevoelsreflectie|0.9
w:vertellen|prijzen|-0.99
w:vertellen|interpreteren|-0.99
w:vertellen|afronding-aankondigen|-0.97
w:vertelt|parafrase|-1.0
w:vertelt|gevoelsreflectie|1.92
w:vertelt|open-vraag|-0.18
w:vertelt|aanmoediging|1.0
w:vertelt|bevelen|0.96
w:vertelt|afronding-aankondigen|-0.96
w:vertelt|bedanken|0.98
w:vertrouwen|moraliseren|1.0
w:vertrouwenspersoon|vervolgafspraak|1.66
w:verveelt|interpreteren|0.94
w:vervelend|ik-boodschap|-0.15
w:vervelend|parafrase|-0.95
w:vervelend|open-vraag|0.98
w:vervelend|argumenteren|-1.0
w:vervelend|bekritiseren|-0.92
w:vervelend|vervolgafspraak|-1.0
w:vervelend|bedanken|-1.0
w:verwacht|gevoelsreflectie|1.0
w:verwacht|ondervragen|-1.0
w:verwachten|moraliseren|0.78
w:verwend|jij-boodschap|0.92
w:verwend|gevoelsreflectie|-0.95
w:verwend|moraliseren|-0.97
w:verwijderd|interpreteren|-0.91
w:verzet|interpreteren|0.85
w:verzuim|ik-boodschap|-0.97
w:verzuim|jij-boodschap|-0.95
w:verzuim|samenvatting|1.95
w:verzuim|aanmoediging|-1.0
w:verzuim|moraliseren|-0.96
w:verzuim|argumenteren|-0.94
w:verzuim|bekritiseren|-0.95
w:verzuim|afleiden|-0.85
w:verzuim|bedanken|0.54
w:verzuimlijn|bevelen|0.9
w:verzuimlijn|interpreteren|-0.9
w:verzuimlijn|vervolgafspraak|-0.9
w:verzuimoverzicht|gevoelsreflectie|-0.95
w:via|ik-boodschap|-0.96
w:via|parafrase|1.61
w:via|samenvatting|0.96
w:via|vervolgafspraak|0.96
w:viel|argumenteren|-0.97
w:vier|parafrase|-0.75
w:vier|waarschuwen|-0.99
w:vier|argumenteren|1.99
w:vier|etiketteren|-1.0
w:vier|ondervragen|-0.96
w:vier|afleiden|-1.0
w:vier|vervolgafspraak|-0.91
w:vier|bedanken|-1.6
w:vierde|samenvatting|-0.99
w:vierde|moraliseren|0.78
w:vierde|vervolgafspraak|0.99
w:vierde|bedanken|-0.98
w:vijf|ik-boodschap|-1.0
w:vijf|argumenteren|2.03
w:vijf|etiketteren|-1.75
w:vijf|afleiden|-1.0
w:vijf|vervolgafspraak|-0.96
w:vijf|bedanken|-0.96
w:vijftiende|vervolgafspraak|0.94
w:vijftiende|bedanken|-0.54
w:vind|ik-boodschap|2.59
w:vind|jij-boodschap|1.22
w:vind|parafrase|-0.95
w:vind|gevoelsreflectie|-2.25
w:vind|open-vraag|2.87
w:vind|waarschuwen|-1.0
w:vind|moraliseren|0.92
w:vind|adviseren|0.91
w:vind|bekritiseren|1.13
w:vind|etiketteren|-0.98
w:vind|interpreteren|-1.0
w:vind|geruststellen|-0.98
w:vind|afronding-aankondigen|-1.0
w:vind|vervolgafspraak|0.91
w:vinden|adviseren|-0.58
w:vinden|prijzen|0.83
w:vinden|geruststellen|0.83
w:vindt|jij-boodschap|0.96
w:vindt|parafrase|0.9
w:vindt|samenvatting|-0.83
w:vindt|open-vraag|0.12
w:vindt|bevelen|-0.38
w:vindt|waarschuwen|-0.91
w:vindt|argumenteren|0.92
w:vindt|bekritiseren|0.98
w:vindt|prijzen|0.94
w:vindt|etiketteren|1.09
w:vindt|interpreteren|0.98
w:vindt|ondervragen|-0.86
w:vindt|vervolgafspraak|-0.82
w:vingers|gevoelsreflectie|-0.98
w:vingers|geruststellen|1.87
w:vmbo|afleiden|-0.85
w:voel|ik-boodschap|0.98
w:voel|jij-boodschap|-1.0
w:voel|bevelen|-0.99
w:voelde|gevoelsreflectie|1.84
w:voelen|parafrase|-0.98
w:voelen|gevoelsreflectie|0.97
w:voelt|ik-boodschap|-0.86
w:voelt|jij-boodschap|-0.3
w:voelt|parafrase|-0.14
w:voelt|gevoelsreflectie|2.51
w:voelt|samenvatting|0.92
w:voelt|open-vraag|-0.17
w:voelt|aanmoediging|-1.0
w:voelt|bekritiseren|-0.85
w:voelt|geruststellen|-0.98
w:voetbal|samenvatting|-0.91
w:voetbal|bekritiseren|-0.94
w:voetbal|interpreteren|-0.98
w:voetballen|open-vraag|-0.94
w:voetballen|afleiden|0.85
w:voetbalwedstrijd|open-vraag|-1.61
w:voetbalwedstrijd|afleiden|0.86
w:voldoende|parafrase|-0.94
w:voldoende|moraliseren|-0.91
w:voldoende|adviseren|-0.95
w:voldoende|argumenteren|1.84
w:voldoende|afleiden|-0.91
w:volg|parafrase|1.0
w:volg|samenvatting|-0.7
w:volg|open-vraag|-0.99
w:volgen|ik-boodschap|0.68
w:volgen|samenvatting|-0.83
w:volgend|jij-boodschap|-0.84
w:volgend|waarschuwen|0.9
w:volgend|bekritiseren|-0.98
w:volgend|geruststellen|-0.76
w:volgende|ik-boodschap|-1.81
w:volgende|jij-boodschap|-0.83
w:volgende|parafrase|0.82
w:volgende|samenvatting|0.17
w:volgende|adviseren|-0.99
w:volgende|ondervragen|-0.96
w:volgende|afleiden|-0.76
w:volgende|afronding-aankondigen|0.99
w:volgende|vervolgafspraak|4.72
w:volgende|bedanken|-1.94
w:volgens|ik-boodschap|-1.99
w:volgens|jij-boodschap|-1.74
w:volgens|parafrase|-0.72
w:volgens|gevoelsreflectie|-2.8
w:volgens|samenvatting|-1.0
w:volgens|aanmoediging|-1.0
w:volgens|bevelen|-1.0
w:volgens|waarschuwen|-1.0
w:volgens|moraliseren|-1.0
w:volgens|adviseren|-0.18
w:volgens|argumenteren|-1.92
w:volgens|bekritiseren|-1.0
w:volgens|prijzen|-1.0
w:volgens|etiketteren|-1.99
w:volgens|interpreteren|2.79
w:volgens|geruststellen|-1.9
w:volgens|ondervragen|-1.0
w:volgens|afleiden|-1.0
w:volgens|afronding-aankondigen|-1.0
w:volgens|vervolgafspraak|-1.0
w:volgens|bedanken|-1.0
w:volgt|jij-boodschap|-1.97
w:volgt|gevoelsreflectie|-1.0
w:volgt|moraliseren|-0.1
w:volgt|argumenteren|1.0
w:volgt|bekritiseren|-1.0
w:volwassene|ondervragen|0.95
w:volwassene|afleiden|-0.84
w:volwassenen|ik-boodschap|0.99
w:volwassenen|bevelen|-0.99
w:vond|ik-boodschap|1.86
w:vond|argumenteren|-1.0
w:vond|bekritiseren|-0.18
w:vond|afleiden|0.89
w:vond|vervolgafspraak|-1.91
w:vond|bedanken|-1.0
w:voor|ik-boodschap|3.29
w:voor|jij-boodschap|-2.27
w:voor|parafrase|0.82
w:voor|gevoelsreflectie|1.13
w:voor|aanmoediging|-1.0
w:voor|bevelen|-2.97
w:voor|adviseren|-2.12
w:voor|argumenteren|-1.1
w:voor|bekritiseren|-1.31
w:voor|prijzen|-0.65
w:voor|etiketteren|-0.99
w:voor|interpreteren|-1.01
w:voor|ondervragen|-0.93
w:voor|afleiden|-1.41
w:voor|vervolgafspraak|-0.53
w:voor|bedanken|1.53
w:vooral|ik-boodschap|-0.96
w:vooral|parafrase|1.6
w:vooral|gevoelsreflectie|0.87
w:vooral|samenvatting|0.98
w:vooral|interpreteren|0.98
w:voorbeeld|moraliseren|1.0
w:voorbeeld|adviseren|-0.86
w:voorbeeldfunctie|moraliseren|0.99
w:voorbereid|jij-boodschap|-0.69
w:voorbereid|waarschuwen|-0.93
w:voorbereid|bekritiseren|1.66
w:voorbereid|afleiden|-0.87
w:voorbij|ik-boodschap|-0.97
w:voordat|adviseren|-0.92
w:voorkomen|bekritiseren|0.64
w:voorkomt|interpreteren|-0.91
w:voorstellen|ik-boodschap|-0.9
w:voorstellen|gevoelsreflectie|1.84
w:voort|geruststellen|-0.94
w:voortaan|bevelen|-0.38
w:voortaan|prijzen|-0.15
w:voortzetten|vervolgafspraak|0.83
w:voorzichtig|jij-boodschap|-0.74
w:voorzichtig|interpreteren|-0.58
w:vorig|vervolgafspraak|-0.93
w:vorige|jij-boodschap|0.94
w:vorige|samenvatting|-0.88
w:vorige|prijzen|-0.97
w:vorige|etiketteren|0.92
w:vorige|ondervragen|1.86
w:vorige|afleiden|-0.87
w:vorige|vervolgafspraak|-0.91
w:vraag|ik-boodschap|-0.87
w:vraag|jij-boodschap|0.95
w:vraag|samenvatting|-1.0
w:vraag|aanmoediging|-0.97
w:vraag|bevelen|-0.72
w:vraag|moraliseren|-0.95
w:vraag|adviseren|0.62
w:vraag|argumenteren|-1.0
w:vraag|etiketteren|-1.0
w:vraag|vervolgafspraak|0.99
w:vraagt|jij-boodschap|-0.91
w:vragen|moraliseren|0.95
w:vragen|adviseren|1.86
w:vragen|bekritiseren|-0.94
w:vreselijk|bekritiseren|1.82
w:vrienden|ik-boodschap|-0.97
w:vrienden|parafrase|-0.97
w:vrienden|gevoelsreflectie|-0.95
w:vrienden|samenvatting|1.76
w:vrienden|open-vraag|0.97
w:vrienden|moraliseren|-0.87
w:vrienden|interpreteren|0.98
w:vrienden|afleiden|-0.89
w:vriendengroep|open-vraag|0.99
w:vriendin|ik-boodschap|-0.77
w:vriendin|waarschuwen|-0.93
w:vriendin|moraliseren|0.91
w:vriendschappen|afronding-aankondigen|-0.96
w:vries|gevoelsreflectie|-0.91
w:vries|open-vraag|-0.98
w:vries|bevelen|0.94
w:vries|bekritiseren|-0.98
w:vrij|gevoelsreflectie|-1.0
w:vrij|samenvatting|-0.99
w:vrijdag|ik-boodschap|-1.85
w:vrijdag|samenvatting|0.99
w:vrijdag|bevelen|1.31
w:vrijdag|waarschuwen|0.94
w:vrijdag|afleiden|-0.97
w:vrijdag|afronding-aankondigen|-1.68
w:vrijdag|vervolgafspraak|1.1
w:vrijdag|bedanken|-1.58
w:vrije|geruststellen|-0.91
w:vrijgemaakt|bekritiseren|-0.97
w:vrijgemaakt|prijzen|-0.97
w:vroeg|jij-boodschap|-0.92
w:vroeg|aanmoediging|-1.0
w:vroeg|argumenteren|-0.97
w:vroeger|jij-boodschap|-0.9
w:vroeger|interpreteren|1.75
w:vrolijke|jij-boodschap|-0.76
w:vrolijke|etiketteren|-0.98
w:vrouw|prijzen|1.71
w:vóór|bevelen|1.31
w:vóór|prijzen|-1.0
w:waait|bekritiseren|-1.0
w:waait|afleiden|-0.73
w:waar|ik-boodschap|1.98
w:waar|jij-boodschap|-0.94
w:waar|samenvatting|-1.0
w:waar|bevelen|-0.95
w:waar|waarschuwen|-1.0
w:waar|adviseren|-1.0
w:waar|bekritiseren|-0.96
w:waar|geruststellen|0.99
w:waar|afleiden|-1.96
w:waar|vervolgafspraak|-0.98
w:waardeer|prijzen|0.92
w:waardeer|vervolgafspraak|-0.82
w:waardeer|bedanken|0.9
w:waardeloos|bekritiseren|0.91
w:waardeloze|gevoelsreflectie|-0.97
w:waardeloze|bekritiseren|2.42
w:waardoor|ik-boodschap|2.8
w:waardoor|gevoelsreflectie|-0.6
w:waardoor|adviseren|0.91
w:waardoor|bekritiseren|-2.84
w:waardoor|vervolgafspraak|0.92
w:waarom|ik-boodschap|-0.94
w:waarom|jij-boodschap|-0.14
w:waarom|open-vraag|-1.0
w:waarom|bevelen|-0.98
w:waarom|waarschuwen|-0.98
w:waarom|moraliseren|-0.99
w:waarom|adviseren|1.59
w:waarom|bekritiseren|0.91
w:waarom|geruststellen|-0.99
w:waarom|ondervragen|3.98
w:waarom|afleiden|-1.83
w:waarom|vervolgafspraak|-0.99
w:waarop|ik-boodschap|0.91
w:waarschuw|waarschuwen|0.98
w:wacht|bevelen|-0.91
w:wachten|ik-boodschap|0.83
w:wachten|aanmoediging|-0.98
w:wachten|prijzen|0.97
w:wachten|afronding-aankondigen|0.1
w:wachten|vervolgafspraak|-0.99
w:wakker|gevoelsreflectie|0.97
w:wakker|open-vraag|0.97
w:wakker|adviseren|-0.79
w:wakker|geruststellen|0.94
w:wakker|afleiden|-0.62
w:wakker|bedanken|-0.97
w:wanneer|ik-boodschap|1.7
w:wanneer|samenvatting|-0.83
w:wanneer|open-vraag|-1.0
w:wanneer|waarschuwen|-0.97
w:wanneer|moraliseren|-0.99
w:wanneer|adviseren|-1.0
w:wanneer|bekritiseren|-1.94
w:wanneer|geruststellen|-1.0
w:wanneer|afleiden|-0.96
w:want|ik-boodschap|3.79
w:want|open-vraag|-1.03
w:want|waarschuwen|-1.0
w:want|argumenteren|0.99
w:want|interpreteren|-1.89
w:want|geruststellen|-0.92
w:want|vervolgafspraak|-0.91
w:war|bekritiseren|0.9
w:waren|jij-boodschap|-0.94
w:was|ik-boodschap|-2.73
w:was|jij-boodschap|-1.64
w:was|parafrase|-1.86
w:was|gevoelsreflectie|-0.95
w:was|open-vraag|-3.78
w:was|bevelen|-0.97
w:was|waarschuwen|-0.93
w:was|adviseren|0.16
w:was|argumenteren|2.03
w:was|bekritiseren|0.69
w:was|prijzen|0.72
w:was|etiketteren|-1.82
w:was|geruststellen|-0.99
w:was|ondervragen|0.89
w:was|afleiden|1.02
w:was|vervolgafspraak|0.98
w:was|bedanken|1.99
w:wat|ik-boodschap|-1.94
w:wat|jij-boodschap|1.34
w:wat|parafrase|-1.18
w:wat|gevoelsreflectie|-1.77
w:wat|samenvatting|1.66
w:wat|open-vraag|5.82
w:wat|aanmoediging|-1.97
w:wat|bevelen|0.89
w:wat|waarschuwen|-1.0
w:wat|adviseren|0.31
w:wat|argumenteren|-1.99
w:wat|prijzen|-0.1
w:wat|etiketteren|-0.21
w:wat|ondervragen|-0.95
w:wat|afleiden|1.47
w:wat|afronding-aankondigen|-1.0
w:wat|vervolgafspraak|0.96
w:wat|bedanken|0.22
w:wc|ik-boodschap|-0.93
w:wc|gevoelsreflectie|-0.98
w:we|ik-boodschap|0.95
w:we|jij-boodschap|0.18
w:we|parafrase|-2.9
w:we|samenvatting|1.92
w:we|open-vraag|-3.77
w:we|aanmoediging|-1.99
w:we|bevelen|-1.98
w:we|waarschuwen|-0.91
w:we|adviseren|-2.46
w:we|bekritiseren|-1.46
w:we|prijzen|-1.83
w:we|etiketteren|-0.95
w:we|interpreteren|-1.98
w:we|geruststellen|-1.13
w:we|afleiden|0.11
w:we|afronding-aankondigen|3.02
w:we|vervolgafspraak|2.18
w:we|bedanken|-1.52
w:website|argumenteren|-1.8
w:week|jij-boodschap|0.25
w:week|parafrase|0.82
w:week|gevoelsreflectie|-0.6
w:week|samenvatting|-0.76
w:week|bevelen|-0.86
w:week|argumenteren|-0.96
w:week|bekritiseren|-0.17
w:week|prijzen|-0.97
w:week|ondervragen|0.83
w:week|afleiden|-1.71
w:week|bedanken|-1.75
w:weekend|ik-boodschap|0.98
w:weekend|jij-boodschap|-0.36
w:weekend|bekritiseren|-0.85
w:weekend|vervolgafspraak|-0.98
w:weekplanner|samenvatting|-1.0
w:weekplanner|adviseren|1.0
w:weekplanning|vervolgafspraak|-0.95
w:weer|ik-boodschap|-0.94
w:weer|jij-boodschap|1.34
w:weer|gevoelsreflectie|-0.9
w:weer|samenvatting|-0.85
w:weer|bevelen|-0.67
w:weer|waarschuwen|1.98
w:weer|adviseren|-0.58
w:weer|bekritiseren|0.65
w:weer|etiketteren|-0.8
w:weer|afleiden|0.69
w:weer|afronding-aankondigen|-1.74
w:weer|vervolgafspraak|2.95
w:weer|bedanken|-0.28
w:wees|waarschuwen|0.98
w:wees|geruststellen|0.87
w:weet|ik-boodschap|1.84
w:weet|jij-boodschap|-0.18
w:weet|parafrase|-1.75
w:weet|gevoelsreflectie|-1.99
w:weet|samenvatting|0.62
w:weet|open-vraag|-1.99
w:weet|bevelen|-1.0
w:weet|moraliseren|1.9
w:weet|adviseren|-0.97
w:weet|argumenteren|-0.97
w:weet|bekritiseren|0.82
w:weet|geruststellen|0.99
w:weet|afleiden|-0.99
w:weg|bevelen|1.41
w:weg|adviseren|-0.99
w:wegbleef|vervolgafspraak|-0.91
w:wegblijft|ik-boodschap|-0.99
w:wegkijkt|samenvatting|-0.98
w:wegkomt|bevelen|-0.96
w:wegkomt|bekritiseren|0.58
w:wegliep|argumenteren|-1.0
w:wegliep|vervolgafspraak|-1.0
w:wegliep|bedanken|-1.0
w:wegloopt|jij-boodschap|-1.0
w:wegloopt|bevelen|1.0
w:wegloopt|waarschuwen|1.0
w:wegloopt|bekritiseren|-1.0
w:wegloopt|geruststellen|-1.0
w:wegstopt|ik-boodschap|-0.91
w:wegstopt|waarschuwen|0.91
w:wegzakt|ik-boodschap|0.93
w:wegzakt|adviseren|0.8
w:wegzetten|bekritiseren|0.87
w:weigeren|parafrase|-0.86
w:weinig|parafrase|0.92
w:weinig|gevoelsreflectie|-0.99
w:weinig|samenvatting|0.79
w:weinig|moraliseren|-0.99
w:weinig|adviseren|0.8
w:weinig|interpreteren|1.0
w:weken|ik-boodschap|0.93
w:weken|jij-boodschap|-0.13
w:weken|parafrase|-0.71
w:weken|samenvatting|-0.97
w:weken|open-vraag|-0.99
w:weken|adviseren|0.94
w:weken|argumenteren|1.95
w:weken|etiketteren|-0.91
w:weken|afleiden|0.87
w:weken|afronding-aankondigen|-0.99
w:weken|vervolgafspraak|2.75
w:weken|bedanken|0.54
w:wekker|adviseren|0.57
w:wel|ik-boodschap|-0.98
w:wel|jij-boodschap|-0.16
w:wel|parafrase|-0.96
w:wel|gevoelsreflectie|-3.12
w:wel|samenvatting|0.55
w:wel|bevelen|-2.85
w:wel|waarschuwen|-0.97
w:wel|adviseren|-1.59
w:wel|argumenteren|-0.95
w:wel|bekritiseren|0.13
w:wel|prijzen|2.0
w:wel|interpreteren|-2.98
w:wel|geruststellen|1.95
w:wel|ondervragen|-0.95
w:wel|afleiden|-1.72
w:wel|afronding-aankondigen|0.98
w:wel|vervolgafspraak|-0.97
w:wel|bedanken|0.69
w:weleens|open-vraag|-0.94
w:weleens|aanmoediging|-1.0
w:weleens|argumenteren|-0.72
w:weleens|ondervragen|-1.0
w:weleens|afleiden|1.85
w:welk|open-vraag|-2.9
w:welke|ik-boodschap|-0.94
w:wens|samenvatting|1.0
w:werd|ik-boodschap|-0.9
w:werd|gevoelsreflectie|-1.73
w:wereld|afleiden|0.97
w:werk|bevelen|-0.98
w:werk|moraliseren|1.9
w:werk|adviseren|0.82
w:werk|argumenteren|-1.35
w:werk|prijzen|-0.98
w:werk|geruststellen|-0.82
w:werkdagen|argumenteren|-0.95
w:werkelijk|bekritiseren|0.91
w:werken|waarschuwen|0.99
w:werkmap|gevoelsreflectie|-0.67
w:werkstuk|jij-boodschap|0.94
w:werkstuk|bevelen|1.77
w:werkstuk|waarschuwen|0.94
w:werkstuk|argumenteren|-0.84
w:werkstuk|bekritiseren|1.85
w:werkstuk|afleiden|0.97
w:werkt|jij-boodschap|-0.99
w:werkt|argumenteren|0.89
w:werkt|bekritiseren|-0.85
w:werkt|afleiden|-0.7
w:werkweek|ik-boodschap|-0.93
w:werkweek|parafrase|0.93
w:werkweek|vervolgafspraak|-0.94
w:weten|jij-boodschap|-0.94
w:weten|parafrase|-0.75
w:weten|waarschuwen|-1.0
w:weten|moraliseren|1.95
w:weten|adviseren|-1.89
w:weten|bekritiseren|-0.88
w:weten|ondervragen|-0.1
w:weten|vervolgafspraak|0.97
w:wie|ik-boodschap|-0.97
w:wie|jij-boodschap|-1.31
w:wie|parafrase|0.92
w:wie|gevoelsreflectie|-1.88
w:wie|open-vraag|-1.97
w:wie|bevelen|-0.95
w:wie|moraliseren|-0.91
w:wie|argumenteren|2.81
w:wie|bekritiseren|-2.59
w:wie|prijzen|-0.87
w:wie|ondervragen|1.99
w:wie|afleiden|-1.9
w:wiebelen|ik-boodschap|0.98
w:wij|bevelen|-0.92
w:wij|adviseren|-1.0
w:wij|geruststellen|1.0
w:wijkteam|adviseren|0.9
w:wijsneus|jij-boodschap|2.74
w:wijsneus|prijzen|-0.82
w:wijsneus|etiketteren|0.99
w:wijze|jij-boodschap|-0.97
w:wijze|adviseren|-0.97
w:wijze|prijzen|0.97
w:wil|ik-boodschap|-0.97
w:wil|jij-boodschap|-1.57
w:wil|parafrase|-2.03
w:wil|gevoelsreflectie|-2.95
w:wil|samenvatting|1.58
w:wil|open-vraag|1.89
w:wil|aanmoediging|-1.0
w:wil|bevelen|1.88
w:wil|moraliseren|-1.79
w:wil|adviseren|-1.82
w:wil|argumenteren|-0.97
w:wil|bekritiseren|0.92
w:wil|etiketteren|-0.98
w:wil|interpreteren|2.88
w:wil|geruststellen|-0.94
w:wil|afleiden|1.89
w:wil|afronding-aankondigen|1.96
w:wil|vervolgafspraak|-0.98
w:wil|bedanken|-0.13
w:wilde|bekritiseren|-0.8
w:wilden|bedanken|0.99
w:willen|parafrase|0.94
w:willen|samenvatting|0.99
w:willen|bekritiseren|-0.99
w:willen|vervolgafspraak|-0.91
w:wilt|ik-boodschap|-0.95
w:wilt|jij-boodschap|-0.96
w:wilt|parafrase|0.93
w:wilt|gevoelsreflectie|-1.81
w:wilt|samenvatting|2.35
w:wilt|open-vraag|0.99
w:wilt|bevelen|-0.82
w:wilt|moraliseren|0.96
w:wilt|interpreteren|-0.67
w:wilt|vervolgafspraak|0.99
w:wilt|bedanken|-0.99
w:wiskunde|ik-boodschap|-0.95
w:wiskunde|jij-boodschap|-2.19
w:wiskunde|parafrase|1.0
w:wiskunde|gevoelsreflectie|-0.98
w:wiskunde|samenvatting|0.94
w:wiskunde|open-vraag|0.96
w:wiskunde|aanmoediging|-0.92
w:wiskunde|bevelen|-1.81
w:wiskunde|adviseren|1.84
w:wiskunde|argumenteren|0.97
w:wiskunde|bekritiseren|-0.9
w:wiskunde|prijzen|-1.0
w:wiskunde|afleiden|-0.97
w:wisselen|samenvatting|1.0
w:wisselt|parafrase|0.99
w:wist|open-vraag|-0.97
w:wist|argumenteren|-0.92
w:wist|vervolgafspraak|-0.91
w:wit|jij-boodschap|-0.98
w:wit|argumenteren|0.98
w:woensdag|samenvatting|-0.12
w:woensdag|waarschuwen|-0.99
w:woensdag|adviseren|-0.99
w:woensdag|prijzen|0.83
w:woensdag|ondervragen|-0.96
w:woensdag|bedanken|-0.98
w:woont|ik-boodschap|-0.96
w:woord|ik-boodschap|1.74
w:woorden|parafrase|0.98
w:woorden|argumenteren|-0.92
w:woordjes|ik-boodschap|1.84
w:woordjes|bevelen|-1.0
w:woordjes|adviseren|1.0
w:woordjes|vervolgafspraak|0.96
w:word|ik-boodschap|0.91
w:word|parafrase|-0.93
w:word|gevoelsreflectie|-0.83
w:word|geruststellen|-0.93
w:worden|jij-boodschap|-0.96
w:worden|moraliseren|0.96
w:worden|prijzen|-0.98
w:wordt|ik-boodschap|1.82
w:wordt|parafrase|1.62
w:wordt|gevoelsreflectie|0.99
w:wordt|samenvatting|-1.59
w:wordt|open-vraag|-0.15
w:wordt|bevelen|0.98
w:wordt|waarschuwen|1.91
w:wordt|moraliseren|-0.98
w:wordt|adviseren|-1.0
w:wordt|argumenteren|-1.0
w:wordt|bekritiseren|0.35
w:wordt|prijzen|-1.0
w:wordt|etiketteren|-1.0
w:wordt|geruststellen|-1.0
w:wordt|bedanken|0.17
w:yara|ik-boodschap|-1.0
w:yara|samenvatting|-1.0
w:yara|bekritiseren|-1.0
w:yilmaz|bekritiseren|-0.63
w:yilmaz|vervolgafspraak|-0.87
w:zachter|bevelen|0.97
w:zachter|bekritiseren|-0.84
w:zakken|ik-boodschap|-0.97
w:zakken|jij-boodschap|-0.96
w:zakken|parafrase|-0.97
w:zakken|gevoelsreflectie|-0.97
w:zakken|samenvatting|0.97
w:zakken|open-vraag|0.97
w:zakken|moraliseren|-0.87
w:zakt|ik-boodschap|0.91
w:zakt|jij-boodschap|-0.13
w:zal|parafrase|-0.86
w:zal|geruststellen|0.95
w:zal|vervolgafspraak|0.99
w:zat|open-vraag|0.71
w:zat|ondervragen|0.93
w:zaterdag|open-vraag|-2.55
w:zaterdag|interpreteren|-0.98
w:zaterdag|afleiden|1.71
w:ze|ik-boodschap|1.11
w:ze|jij-boodschap|-1.67
w:ze|parafrase|0.96
w:ze|samenvatting|-1.4
w:ze|open-vraag|-1.97
w:ze|bevelen|-0.58
w:ze|waarschuwen|-0.96
w:ze|moraliseren|-0.81
w:ze|adviseren|-0.2
w:ze|argumenteren|-0.15
w:ze|bekritiseren|-0.26
w:ze|prijzen|-0.96
w:ze|etiketteren|-1.97
w:ze|geruststellen|-0.84
w:ze|afleiden|0.6
w:zeg|ik-boodschap|-0.91
w:zeg|jij-boodschap|2.58
w:zeg|samenvatting|0.79
w:zeg|waarschuwen|0.99
w:zeg|etiketteren|1.28
w:zeg|geruststellen|0.77
w:zeg|afleiden|1.0
w:zegen|ik-boodschap|-1.0
w:zegen|samenvatting|-1.0
w:zegen|bekritiseren|-1.0
w:zeggen|ik-boodschap|-0.96
w:zeggen|parafrase|0.84
w:zeggen|samenvatting|0.96
w:zeggen|aanmoediging|-0.97
w:zeggen|argumenteren|-1.0
w:zeggen|vervolgafspraak|-1.0
w:zegt|jij-boodschap|-0.97
w:zegt|parafrase|0.81
w:zegt|gevoelsreflectie|-0.92
w:zegt|samenvatting|-2.56
w:zegt|open-vraag|-1.0
w:zegt|aanmoediging|0.89
w:zegt|bevelen|-0.98
w:zegt|argumenteren|1.92
w:zegt|bekritiseren|-1.69
w:zegt|etiketteren|-0.83
w:zegt|interpreteren|2.94
w:zegt|geruststellen|0.78
w:zegt|ondervragen|1.94
w:zei|jij-boodschap|-0.63
w:zei|gevoelsreflectie|1.84
w:zei|adviseren|-0.99
w:zei|interpreteren|-0.99
w:zeker|geruststellen|0.99
w:zelf|ik-boodschap|0.75
w:zelf|jij-boodschap|3.31
w:zelf|gevoelsreflectie|0.92
w:zelf|samenvatting|-1.0
w:zelf|open-vraag|0.97
w:zelf|bevelen|1.45
w:zelf|waarschuwen|-0.99
w:zelf|adviseren|-0.98
w:zelf|bekritiseren|4.64
w:zelf|interpreteren|1.84
w:zelf|geruststellen|-0.93
w:zelf|afleiden|-1.0
w:zelf|vervolgafspraak|-1.86
w:zenuwachtig|ik-boodschap|-0.9
w:zenuwachtig|gevoelsreflectie|0.85
w:zenuwachtig|geruststellen|1.89
w:zenuwen|samenvatting|0.89
w:zenuwen|adviseren|-0.99
w:zes|ik-boodschap|-1.0
w:zes|argumenteren|1.99
w:zes|etiketteren|-1.0
w:zes|afleiden|-1.0
w:zet|samenvatting|0.94
w:zet|waarschuwen|0.91
w:zet|moraliseren|-0.95
w:zet|adviseren|0.57
w:zet|bekritiseren|-0.84
w:zet|ondervragen|-0.96
w:zet|vervolgafspraak|0.91
w:zetten|parafrase|-0.86
w:zetten|adviseren|1.0
w:zetten|vervolgafspraak|-0.96
w:zetten|bedanken|-0.96
w:zeur|jij-boodschap|0.16
w:zeur|adviseren|-1.0
w:zeur|bekritiseren|-1.0
w:zeur|etiketteren|1.0
w:zeuren|moraliseren|-0.78
w:zeuren|interpreteren|-0.93
w:zeurpiet|bekritiseren|-1.89
w:zeven|jij-boodschap|-0.51
w:zich|ik-boodschap|-0.83
w:zich|jij-boodschap|0.53
w:zich|parafrase|-2.85
w:zich|gevoelsreflectie|-0.1
w:zich|samenvatting|0.95
w:zich|open-vraag|1.89
w:zich|aanmoediging|-1.0
w:zich|waarschuwen|-0.93
w:zich|moraliseren|-0.97
w:zich|argumenteren|1.98
w:zich|bekritiseren|1.19
w:zich|prijzen|0.93
w:zich|etiketteren|-0.96
w:zich|interpreteren|0.9
w:zich|geruststellen|-0.15
w:zich|afleiden|-0.97
w:zich|vervolgafspraak|0.91
w:zichtbaar|gevoelsreflectie|0.92
w:zie|ik-boodschap|-1.04
w:zie|jij-boodschap|-0.94
w:zie|parafrase|-1.65
w:zie|gevoelsreflectie|1.07
w:zie|aanmoediging|-0.98
w:zie|bevelen|-0.57
w:zie|adviseren|-1.0
w:zie|bekritiseren|0.97
w:zie|interpreteren|-1.92
w:zie|geruststellen|-0.83
w:ziek|jij-boodschap|-0.9
w:ziek|gevoelsreflectie|-0.81
w:ziek|bevelen|0.98
w:ziek|bekritiseren|-0.94
w:ziek|ondervragen|-1.04
w:ziekmelding|ik-boodschap|0.97
w:ziekmelding|waarschuwen|-0.97
w:ziekmelding|prijzen|-1.0
w:ziekmeldt|jij-boodschap|0.99
w:ziekmeldt|gevoelsreflectie|-0.99
w:ziekmeldt|bekritiseren|0.99
w:ziekte|argumenteren|0.99
w:ziekte|bedanken|0.54
w:zien|ik-boodschap|2.9
w:zien|jij-boodschap|-0.8
w:zien|parafrase|-0.8
w:zien|gevoelsreflectie|-0.8
w:zien|samenvatting|-0.84
w:zien|open-vraag|-0.99
w:zien|waarschuwen|-1.0
w:zien|argumenteren|1.0
w:zien|bekritiseren|-1.81
w:zien|geruststellen|-1.0
w:zien|ondervragen|-1.0
w:ziens|waarschuwen|-0.95
w:ziet|open-vraag|0.99
w:ziet|argumenteren|1.85
w:ziet|prijzen|0.93
w:ziet|afleiden|-0.98
w:zij|ik-boodschap|-0.89
w:zij|jij-boodschap|1.0
w:zij|argumenteren|-1.0
w:zij|bekritiseren|0.82
w:zij|geruststellen|-0.93
w:zij|afleiden|-0.97
w:zijn|ik-boodschap|1.01
w:zijn|jij-boodschap|1.22
w:zijn|parafrase|-1.96
w:zijn|gevoelsreflectie|-0.84
w:zijn|samenvatting|0.54
w:zijn|open-vraag|0.17
w:zijn|aanmoediging|-0.78
w:zijn|bevelen|-1.06
w:zijn|waarschuwen|0.97
w:zijn|moraliseren|1.08
w:zijn|adviseren|0.13
w:zijn|argumenteren|-1.86
w:zijn|bekritiseren|-0.85
w:zijn|prijzen|-1.96
w:zijn|etiketteren|-0.23
w:zijn|interpreteren|-0.94
w:zijn|geruststellen|0.75
w:zijn|afleiden|0.67
w:zijn|afronding-aankondigen|-0.96
w:zijn|vervolgafspraak|0.89
w:zijn|bedanken|1.47
w:zin|jij-boodschap|-0.12
w:zin|bekritiseren|0.84
w:zin|etiketteren|-0.97
w:zit|ik-boodschap|0.97
w:zit|jij-boodschap|-1.57
w:zit|parafrase|0.9
w:zit|gevoelsreflectie|1.74
w:zit|samenvatting|-1.58
w:zit|open-vraag|0.14
w:zit|aanmoediging|-0.92
w:zit|bevelen|-0.87
w:zit|waarschuwen|-0.94
w:zit|moraliseren|-0.89
w:zit|adviseren|-1.91
w:zit|argumenteren|-0.95
w:zit|bekritiseren|-0.98
w:zit|etiketteren|-0.99
w:zit|interpreteren|2.04
w:zit|geruststellen|-1.86
w:zit|ondervragen|0.98
w:zit|afronding-aankondigen|0.99
w:zit|vervolgafspraak|-1.18
w:zit|bedanken|-0.72
w:zitten|jij-boodschap|0.85
w:zitten|gevoelsreflectie|-0.74
w:zitten|bevelen|3.21
w:zitten|waarschuwen|1.84
w:zitten|moraliseren|-0.94
w:zitten|bekritiseren|-0.13
w:zitten|prijzen|-0.65
w:zitten|geruststellen|-1.01
w:zitten|afleiden|0.93
w:zitten|afronding-aankondigen|-1.99
w:zitten|bedanken|0.54
w:zjn|gevoelsreflectie|-0.72
w:zo|ik-boodschap|-0.85
w:zo|jij-boodschap|-0.64
w:zo|parafrase|-0.99
w:zo|gevoelsreflectie|-2.7
w:zo|samenvatting|-1.98
w:zo|open-vraag|0.96
w:zo|bevelen|-4.33
w:zo|moraliseren|0.88
w:zo|adviseren|-1.59
w:zo|argumenteren|-0.88
w:zo|bekritiseren|1.54
w:zo|prijzen|1.18
w:zo|etiketteren|0.73
w:zo|interpreteren|0.9
w:zo|geruststellen|-0.77
w:zo|ondervragen|-1.01
w:zo|afleiden|0.62
w:zo|afronding-aankondigen|0.96
w:zo|vervolgafspraak|-1.96
w:zo|bedanken|0.6
w:zo'n|ik-boodschap|0.99
w:zo'n|jij-boodschap|-1.72
w:zo'n|gevoelsreflectie|-0.97
w:zo'n|samenvatting|-1.93
w:zo'n|waarschuwen|0.11
w:zo'n|moraliseren|-0.9
w:zo'n|adviseren|-0.97
w:zo'n|prijzen|3.78
w:zo'n|geruststellen|-0.96
w:zo'n|afronding-aankondigen|-1.0
w:zo'n|bedanken|-1.0
w:zoals|jij-boodschap|-0.96
w:zoals|moraliseren|0.96
w:zoekt|jij-boodschap|0.95
w:zoekt|adviseren|0.82
w:zoekt|bekritiseren|0.57
w:zoekt|etiketteren|-0.97
w:zomaar|moraliseren|0.95
w:zomaar|argumenteren|-0.67
w:zomer|open-vraag|-1.94
w:zomer|afleiden|1.93
w:zondag|adviseren|0.96
w:zondag|vervolgafspraak|0.94
w:zondag|bedanken|-0.54
w:zonde|ik-boodschap|0.98
w:zonde|bekritiseren|-0.98
w:zonde|vervolgafspraak|0.91
w:zonder|ik-boodschap|0.93
w:zonder|jij-boodschap|0.97
w:zonder|adviseren|-0.96
w:zonder|argumenteren|0.86
w:zonder|bekritiseren|0.97
w:zonder|vervolgafspraak|-1.91
w:zonder|bedanken|-1.0
w:zoon|ik-boodschap|-1.0
w:zoon|jij-boodschap|0.82
w:zoon|moraliseren|-0.97
w:zoon|prijzen|0.87
w:zorg|jij-boodschap|-0.63
w:zorg|bevelen|0.82
w:zorg|interpreteren|-0.99
w:zorg|vervolgafspraak|0.91
w:zorgcommissie|bedanken|0.99
w:zorgcoordinator|ik-boodschap|-0.82
w:zorgcoordinator|vervolgafspraak|0.99
w:zorgcoördinator|jij-boodschap|1.0
w:zorgcoördinator|bekritiseren|0.94
w:zorgcoördinator|prijzen|-0.96
w:zorgcoördinator|vervolgafspraak|1.94
w:zorgen|parafrase|-1.91
w:zorgen|gevoelsreflectie|0.68
w:zorgen|open-vraag|1.79
w:zorgen|bevelen|0.9
w:zorgen|waarschuwen|-0.91
w:zorgen|adviseren|-0.69
w:zorgen|bekritiseren|-0.71
w:zorgen|interpreteren|-0.88
w:zorgen|afleiden|-0.97
w:zorgen|vervolgafspraak|-0.99
w:zorgpunten|jij-boodschap|-0.99
w:zorgpunten|argumenteren|-0.94
w:zorgt|bevelen|0.99
w:zou|ik-boodschap|-1.77
w:zou|gevoelsreflectie|0.22
w:zou|samenvatting|-1.0
w:zou|open-vraag|1.06
w:zou|waarschuwen|-1.92
w:zou|moraliseren|1.95
w:zou|adviseren|2.91
w:zou|bekritiseren|-1.1
w:zou|prijzen|0.72
w:zou|etiketteren|-0.99
w:zou|geruststellen|-0.93
w:zou|afleiden|-0.99
w:zoveel|ik-boodschap|-0.61
w:zoveel|bevelen|-0.74
w:zoveel|moraliseren|-0.96
w:zoveel|interpreteren|0.9
w:zoveel|geruststellen|0.82
w:zoë|ik-boodschap|1.0
w:zoë|jij-boodschap|-0.98
w:zoë|parafrase|-1.0
w:zoë|open-vraag|1.0
w:zoë|argumenteren|-0.94
w:zoë|afleiden|-0.63
w:zulke|geruststellen|-0.84
w:zulke|afleiden|0.84
w:zullen|samenvatting|-0.98
w:zullen|adviseren|-0.96
w:zullen|argumenteren|-0.97
w:zullen|ondervragen|-0.96
w:zullen|afleiden|0.78
w:zullen|afronding-aankondigen|-0.99
w:zullen|vervolgafspraak|1.83
w:zus|open-vraag|-0.98
w:zus|bevelen|-1.0
w:zus|adviseren|1.0
w:zwaar|gevoelsreflectie|0.79
w:zwaar|moraliseren|-0.99
w:zwaar|interpreteren|-0.99
w:zwaar|geruststellen|-0.74
w:zwaar|afleiden|2.54
w:zware|afleiden|-0.93
w:zwart|jij-boodschap|-0.98
w:zwart|argumenteren|0.98
w:één|parafrase|-1.0
w:één|gevoelsreflectie|-0.91
w:één|samenvatting|-0.55
w:één|open-vraag|1.0
w:één|waarschuwen|1.0
w:één|bekritiseren|-0.96
w:één|vervolgafspraak|-1.0
"""#
}
