// swift-format-ignore-file
// Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

/// The weights of the shipped marker model, one `feature|marker|weight` per line.
enum MarkerModelWeights {
  static let text = #"""
basis|ik-boodschap|-14.46
basis|jij-boodschap|-8.14
basis|parafrase|-8.67
basis|gevoelsreflectie|-12.01
basis|samenvatting|-13.96
basis|open-vraag|-16.96
basis|aanmoediging|-3.78
basis|bevelen|-5.72
basis|waarschuwen|-8.22
basis|moraliseren|-6.77
basis|adviseren|-9.64
basis|argumenteren|-7.64
basis|bekritiseren|-6.72
basis|prijzen|-8.59
basis|etiketteren|-3.93
basis|interpreteren|-7.75
basis|geruststellen|-8.04
basis|ondervragen|-6.89
basis|afleiden|-7.69
basis|afronding-aankondigen|-12.07
basis|vervolgafspraak|-12.4
basis|bedanken|-10.71
begin:ach|jij-boodschap|-0.79
begin:ach|open-vraag|-0.95
begin:ach|moraliseren|-0.99
begin:ach|argumenteren|-1.86
begin:ach|bekritiseren|-0.99
begin:ach|interpreteren|-0.99
begin:ach|geruststellen|-2.66
begin:ach|afleiden|2.99
begin:ach|vervolgafspraak|-0.92
begin:ah|aanmoediging|0.97
begin:alle|afleiden|-0.99
begin:als|ik-boodschap|0.66
begin:als|jij-boodschap|-0.6
begin:als|parafrase|1.98
begin:als|gevoelsreflectie|-0.96
begin:als|samenvatting|-1.88
begin:als|open-vraag|1.84
begin:als|aanmoediging|-0.99
begin:als|bevelen|-2.87
begin:als|waarschuwen|2.46
begin:als|moraliseren|-1.11
begin:als|adviseren|-2.82
begin:als|argumenteren|-2.69
begin:als|bekritiseren|-2.22
begin:als|prijzen|-1.92
begin:als|etiketteren|-0.93
begin:als|interpreteren|-1.99
begin:als|geruststellen|-0.92
begin:als|ondervragen|-1.0
begin:als|afleiden|-0.92
begin:als|afronding-aankondigen|-0.85
begin:als|vervolgafspraak|-1.66
begin:als|bedanken|-0.92
begin:anders|bevelen|-0.73
begin:bedankt|ik-boodschap|-0.97
begin:bedankt|jij-boodschap|-0.81
begin:bedankt|bekritiseren|-1.55
begin:bedankt|afronding-aankondigen|-1.79
begin:bedankt|bedanken|0.99
begin:begrijp|parafrase|0.84
begin:begrijp|open-vraag|-0.7
begin:bram|jij-boodschap|0.78
begin:bram|parafrase|0.99
begin:bram|gevoelsreflectie|-0.88
begin:bram|moraliseren|-1.0
begin:bram|geruststellen|1.0
begin:daan|open-vraag|1.0
begin:daan|argumenteren|-0.83
begin:daar|bevelen|-0.8
begin:daar|geruststellen|0.98
begin:daar|afleiden|0.98
begin:daardoor|ik-boodschap|-0.98
begin:dan|ik-boodschap|-0.91
begin:dan|prijzen|-0.99
begin:dan|geruststellen|0.99
begin:dan|afronding-aankondigen|0.92
begin:dank|jij-boodschap|-0.96
begin:dank|parafrase|-0.97
begin:dank|samenvatting|-1.95
begin:dank|bevelen|-0.99
begin:dank|waarschuwen|-0.9
begin:dank|bekritiseren|-1.0
begin:dank|prijzen|-0.99
begin:dank|interpreteren|-0.92
begin:dank|afronding-aankondigen|-1.99
begin:dank|vervolgafspraak|-0.97
begin:dank|bedanken|2.85
begin:dankjewel|afronding-aankondigen|-0.98
begin:dankjewel|bedanken|0.92
begin:dat|ik-boodschap|1.22
begin:dat|jij-boodschap|-1.64
begin:dat|parafrase|-1.0
begin:dat|gevoelsreflectie|2.72
begin:dat|open-vraag|-1.97
begin:dat|bevelen|-1.92
begin:dat|waarschuwen|-1.0
begin:dat|moraliseren|-2.81
begin:dat|adviseren|-0.94
begin:dat|argumenteren|1.62
begin:dat|bekritiseren|0.36
begin:dat|interpreteren|1.07
begin:dat|geruststellen|-0.5
begin:dat|afleiden|0.82
begin:dat|bedanken|-0.98
begin:de|ik-boodschap|-1.01
begin:de|jij-boodschap|-0.92
begin:de|parafrase|-0.78
begin:de|adviseren|-0.99
begin:de|argumenteren|1.73
begin:de|bekritiseren|-0.96
begin:de|etiketteren|-0.91
begin:de|geruststellen|-0.87
begin:denk|waarschuwen|0.96
begin:die|jij-boodschap|-1.95
begin:die|bekritiseren|0.95
begin:diep|interpreteren|0.99
begin:dit|bevelen|-1.0
begin:dit|waarschuwen|0.9
begin:dit|bekritiseren|2.7
begin:dit|interpreteren|0.98
begin:dit|geruststellen|-0.99
begin:dit|afleiden|-0.99
begin:dit|vervolgafspraak|-1.0
begin:doe|moraliseren|-0.99
begin:doe|etiketteren|1.97
begin:doe|interpreteren|-0.99
begin:doe|afleiden|-0.87
begin:doet|jij-boodschap|-1.97
begin:doet|bekritiseren|-0.73
begin:drie|samenvatting|0.91
begin:dus|ik-boodschap|-2.72
begin:dus|parafrase|1.01
begin:dus|gevoelsreflectie|-1.05
begin:dus|samenvatting|1.98
begin:dus|open-vraag|1.03
begin:dus|aanmoediging|-1.0
begin:dus|adviseren|-1.0
begin:dus|argumenteren|-0.96
begin:dus|bekritiseren|0.94
begin:dus|geruststellen|0.95
begin:dus|afronding-aankondigen|-0.97
begin:dus|vervolgafspraak|0.97
begin:echt|adviseren|0.91
begin:echt|geruststellen|0.96
begin:een|parafrase|-0.99
begin:een|gevoelsreflectie|-0.88
begin:een|waarschuwen|0.77
begin:een|moraliseren|1.03
begin:een|argumenteren|0.96
begin:een|afleiden|-1.62
begin:eerlijk|ik-boodschap|-0.87
begin:eerlijk|jij-boodschap|0.79
begin:eerlijk|moraliseren|1.89
begin:eerlijk|geruststellen|-0.99
begin:eerlijk|afronding-aankondigen|-0.97
begin:eigenlijk|waarschuwen|-0.91
begin:eigenlijk|interpreteren|0.98
begin:er|argumenteren|0.98
begin:even|samenvatting|0.8
begin:even|argumenteren|-0.82
begin:even|bedanken|0.92
begin:fatsoenlijk|afleiden|-0.7
begin:feit|argumenteren|0.7
begin:fenna|argumenteren|-0.98
begin:fenna|bekritiseren|-0.98
begin:fijn|bedanken|0.98
begin:ga|ik-boodschap|-0.93
begin:ga|jij-boodschap|-0.87
begin:ga|gevoelsreflectie|-0.63
begin:ga|bevelen|1.9
begin:ga|waarschuwen|0.22
begin:ga|argumenteren|-1.0
begin:ga|etiketteren|-1.0
begin:gaat|aanmoediging|-0.96
begin:gaat|waarschuwen|0.89
begin:geeft|bevelen|0.91
begin:geen|ik-boodschap|-1.0
begin:geen|bevelen|0.85
begin:geweld|jij-boodschap|-0.91
begin:geweld|bekritiseren|-0.96
begin:goed|bekritiseren|1.0
begin:goed|afleiden|1.0
begin:goedemiddag|parafrase|-0.99
begin:goedemiddag|gevoelsreflectie|-0.99
begin:goedemiddag|bedanken|-0.97
begin:goedenavond|ondervragen|-1.0
begin:goeiemiddag|bevelen|-0.89
begin:had|bekritiseren|0.74
begin:haha|afleiden|0.94
begin:hartelijk|afronding-aankondigen|-0.95
begin:heb|vervolgafspraak|-0.93
begin:heeft|jij-boodschap|-0.98
begin:heeft|adviseren|1.0
begin:heeft|ondervragen|0.93
begin:heel|afronding-aankondigen|-0.96
begin:herkent|ondervragen|-0.9
begin:het|ik-boodschap|-0.85
begin:het|jij-boodschap|-1.0
begin:het|parafrase|0.85
begin:het|gevoelsreflectie|1.99
begin:het|samenvatting|-1.9
begin:het|open-vraag|-0.67
begin:het|aanmoediging|-1.0
begin:het|bevelen|-0.97
begin:het|argumenteren|-0.68
begin:het|prijzen|-1.77
begin:het|interpreteren|-0.51
begin:het|geruststellen|-0.45
begin:het|bedanken|-1.0
begin:hier|open-vraag|-0.99
begin:hierdoor|ik-boodschap|-0.95
begin:hij|jij-boodschap|-1.85
begin:hij|parafrase|-0.97
begin:hij|gevoelsreflectie|-0.91
begin:hij|bevelen|-0.99
begin:hij|waarschuwen|-1.0
begin:hij|moraliseren|-0.9
begin:hij|argumenteren|-2.53
begin:hij|bekritiseren|-0.71
begin:hij|etiketteren|-0.94
begin:hij|interpreteren|-0.28
begin:hij|geruststellen|-0.22
begin:hij|afleiden|-1.0
begin:hij|vervolgafspraak|-0.95
begin:hij|bedanken|-0.97
begin:hm|samenvatting|-0.96
begin:hm|aanmoediging|0.96
begin:hoe|ik-boodschap|-0.97
begin:hoe|parafrase|-0.99
begin:hoe|gevoelsreflectie|-1.98
begin:hoe|samenvatting|-1.0
begin:hoe|open-vraag|0.68
begin:hoe|aanmoediging|-0.73
begin:hoe|adviseren|-0.98
begin:hoe|prijzen|-1.0
begin:hoe|interpreteren|-0.6
begin:hoe|ondervragen|0.98
begin:hoe|afleiden|-1.91
begin:hoi|ik-boodschap|-0.97
begin:hoi|jij-boodschap|-0.77
begin:hoi|bevelen|-0.91
begin:hou|bevelen|0.99
begin:hou|waarschuwen|-0.85
begin:hou|bekritiseren|-0.12
begin:hé|afleiden|-0.9
begin:iemand|moraliseren|1.0
begin:iemand|bekritiseren|-0.94
begin:iemand|prijzen|0.85
begin:ik|ik-boodschap|-2.39
begin:ik|parafrase|-1.0
begin:ik|gevoelsreflectie|-0.94
begin:ik|samenvatting|-3.26
begin:ik|open-vraag|1.67
begin:ik|aanmoediging|-1.75
begin:ik|bevelen|-1.0
begin:ik|waarschuwen|-1.94
begin:ik|adviseren|-1.01
begin:ik|argumenteren|-0.26
begin:ik|bekritiseren|-2.13
begin:ik|etiketteren|-0.98
begin:ik|interpreteren|-2.87
begin:ik|geruststellen|0.68
begin:ik|ondervragen|-1.0
begin:ik|afronding-aankondigen|-1.06
begin:ik|vervolgafspraak|-0.1
begin:ik|bedanken|-2.03
begin:in|moraliseren|1.0
begin:in|prijzen|-0.84
begin:in|geruststellen|-0.99
begin:in|ondervragen|-0.99
begin:in|vervolgafspraak|-1.0
begin:ja|gevoelsreflectie|-0.83
begin:ja|open-vraag|-0.99
begin:ja|aanmoediging|0.84
begin:ja|etiketteren|0.97
begin:ja|ondervragen|-0.99
begin:ja|afleiden|-0.87
begin:je|ik-boodschap|-1.11
begin:je|jij-boodschap|0.99
begin:je|parafrase|-0.95
begin:je|gevoelsreflectie|3.46
begin:je|samenvatting|-2.86
begin:je|aanmoediging|-1.0
begin:je|bevelen|0.99
begin:je|waarschuwen|-1.14
begin:je|moraliseren|-1.06
begin:je|adviseren|-1.05
begin:je|argumenteren|1.66
begin:je|bekritiseren|0.9
begin:je|interpreteren|-0.87
begin:je|geruststellen|1.0
begin:je|afronding-aankondigen|-1.85
begin:je|vervolgafspraak|-1.95
begin:je|bedanken|-1.0
begin:jesse|bevelen|-0.96
begin:jij|ik-boodschap|-0.97
begin:jij|jij-boodschap|0.63
begin:jij|gevoelsreflectie|0.98
begin:jij|samenvatting|-0.78
begin:jij|open-vraag|-0.66
begin:jij|bevelen|0.95
begin:jij|waarschuwen|0.92
begin:jij|adviseren|-0.9
begin:jij|bekritiseren|0.31
begin:jij|etiketteren|-1.01
begin:jij|afleiden|-0.99
begin:jij|vervolgafspraak|-0.96
begin:joh|geruststellen|0.97
begin:joh|afleiden|0.92
begin:jullie|ik-boodschap|-0.98
begin:jullie|jij-boodschap|0.22
begin:jullie|aanmoediging|-1.0
begin:jullie|bekritiseren|1.75
begin:jullie|interpreteren|-0.94
begin:jullie|geruststellen|-0.94
begin:jullie|ondervragen|-0.9
begin:jullie|afleiden|-0.95
begin:kevin|waarschuwen|-0.97
begin:kijk|jij-boodschap|-0.75
begin:kijk|moraliseren|-0.91
begin:kijk|adviseren|0.9
begin:kijk|argumenteren|2.03
begin:kijk|bekritiseren|-0.81
begin:kijk|etiketteren|-0.98
begin:kijk|afleiden|-0.9
begin:kijkt|argumenteren|0.91
begin:kinderen|adviseren|-0.99
begin:klinkt|gevoelsreflectie|0.91
begin:klinkt|interpreteren|-0.8
begin:klopt|parafrase|0.77
begin:klopt|argumenteren|-0.91
begin:knap|prijzen|1.0
begin:komt|adviseren|-1.0
begin:kort|samenvatting|1.0
begin:kort|bekritiseren|-0.2
begin:kort|vervolgafspraak|-0.82
begin:kortom|jij-boodschap|0.99
begin:kortom|parafrase|-0.69
begin:kortom|samenvatting|3.59
begin:kortom|bekritiseren|0.99
begin:kortom|geruststellen|-0.98
begin:kortom|vervolgafspraak|0.96
begin:kortom|bedanken|-0.87
begin:kun|ik-boodschap|-0.92
begin:kunt|parafrase|-0.96
begin:kunt|aanmoediging|-0.96
begin:kunt|afleiden|-0.88
begin:laat|bevelen|-0.63
begin:laat|moraliseren|-1.0
begin:laat|vervolgafspraak|0.91
begin:laten|samenvatting|-0.9
begin:laten|geruststellen|-0.8
begin:laten|afleiden|1.0
begin:laten|afronding-aankondigen|-1.55
begin:laten|vervolgafspraak|0.1
begin:laten|bedanken|-0.98
begin:leg|bevelen|0.89
begin:leg|waarschuwen|0.99
begin:leg|adviseren|-0.95
begin:lever|bevelen|0.94
begin:lieke|jij-boodschap|1.0
begin:lieke|open-vraag|-0.87
begin:lieke|bekritiseren|1.0
begin:lieke|geruststellen|-1.0
begin:lotte|bekritiseren|-2.19
begin:lotte|etiketteren|0.99
begin:maak|gevoelsreflectie|-0.98
begin:maak|adviseren|0.17
begin:maak|etiketteren|-1.0
begin:maak|geruststellen|1.98
begin:maakt|adviseren|-1.0
begin:maakt|geruststellen|0.92
begin:maandag|afronding-aankondigen|-0.96
begin:maandag|vervolgafspraak|0.92
begin:maandag|bedanken|-0.96
begin:maar|open-vraag|-1.66
begin:maar|bevelen|-0.98
begin:maar|geruststellen|-0.92
begin:maar|afleiden|1.83
begin:met|parafrase|1.0
begin:met|gevoelsreflectie|-0.91
begin:met|samenvatting|-0.96
begin:met|open-vraag|-0.99
begin:met|argumenteren|0.93
begin:met|prijzen|1.78
begin:met|geruststellen|-1.36
begin:met|ondervragen|-0.93
begin:mevrouw|geruststellen|-0.99
begin:mijn|waarschuwen|-0.99
begin:mijn|adviseren|0.92
begin:mijn|vervolgafspraak|-0.99
begin:misschien|gevoelsreflectie|-0.87
begin:misschien|bevelen|-0.96
begin:misschien|prijzen|-0.91
begin:mm|aanmoediging|1.0
begin:mmm|parafrase|-1.0
begin:mmm|gevoelsreflectie|-1.0
begin:mmm|aanmoediging|1.0
begin:mohammed|jij-boodschap|1.69
begin:mohammed|bekritiseren|1.78
begin:nee|moraliseren|-0.95
begin:nee|argumenteren|0.99
begin:nee|bekritiseren|-0.99
begin:nee|geruststellen|-0.99
begin:neem|aanmoediging|0.99
begin:neem|bevelen|-0.84
begin:neem|waarschuwen|-0.98
begin:niemand|geruststellen|2.47
begin:niet|bevelen|0.62
begin:niet|waarschuwen|-0.96
begin:niks|bekritiseren|-0.26
begin:nog|ik-boodschap|-0.98
begin:nog|waarschuwen|1.0
begin:nog|bekritiseren|-0.94
begin:nog|afleiden|-0.98
begin:nou|ik-boodschap|0.9
begin:nou|jij-boodschap|0.97
begin:nou|samenvatting|0.82
begin:nou|bevelen|-0.97
begin:nou|argumenteren|-0.84
begin:nou|bekritiseren|3.43
begin:nou|etiketteren|0.91
begin:nou|afleiden|0.98
begin:nou|afronding-aankondigen|-0.92
begin:nou|bedanken|-3.55
begin:nu|ik-boodschap|1.6
begin:och|geruststellen|-0.7
begin:och|afleiden|2.73
begin:oke|samenvatting|0.99
begin:oké|parafrase|-0.97
begin:oké|bevelen|-1.0
begin:oké|afleiden|-1.0
begin:oké|afronding-aankondigen|0.95
begin:oké|bedanken|0.75
begin:omdat|bedanken|-0.79
begin:onze|prijzen|-0.89
begin:op|argumenteren|-0.9
begin:ophouden|bevelen|0.98
begin:opvoeden|moraliseren|0.99
begin:opvoeden|argumenteren|-0.7
begin:ouders|bevelen|-1.0
begin:ouders|bekritiseren|-1.0
begin:ouders|geruststellen|-1.0
begin:over|afleiden|2.54
begin:over|bedanken|-0.66
begin:pas|waarschuwen|0.97
begin:pas|geruststellen|-0.98
begin:praat|bevelen|0.99
begin:praat|etiketteren|-0.99
begin:probeer|adviseren|0.96
begin:probeer|geruststellen|-1.0
begin:probeer|vervolgafspraak|-1.0
begin:rayan|gevoelsreflectie|0.94
begin:rayan|open-vraag|0.8
begin:regels|argumenteren|0.96
begin:respect|moraliseren|1.0
begin:respect|afleiden|-0.99
begin:rustig|bevelen|0.89
begin:samengevat|ik-boodschap|-0.98
begin:samengevat|jij-boodschap|1.02
begin:samengevat|parafrase|-0.92
begin:samengevat|gevoelsreflectie|-0.94
begin:samengevat|samenvatting|-1.0
begin:samengevat|bekritiseren|1.01
begin:samengevat|ondervragen|-0.96
begin:samengevat|vervolgafspraak|-0.98
begin:samenvattend|samenvatting|1.95
begin:samenvattend|open-vraag|-1.88
begin:samenvattend|afronding-aankondigen|1.0
begin:samenvattend|bedanken|1.0
begin:sandra|jij-boodschap|0.83
begin:sara|open-vraag|-0.99
begin:school|moraliseren|0.96
begin:school|argumenteren|-0.96
begin:sem|gevoelsreflectie|-0.91
begin:sem|aanmoediging|-0.95
begin:sem|bekritiseren|-1.79
begin:sem|etiketteren|0.93
begin:sem|geruststellen|-0.96
begin:sem|ondervragen|1.0
begin:sinds|ik-boodschap|2.91
begin:sinds|jij-boodschap|-0.98
begin:sinds|parafrase|-0.99
begin:sinds|samenvatting|-0.96
begin:sinds|open-vraag|-1.0
begin:sinds|bekritiseren|-0.98
begin:snap|aanmoediging|1.0
begin:spieken|jij-boodschap|-1.3
begin:spieken|moraliseren|0.91
begin:spieken|bekritiseren|-1.57
begin:statistisch|argumenteren|0.83
begin:stel|moraliseren|-0.96
begin:stel|bekritiseren|-1.0
begin:stel|etiketteren|1.0
begin:stop|bevelen|0.86
begin:stop|moraliseren|-0.95
begin:stop|interpreteren|-0.99
begin:stop|afronding-aankondigen|-0.99
begin:straks|waarschuwen|0.93
begin:straks|geruststellen|0.93
begin:stuur|open-vraag|-1.0
begin:stuur|geruststellen|-1.0
begin:stuurt|bevelen|0.93
begin:tess|open-vraag|0.98
begin:thanks|bekritiseren|-0.95
begin:thnx|bedanken|0.92
begin:thuis|parafrase|0.92
begin:thuis|samenvatting|-0.77
begin:tja|jij-boodschap|0.4
begin:tja|open-vraag|-1.73
begin:tja|moraliseren|-1.0
begin:tja|bekritiseren|0.95
begin:tja|etiketteren|0.95
begin:tja|afleiden|1.0
begin:tja|bedanken|-1.6
begin:toen|ik-boodschap|2.48
begin:toen|gevoelsreflectie|-0.83
begin:toen|samenvatting|-0.99
begin:top|bedanken|0.98
begin:u|jij-boodschap|1.32
begin:u|parafrase|1.05
begin:u|gevoelsreflectie|-1.81
begin:u|samenvatting|-2.2
begin:u|open-vraag|-1.98
begin:u|bevelen|-0.91
begin:u|waarschuwen|-0.95
begin:u|adviseren|-1.83
begin:u|argumenteren|-0.1
begin:u|bekritiseren|-0.11
begin:u|etiketteren|-1.02
begin:u|interpreteren|0.94
begin:u|geruststellen|0.81
begin:u|ondervragen|-1.0
begin:u|afleiden|-1.99
begin:u|vervolgafspraak|-0.14
begin:u|bedanken|-0.99
begin:uw|jij-boodschap|0.21
begin:uw|open-vraag|-1.0
begin:uw|bevelen|-1.0
begin:uw|waarschuwen|-1.0
begin:uw|moraliseren|-1.0
begin:uw|argumenteren|-0.96
begin:uw|bekritiseren|0.95
begin:uw|afleiden|-0.99
begin:van|moraliseren|0.94
begin:van|argumenteren|-1.0
begin:vanaf|bevelen|1.0
begin:vandaag|samenvatting|-0.83
begin:vertel|samenvatting|-0.94
begin:vertel|open-vraag|1.0
begin:vertel|adviseren|-0.86
begin:vertel|afleiden|-0.95
begin:vertelt|bedanken|-0.99
begin:volgende|etiketteren|-1.0
begin:volgende|afleiden|-1.0
begin:volgende|vervolgafspraak|2.73
begin:volgens|ik-boodschap|-1.88
begin:volgens|waarschuwen|-0.93
begin:volgens|afronding-aankondigen|-0.98
begin:voor|ik-boodschap|-0.93
begin:waar|ik-boodschap|-0.59
begin:waar|open-vraag|0.98
begin:waar|adviseren|-0.93
begin:waar|bekritiseren|-0.97
begin:waarom|jij-boodschap|-1.89
begin:waarom|parafrase|-0.91
begin:waarom|open-vraag|-1.99
begin:waarom|aanmoediging|-1.0
begin:waarom|waarschuwen|-0.99
begin:waarom|adviseren|1.82
begin:waarom|bekritiseren|-1.2
begin:waarom|prijzen|-0.92
begin:waarom|etiketteren|-0.91
begin:waarom|interpreteren|-1.0
begin:waarom|ondervragen|1.79
begin:waarom|afleiden|-0.97
begin:wanneer|ik-boodschap|2.94
begin:wanneer|waarschuwen|-0.95
begin:wanneer|prijzen|-1.0
begin:wanneer|etiketteren|-0.98
begin:wanneer|vervolgafspraak|-0.91
begin:wat|ik-boodschap|-0.98
begin:wat|parafrase|-0.99
begin:wat|gevoelsreflectie|-1.73
begin:wat|open-vraag|-1.78
begin:wat|adviseren|0.88
begin:wat|bekritiseren|1.81
begin:wat|etiketteren|0.9
begin:wat|geruststellen|-0.99
begin:wat|afleiden|-0.99
begin:wat|bedanken|-0.92
begin:we|ik-boodschap|-0.9
begin:we|gevoelsreflectie|-0.98
begin:we|samenvatting|0.14
begin:we|aanmoediging|-0.97
begin:we|argumenteren|-0.99
begin:we|bekritiseren|-0.12
begin:we|prijzen|-0.96
begin:we|afleiden|-0.95
begin:we|afronding-aankondigen|1.91
begin:we|vervolgafspraak|-1.79
begin:we|bedanken|0.78
begin:weet|ik-boodschap|0.71
begin:welk|open-vraag|-2.95
begin:welk|ondervragen|-1.0
begin:welke|gevoelsreflectie|-0.99
begin:welke|samenvatting|-1.0
begin:welke|open-vraag|0.94
begin:welke|bevelen|-1.0
begin:wie|afleiden|-0.95
begin:zal|bedanken|-0.66
begin:ze|ik-boodschap|-1.14
begin:ze|jij-boodschap|1.34
begin:ze|parafrase|-1.0
begin:ze|waarschuwen|-0.99
begin:ze|moraliseren|-0.75
begin:ze|argumenteren|-1.0
begin:ze|bekritiseren|0.34
begin:ze|vervolgafspraak|-1.0
begin:zegt|aanmoediging|1.7
begin:zegt|bevelen|0.97
begin:zet|parafrase|-1.0
begin:zet|gevoelsreflectie|-1.0
begin:zet|bevelen|1.0
begin:zet|adviseren|0.78
begin:zij|jij-boodschap|0.9
begin:zij|bekritiseren|-0.19
begin:zij|interpreteren|0.99
begin:zij|geruststellen|-0.5
begin:zijn|jij-boodschap|-0.26
begin:zijn|bekritiseren|-0.97
begin:zit|argumenteren|-0.91
begin:zo|waarschuwen|-0.9
begin:zo|moraliseren|0.94
begin:zo|geruststellen|-0.87
begin:zo|ondervragen|-0.98
begin:zo|afronding-aankondigen|0.94
begin:zo'n|waarschuwen|-0.9
begin:zo'n|bekritiseren|0.97
begin:zorg|jij-boodschap|-0.97
begin:zorgt|bevelen|0.99
begin:zoveel|geruststellen|1.85
begin:zoveel|afleiden|-0.87
begin:zullen|samenvatting|-0.99
begin:zullen|open-vraag|-1.0
begin:zullen|moraliseren|-1.0
begin:zullen|adviseren|-0.93
begin:zullen|afleiden|1.92
begin:zullen|vervolgafspraak|-0.99
begin:zullen|bedanken|-0.95
deel:gedrag|ik-boodschap|5.25
deel:gedrag|jij-boodschap|-0.7
deel:gedrag|parafrase|-0.23
deel:gedrag|gevoelsreflectie|-1.05
deel:gedrag|samenvatting|-0.96
deel:gedrag|open-vraag|0.99
deel:gedrag|aanmoediging|-1.0
deel:gedrag|bevelen|-1.0
deel:gedrag|waarschuwen|0.63
deel:gedrag|moraliseren|-1.92
deel:gedrag|adviseren|-1.98
deel:gedrag|argumenteren|-1.94
deel:gedrag|bekritiseren|-0.95
deel:gedrag|prijzen|-0.97
deel:gedrag|geruststellen|-1.91
deel:gedrag|ondervragen|-1.0
deel:gedrag|afleiden|-0.98
deel:gedrag|afronding-aankondigen|-1.02
deel:gedrag|vervolgafspraak|-0.19
deel:gedrag|bedanken|-0.79
deel:gevoel|ik-boodschap|5.76
deel:gevoel|jij-boodschap|-1.0
deel:gevoel|parafrase|-2.89
deel:gevoel|gevoelsreflectie|-2.9
deel:gevoel|samenvatting|-0.96
deel:gevoel|open-vraag|-0.9
deel:gevoel|aanmoediging|-1.65
deel:gevoel|bevelen|-1.0
deel:gevoel|waarschuwen|-1.95
deel:gevoel|moraliseren|-0.92
deel:gevoel|adviseren|-0.99
deel:gevoel|argumenteren|-0.96
deel:gevoel|bekritiseren|-3.73
deel:gevoel|prijzen|-0.98
deel:gevoel|etiketteren|-1.0
deel:gevoel|interpreteren|-1.65
deel:gevoel|geruststellen|-1.0
deel:gevoel|ondervragen|-1.0
deel:gevoel|afleiden|-0.98
deel:gevoel|afronding-aankondigen|-2.06
deel:gevoel|vervolgafspraak|-0.21
deel:gevoel|bedanken|-0.79
deel:gevolg|ik-boodschap|3.79
deel:gevolg|jij-boodschap|-1.0
deel:gevolg|parafrase|-1.08
deel:gevolg|gevoelsreflectie|-1.0
deel:gevolg|samenvatting|-0.96
deel:gevolg|waarschuwen|-3.71
deel:gevolg|moraliseren|-1.0
deel:gevolg|argumenteren|-1.94
deel:gevolg|bekritiseren|-1.95
deel:gevolg|afleiden|-0.98
deel:gevolg|afronding-aankondigen|-1.98
deel:gevolg|bedanken|-0.79
familie:afronding|ik-boodschap|-3.82
familie:afronding|jij-boodschap|-0.96
familie:afronding|parafrase|-2.06
familie:afronding|gevoelsreflectie|-3.92
familie:afronding|samenvatting|-1.11
familie:afronding|open-vraag|-1.0
familie:afronding|aanmoediging|-0.96
familie:afronding|bevelen|-1.74
familie:afronding|waarschuwen|-1.81
familie:afronding|moraliseren|-1.0
familie:afronding|adviseren|-1.84
familie:afronding|argumenteren|-0.94
familie:afronding|bekritiseren|-0.37
familie:afronding|prijzen|-0.97
familie:afronding|interpreteren|-1.92
familie:afronding|geruststellen|-1.89
familie:afronding|afleiden|-3.93
familie:afronding|afronding-aankondigen|6.8
familie:afronding|vervolgafspraak|4.02
familie:afronding|bedanken|5.45
familie:blokkade|ik-boodschap|-8.34
familie:blokkade|jij-boodschap|-3.33
familie:blokkade|parafrase|-6.65
familie:blokkade|gevoelsreflectie|-3.77
familie:blokkade|samenvatting|-5.91
familie:blokkade|open-vraag|-4.12
familie:blokkade|aanmoediging|-1.98
familie:blokkade|bevelen|0.13
familie:blokkade|waarschuwen|1.75
familie:blokkade|moraliseren|-1.67
familie:blokkade|argumenteren|-0.84
familie:blokkade|bekritiseren|-1.52
familie:blokkade|prijzen|-1.52
familie:blokkade|etiketteren|-1.96
familie:blokkade|geruststellen|-1.68
familie:blokkade|afronding-aankondigen|-4.67
familie:blokkade|vervolgafspraak|-6.6
familie:blokkade|bedanken|-2.9
familie:ik-boodschap|ik-boodschap|7.92
familie:ik-boodschap|jij-boodschap|-1.0
familie:ik-boodschap|parafrase|-1.98
familie:ik-boodschap|gevoelsreflectie|-1.96
familie:ik-boodschap|samenvatting|-0.96
familie:ik-boodschap|aanmoediging|-1.0
familie:ik-boodschap|bevelen|-1.0
familie:ik-boodschap|waarschuwen|-3.71
familie:ik-boodschap|moraliseren|-1.92
familie:ik-boodschap|adviseren|-0.99
familie:ik-boodschap|argumenteren|-1.94
familie:ik-boodschap|bekritiseren|-1.95
familie:ik-boodschap|interpreteren|-1.65
familie:ik-boodschap|geruststellen|-1.0
familie:ik-boodschap|ondervragen|-1.0
familie:ik-boodschap|afleiden|-0.98
familie:ik-boodschap|afronding-aankondigen|-1.98
familie:ik-boodschap|vervolgafspraak|-1.12
familie:ik-boodschap|bedanken|-0.79
familie:jij-boodschap|ik-boodschap|-1.01
familie:jij-boodschap|jij-boodschap|10.47
familie:jij-boodschap|parafrase|-0.75
familie:jij-boodschap|gevoelsreflectie|-1.83
familie:jij-boodschap|samenvatting|-0.97
familie:jij-boodschap|open-vraag|-1.0
familie:jij-boodschap|bevelen|-1.01
familie:jij-boodschap|waarschuwen|-0.26
familie:jij-boodschap|moraliseren|-2.76
familie:jij-boodschap|adviseren|-2.0
familie:jij-boodschap|argumenteren|-0.8
familie:jij-boodschap|bekritiseren|4.14
familie:jij-boodschap|prijzen|-2.9
familie:jij-boodschap|etiketteren|2.84
familie:jij-boodschap|interpreteren|-1.99
familie:jij-boodschap|geruststellen|-2.49
familie:jij-boodschap|ondervragen|-0.96
familie:jij-boodschap|afleiden|-1.0
familie:luisteren|ik-boodschap|-4.15
familie:luisteren|jij-boodschap|-3.76
familie:luisteren|parafrase|3.61
familie:luisteren|gevoelsreflectie|5.99
familie:luisteren|samenvatting|5.41
familie:luisteren|open-vraag|6.6
familie:luisteren|aanmoediging|0.95
familie:luisteren|bevelen|-3.81
familie:luisteren|waarschuwen|-2.0
familie:luisteren|moraliseren|-2.08
familie:luisteren|adviseren|-2.62
familie:luisteren|argumenteren|-3.86
familie:luisteren|bekritiseren|-2.43
familie:luisteren|prijzen|-3.93
familie:luisteren|etiketteren|-2.0
familie:luisteren|interpreteren|-4.83
familie:luisteren|geruststellen|-2.83
familie:luisteren|ondervragen|-4.82
familie:luisteren|afleiden|-2.85
familie:luisteren|afronding-aankondigen|-2.91
familie:luisteren|vervolgafspraak|-2.91
familie:luisteren|bedanken|-2.04
p:'s avonds|bevelen|-0.96
p:'s avonds|waarschuwen|-0.99
p:'s avonds|adviseren|1.97
p:'s avonds|argumenteren|-0.99
p:'s nachts|jij-boodschap|0.98
p:'s nachts|parafrase|-0.75
p:'s nachts|bekritiseren|0.94
p:'s ochtends|ondervragen|0.9
p:'s ochtends|vervolgafspraak|-0.91
p:1 dat|argumenteren|0.91
p:1 en|argumenteren|0.96
p:14 maart|samenvatting|0.9
p:2 staat|argumenteren|-0.9
p:2 voor|jij-boodschap|-0.75
p:2 voor|argumenteren|0.81
p:2 voor|bekritiseren|-0.81
p:24 van|moraliseren|-0.95
p:28 leerlingen|moraliseren|-0.95
p:3 8|argumenteren|0.91
p:3 afronden|argumenteren|0.96
p:3 april|ik-boodschap|-1.0
p:3 april|samenvatting|-0.89
p:3 april|vervolgafspraak|1.0
p:3b en|aanmoediging|-0.95
p:4 5|argumenteren|0.91
p:4 8|moraliseren|-0.96
p:4 8|adviseren|-0.99
p:4 8|argumenteren|0.99
p:4 8|afleiden|-0.7
p:4 9|jij-boodschap|-0.75
p:4 9|argumenteren|0.81
p:4 9|bekritiseren|-0.81
p:4 daar|argumenteren|0.83
p:4 en|argumenteren|-0.9
p:4 gemiddeld|argumenteren|-0.83
p:4 in|gevoelsreflectie|0.84
p:4 in|afleiden|0.98
p:4 is|ik-boodschap|0.73
p:4 is|argumenteren|0.83
p:5 1|argumenteren|0.91
p:5 2|jij-boodschap|-0.75
p:5 2|argumenteren|0.81
p:5 2|bekritiseren|-0.81
p:5 3|argumenteren|0.96
p:5 4|argumenteren|-0.83
p:5 en|argumenteren|0.91
p:5 gehaald|geruststellen|-0.96
p:5 omdat|interpreteren|-0.94
p:5x je|waarschuwen|-0.96
p:6 4|argumenteren|-0.9
p:6 8|parafrase|0.91
p:6 8|argumenteren|0.82
p:6 kan|argumenteren|0.96
p:7 1|argumenteren|-0.9
p:7 kunnen|prijzen|0.65
p:7 naar|ik-boodschap|0.73
p:8 5|geruststellen|-0.96
p:8 een|argumenteren|0.91
p:8 gehaald|argumenteren|-0.96
p:8 gemiddeld|moraliseren|-0.96
p:8 gemiddeld|afleiden|-0.7
p:8 is|adviseren|-0.99
p:8 is|argumenteren|0.99
p:9 voor|jij-boodschap|-0.75
p:9 voor|argumenteren|0.81
p:9 voor|bekritiseren|-0.81
p:? controleert|argumenteren|-0.91
p:? dank|vervolgafspraak|0.9
p:? dank|bedanken|0.67
p:? dat|bekritiseren|1.73
p:? elke|jij-boodschap|-0.98
p:? elke|ondervragen|0.98
p:? en|ik-boodschap|-1.55
p:? en|samenvatting|-1.0
p:? en|open-vraag|-2.73
p:? en|bevelen|-1.0
p:? en|ondervragen|1.98
p:? en|afleiden|-0.95
p:? heeft|afleiden|-0.95
p:? hoe|adviseren|-0.93
p:? ik|adviseren|0.93
p:? kunt|ondervragen|-0.9
p:? maar|open-vraag|0.67
p:? maar|geruststellen|0.95
p:? met|ik-boodschap|-0.59
p:? met|adviseren|-0.93
p:? met|bekritiseren|-0.97
p:? met|interpreteren|-0.6
p:? ook|jij-boodschap|-0.98
p:? ook|ondervragen|0.98
p:? sinds|samenvatting|-1.0
p:? sinds|bevelen|-1.0
p:? sinds|ondervragen|1.0
p:? tot|argumenteren|-0.91
p:? waar|afleiden|-0.97
p:? waarom|ondervragen|1.0
p:? was|ondervragen|0.98
p:? wat|interpreteren|-0.6
p:? wie|ik-boodschap|-0.97
p:? wie|interpreteren|-0.6
p:? wie|ondervragen|1.0
p:? wie|afleiden|-0.97
p:aan ?|parafrase|0.92
p:aan ?|samenvatting|-0.77
p:aan afspraken|bevelen|-0.94
p:aan als|ik-boodschap|-0.93
p:aan dat|parafrase|0.22
p:aan de|jij-boodschap|0.25
p:aan de|gevoelsreflectie|0.97
p:aan de|moraliseren|0.97
p:aan de|bekritiseren|1.49
p:aan de|interpreteren|0.69
p:aan de|geruststellen|-0.5
p:aan denken|waarschuwen|-0.96
p:aan doen|adviseren|-0.94
p:aan een|adviseren|1.0
p:aan een|argumenteren|0.96
p:aan een|ondervragen|-1.0
p:aan en|jij-boodschap|0.99
p:aan en|samenvatting|-0.99
p:aan en|bekritiseren|0.99
p:aan het|interpreteren|-0.99
p:aan hoor|aanmoediging|0.88
p:aan houden|bevelen|-0.94
p:aan je|ik-boodschap|0.94
p:aan je|bevelen|-0.96
p:aan je|bekritiseren|-0.95
p:aan maken|argumenteren|-0.94
p:aan maken|vervolgafspraak|-0.85
p:aan mevrouw|bevelen|0.96
p:aan mevrouw|bekritiseren|-0.96
p:aan mevrouw|vervolgafspraak|-0.96
p:aan mij|argumenteren|0.98
p:aan nu|aanmoediging|-0.8
p:aan nu|bevelen|0.89
p:aan onze|bedanken|-0.96
p:aan school|bevelen|0.94
p:aan school|bekritiseren|0.94
p:aan te|jij-boodschap|-0.97
p:aan te|samenvatting|-0.96
p:aan te|bevelen|-0.92
p:aan te|moraliseren|0.75
p:aan te|argumenteren|0.83
p:aan te|interpreteren|-0.7
p:aan te|geruststellen|-0.92
p:aan te|afleiden|1.63
p:aan veranderen|argumenteren|0.98
p:aan veranderen|etiketteren|-0.98
p:aan vrijdag|samenvatting|0.99
p:aan zijn|ik-boodschap|0.99
p:aan zijn|jij-boodschap|0.92
p:aan zijn|waarschuwen|0.97
p:aan zijn|bekritiseren|0.83
p:aanbieden aan|bevelen|0.96
p:aanbieden aan|bekritiseren|-0.96
p:aandacht daarom|waarschuwen|-0.91
p:aandacht hij|interpreteren|0.98
p:aandacht wil|bevelen|-0.99
p:aangevallen voelt|bedanken|-0.98
p:aankloppen voor|gevoelsreflectie|0.88
p:aanmelden voor|gevoelsreflectie|-0.87
p:aanpakken ?|ik-boodschap|-0.87
p:aanpakken ?|jij-boodschap|-0.96
p:aanpakken ?|parafrase|-1.0
p:aanpakken ?|samenvatting|2.96
p:aanpakken ?|open-vraag|0.87
p:aanpakken ?|afronding-aankondigen|-1.0
p:aansluiting met|ik-boodschap|-0.97
p:aansprak ?|gevoelsreflectie|-0.88
p:aanspreken en|open-vraag|-0.94
p:aardrijkskunde zakt|ik-boodschap|0.94
p:ach dat|moraliseren|-0.99
p:ach dat|bekritiseren|-0.99
p:ach dat|interpreteren|-0.99
p:ach dat|geruststellen|-1.35
p:ach dat|afleiden|1.99
p:ach die|vervolgafspraak|-0.92
p:ach een|afleiden|0.9
p:ach elke|geruststellen|0.93
p:ach elke|afleiden|-0.93
p:ach het|geruststellen|0.5
p:ach het|afleiden|-0.9
p:ach iedereen|argumenteren|-0.9
p:ach iedereen|geruststellen|-0.88
p:ach joh|open-vraag|-0.95
p:ach joh|afleiden|0.95
p:ach jongens|argumenteren|-0.96
p:ach plagen|geruststellen|-0.97
p:ach plagen|afleiden|0.88
p:ach ruzietjes|afleiden|0.94
p:ach u|jij-boodschap|-0.79
p:ach wat|afleiden|-0.86
p:ach zulke|geruststellen|-0.89
p:ach zulke|afleiden|0.92
p:acht bij|bevelen|1.0
p:acht uur|ik-boodschap|-0.9
p:acht uur|bevelen|-0.97
p:acht vakken|aanmoediging|-0.95
p:achter de|moraliseren|0.98
p:achter de|argumenteren|-0.91
p:achter de|bekritiseren|0.98
p:achter deze|moraliseren|-1.0
p:achter en|ik-boodschap|1.0
p:achter en|parafrase|-1.0
p:achter en|gevoelsreflectie|-1.0
p:achter en|bekritiseren|-0.95
p:achter zetten|afronding-aankondigen|0.77
p:achter zetten|vervolgafspraak|-0.94
p:achterloopt zullen|adviseren|-0.92
p:achterstand op|argumenteren|-0.96
p:advies is|adviseren|-0.96
p:advocaat van|bekritiseren|-0.91
p:advocaat van|etiketteren|0.91
p:af als|bevelen|0.95
p:af bedankt|samenvatting|1.0
p:af bedankt|afronding-aankondigen|1.95
p:af bedankt|bedanken|1.75
p:af dat|ik-boodschap|-0.9
p:af dat|samenvatting|0.9
p:af dat|afronding-aankondigen|-0.97
p:af dat|vervolgafspraak|0.97
p:af en|samenvatting|-0.8
p:af en|bedanken|0.8
p:af had|vervolgafspraak|-1.0
p:af heeft|ik-boodschap|0.16
p:af heeft|parafrase|-1.0
p:af heeft|gevoelsreflectie|-1.0
p:af hoe|ik-boodschap|0.89
p:af hoe|open-vraag|0.94
p:af ik|afronding-aankondigen|0.86
p:af is|ik-boodschap|-0.99
p:af is|geruststellen|-0.75
p:af met|afronding-aankondigen|-0.85
p:af te|moraliseren|-0.91
p:af te|argumenteren|-0.8
p:af te|afronding-aankondigen|1.0
p:af tot|ik-boodschap|-0.7
p:af tot|waarschuwen|0.91
p:af we|afronding-aankondigen|0.8
p:afdelingsleider erbij|bevelen|0.9
p:afdelingsleider volgende|gevoelsreflectie|-0.94
p:afgaat tijdens|vervolgafspraak|-0.8
p:afgelopen drie|argumenteren|-0.96
p:afgelopen twee|ik-boodschap|0.94
p:afgelopen week|ik-boodschap|0.9
p:afgelopen week|argumenteren|-0.84
p:afgelopen week|bekritiseren|-0.84
p:afhaakte moest|ik-boodschap|0.87
p:afmeldt als|moraliseren|0.93
p:afronden bedankt|gevoelsreflectie|-0.98
p:afronden bedankt|vervolgafspraak|-0.98
p:afronden naar|argumenteren|0.96
p:afronden over|bedanken|0.96
p:afsluiten de|vervolgafspraak|-0.84
p:afsluiten voor|bedanken|-0.92
p:afspraak bij|samenvatting|0.9
p:afspraak iets|jij-boodschap|1.0
p:afspraak iets|bekritiseren|1.0
p:afspraak iets|geruststellen|-1.0
p:afspraak in|ik-boodschap|-0.94
p:afspraak maken|afronding-aankondigen|-0.73
p:afspraak maken|vervolgafspraak|0.9
p:afspraak maken|bedanken|0.67
p:afspraak met|argumenteren|-0.71
p:afspraak met|afronding-aankondigen|0.8
p:afspraak met|vervolgafspraak|-0.85
p:afspraak niet|jij-boodschap|-1.0
p:afspraak niet|bekritiseren|-1.0
p:afspraken ?|jij-boodschap|0.99
p:afspraken aan|jij-boodschap|0.92
p:afspraken aan|bekritiseren|0.83
p:afspraken en|ik-boodschap|-1.0
p:afspraken en|samenvatting|-0.89
p:afspraken en|bevelen|-0.94
p:afspraken en|afronding-aankondigen|-0.93
p:afspraken en|vervolgafspraak|1.0
p:afspraken houdt|parafrase|-0.78
p:afspraken nooit|jij-boodschap|0.92
p:afspraken nooit|bekritiseren|0.96
p:afspraken over|vervolgafspraak|-0.95
p:afspraken te|jij-boodschap|-0.65
p:afspraken te|moraliseren|0.97
p:afspraken van|etiketteren|-0.99
p:afspraken werken|gevoelsreflectie|-0.99
p:afspreken ?|adviseren|0.93
p:afspreken en|afronding-aankondigen|0.77
p:afspreken u|samenvatting|0.99
p:afwezig moeten|ik-boodschap|0.98
p:afwezig moeten|waarschuwen|-0.98
p:agenda door|adviseren|0.82
p:agenda door|bedanken|-0.91
p:agenda doornemen|bekritiseren|-0.78
p:agenda nooit|bekritiseren|0.97
p:agenda voor|ik-boodschap|-0.94
p:ah en|aanmoediging|0.97
p:ajax gisteren|ondervragen|-0.99
p:ajax gisteren|afleiden|0.99
p:akkoord ?|geruststellen|-0.47
p:akkoord met|etiketteren|-0.94
p:al 5x|waarschuwen|-0.96
p:al als|ik-boodschap|0.98
p:al als|waarschuwen|-0.98
p:al bekeken|vervolgafspraak|-0.93
p:al die|parafrase|0.9
p:al die|open-vraag|0.97
p:al die|waarschuwen|-0.9
p:al die|geruststellen|-0.92
p:al die|afleiden|-0.92
p:al drie|adviseren|-0.92
p:al drie|bekritiseren|0.91
p:al drie|vervolgafspraak|0.92
p:al in|parafrase|0.99
p:al in|open-vraag|-0.87
p:al in|bedanken|-0.92
p:al inleverde|ik-boodschap|-0.96
p:al inpakt|open-vraag|-1.8
p:al inpakt|adviseren|1.8
p:al oor|aanmoediging|0.71
p:al op|adviseren|-1.0
p:al sinds|ik-boodschap|-0.71
p:al sinds|argumenteren|0.95
p:al te|argumenteren|-0.94
p:al te|vervolgafspraak|-0.94
p:al twee|argumenteren|0.92
p:alle afspraken|jij-boodschap|0.92
p:alle afspraken|bekritiseren|0.83
p:alle leerlingen|afleiden|-0.99
p:alle tijd|aanmoediging|0.88
p:allebei bij|vervolgafspraak|-0.94
p:allebei boos|bedanken|-0.79
p:allebei dat|parafrase|-0.92
p:allebei dat|samenvatting|0.91
p:allebei het|afronding-aankondigen|-0.89
p:allebei konden|afronding-aankondigen|0.97
p:allebei niks|ik-boodschap|0.97
p:allebei niks|afronding-aankondigen|0.97
p:alleen aan|argumenteren|0.98
p:alleen bij|ik-boodschap|0.71
p:alleen dat|ik-boodschap|-0.99
p:alleen dat|geruststellen|-0.75
p:alleen in|ik-boodschap|-0.42
p:alleen jij|prijzen|-0.93
p:alleen maar|waarschuwen|-0.98
p:alleen maar|moraliseren|-1.0
p:alleen maar|bekritiseren|-0.75
p:alleen maar|afleiden|-0.99
p:alleen naar|adviseren|-0.99
p:alleen niet|gevoelsreflectie|-0.99
p:alleen niet|samenvatting|-0.99
p:alleen omdat|gevoelsreflectie|-0.72
p:alleen omdat|interpreteren|1.65
p:alleen omdat|bedanken|-0.98
p:alleen staan|moraliseren|0.92
p:alleen staat|ik-boodschap|0.99
p:alleen thuis|moraliseren|1.0
p:alleen thuis|argumenteren|-1.0
p:alleen thuis|prijzen|-1.0
p:alleen thuis|ondervragen|-1.0
p:alleen voelde|gevoelsreflectie|0.94
p:alleen voelt|jij-boodschap|-0.99
p:alleen voelt|gevoelsreflectie|0.99
p:alleen voelt|bekritiseren|-0.43
p:alleen voor|ik-boodschap|0.95
p:alleen wat|bekritiseren|0.19
p:alleen zitten|open-vraag|-1.0
p:allemaal de|bekritiseren|0.87
p:allemaal goed|gevoelsreflectie|-0.98
p:allemaal goed|geruststellen|0.98
p:allemaal kan|ik-boodschap|0.81
p:allemaal minder|jij-boodschap|-1.0
p:allemaal minder|samenvatting|-1.0
p:allemaal minder|aanmoediging|-1.0
p:allemaal minder|moraliseren|-1.0
p:allemaal minder|bekritiseren|-1.0
p:allemaal minder|prijzen|-1.0
p:allemaal minder|geruststellen|1.0
p:allemaal minder|afronding-aankondigen|-1.0
p:allemaal minder|bedanken|-1.0
p:allemaal op|geruststellen|0.86
p:allemaal regelt|prijzen|1.0
p:alles beter|bekritiseren|1.08
p:alles bij|gevoelsreflectie|-0.98
p:alles doen|interpreteren|-0.94
p:alles en|gevoelsreflectie|-0.9
p:alles en|vervolgafspraak|-0.9
p:alles nog|vervolgafspraak|-0.91
p:alles op|samenvatting|0.99
p:alles op|bekritiseren|0.65
p:alles op|vervolgafspraak|-0.98
p:alles voor|jij-boodschap|0.83
p:als afwezig|ik-boodschap|0.98
p:als afwezig|waarschuwen|-0.98
p:als bilal|ik-boodschap|0.94
p:als daan|open-vraag|1.0
p:als daan|vervolgafspraak|1.81
p:als dat|jij-boodschap|2.34
p:als dat|waarschuwen|1.93
p:als dat|bekritiseren|1.87
p:als dat|prijzen|-1.0
p:als de|vervolgafspraak|-0.95
p:als die|moraliseren|0.92
p:als die|vervolgafspraak|-0.8
p:als dit|gevoelsreflectie|0.94
p:als dit|open-vraag|0.8
p:als dit|waarschuwen|0.37
p:als dit|moraliseren|-0.98
p:als dit|prijzen|-0.92
p:als dit|interpreteren|-1.0
p:als een|etiketteren|0.89
p:als eerste|ik-boodschap|-0.87
p:als eerste|parafrase|-1.0
p:als eerste|samenvatting|2.96
p:als eerste|open-vraag|0.87
p:als eerste|afronding-aankondigen|-1.0
p:als er|ik-boodschap|-0.64
p:als er|jij-boodschap|-0.85
p:als er|vervolgafspraak|0.91
p:als geen|ondervragen|-0.93
p:als gijs|ik-boodschap|0.93
p:als gijs|vervolgafspraak|-0.79
p:als het|ik-boodschap|-0.97
p:als het|jij-boodschap|0.97
p:als het|waarschuwen|1.74
p:als het|adviseren|-1.0
p:als het|argumenteren|-0.93
p:als het|etiketteren|-0.93
p:als het|geruststellen|0.87
p:als het|ondervragen|-1.0
p:als hij|ik-boodschap|-0.93
p:als hij|jij-boodschap|-0.6
p:als hij|gevoelsreflectie|-0.88
p:als hij|waarschuwen|-1.73
p:als hij|adviseren|0.99
p:als hij|argumenteren|0.96
p:als hij|prijzen|-0.91
p:als hij|ondervragen|0.9
p:als hij|vervolgafspraak|-0.97
p:als ik|ik-boodschap|-2.12
p:als ik|parafrase|4.83
p:als ik|gevoelsreflectie|-0.96
p:als ik|aanmoediging|-0.99
p:als ik|waarschuwen|-0.9
p:als ik|moraliseren|-0.97
p:als ik|adviseren|1.09
p:als ik|argumenteren|-1.52
p:als ik|bekritiseren|0.78
p:als ik|prijzen|0.92
p:als ik|geruststellen|-0.92
p:als ik|afleiden|-0.92
p:als ik|vervolgafspraak|-0.98
p:als ik|bedanken|-0.92
p:als je|ik-boodschap|-0.76
p:als je|jij-boodschap|-0.97
p:als je|parafrase|-0.88
p:als je|samenvatting|-0.96
p:als je|open-vraag|-1.8
p:als je|waarschuwen|2.5
p:als je|adviseren|1.8
p:als je|bekritiseren|-0.95
p:als je|prijzen|0.91
p:als je|vervolgafspraak|-0.93
p:als jesse|argumenteren|-0.98
p:als jij|ik-boodschap|1.36
p:als jij|waarschuwen|-1.79
p:als jullie|bekritiseren|-0.78
p:als keuzevak|open-vraag|-1.0
p:als keuzevak|ondervragen|-1.0
p:als kim|open-vraag|0.94
p:als leerling|moraliseren|1.76
p:als lieke|ik-boodschap|0.98
p:als lieke|samenvatting|-0.98
p:als lotte|ik-boodschap|0.93
p:als lucas|waarschuwen|0.91
p:als mila|open-vraag|1.0
p:als moeder|waarschuwen|-1.0
p:als moeder|bekritiseren|0.27
p:als ouder|moraliseren|1.98
p:als ouder|prijzen|-0.65
p:als u|parafrase|-0.99
p:als u|samenvatting|-0.99
p:als u|open-vraag|-0.94
p:als u|bevelen|-1.0
p:als u|bekritiseren|-1.26
p:als u|prijzen|0.82
p:als u|geruststellen|-0.47
p:als u|afronding-aankondigen|-0.9
p:als uw|gevoelsreflectie|0.91
p:als vader|waarschuwen|-0.91
p:als vader|adviseren|-0.92
p:als verpleegkundige|prijzen|0.96
p:als we|jij-boodschap|-0.93
p:als we|parafrase|-1.0
p:als we|waarschuwen|-0.78
p:als we|bekritiseren|-1.23
p:als we|prijzen|1.0
p:als we|geruststellen|-1.0
p:als we|ondervragen|0.93
p:als ze|waarschuwen|1.0
p:als ze|argumenteren|0.91
p:als ze|interpreteren|-0.99
p:als zoë|ik-boodschap|1.0
p:als zoë|vervolgafspraak|0.98
p:alsof de|bevelen|-1.0
p:alsof er|jij-boodschap|0.9
p:alsof er|bekritiseren|0.77
p:alsof er|geruststellen|-0.5
p:alsof het|bekritiseren|0.87
p:alsof je|jij-boodschap|-0.99
p:alsof je|gevoelsreflectie|1.9
p:alsof je|bekritiseren|-0.43
p:alsof je|interpreteren|-0.8
p:alsof u|geruststellen|-0.95
p:altijd alles|bekritiseren|0.65
p:altijd begint|parafrase|-0.99
p:altijd bellen|jij-boodschap|-0.85
p:altijd bij|bevelen|-0.93
p:altijd binnenslenteren|bevelen|-1.0
p:altijd degene|prijzen|-1.0
p:altijd je|bekritiseren|0.99
p:altijd meteen|bekritiseren|-0.91
p:altijd meteen|etiketteren|0.91
p:altijd te|jij-boodschap|0.73
p:altijd te|ondervragen|-0.97
p:altijd voor|vervolgafspraak|-0.92
p:altijd voor|bedanken|-0.75
p:altijd welkom|jij-boodschap|-1.0
p:altijd welkom|aanmoediging|-1.0
p:altijd zo|jij-boodschap|0.18
p:altijd zo|parafrase|-1.0
p:altijd zo|waarschuwen|-0.78
p:altijd zo|moraliseren|-1.0
p:altijd zo|bekritiseren|-0.1
p:altijd zo|prijzen|1.97
p:altijd zo|etiketteren|-0.95
p:altijd zo|geruststellen|-1.0
p:altijd zonder|bekritiseren|0.9
p:altijd zulke|bekritiseren|-0.99
p:altijd zulke|prijzen|0.99
p:amira in|gevoelsreflectie|-0.99
p:ander profiel|parafrase|0.79
p:ander profiel|samenvatting|-0.93
p:ander rooster|etiketteren|-0.91
p:ander verhaal|afleiden|0.88
p:ander waarom|ondervragen|-0.93
p:ander zoals|moraliseren|0.92
p:andere klas|bekritiseren|-0.97
p:andere leerlingen|argumenteren|0.64
p:andere moeder|parafrase|0.97
p:andere moeder|gevoelsreflectie|0.97
p:andere moeder|adviseren|-0.97
p:andere ouders|interpreteren|0.98
p:andere school|parafrase|0.97
p:andere school|gevoelsreflectie|-0.97
p:andere woorden|parafrase|1.0
p:andere woorden|gevoelsreflectie|-0.91
p:andere woorden|samenvatting|-0.96
p:andere woorden|open-vraag|-0.99
p:andere woorden|geruststellen|-0.89
p:anderen alles|gevoelsreflectie|-0.9
p:anderen alles|vervolgafspraak|-0.9
p:anderen hun|ik-boodschap|1.36
p:anderen hun|waarschuwen|-0.89
p:anderen liggen|ik-boodschap|0.98
p:anderen liggen|samenvatting|-0.98
p:anderen maken|bevelen|-0.96
p:anderen ook|prijzen|-0.93
p:anders bel|bevelen|-0.73
p:anders eens|adviseren|0.96
p:anders ga|bevelen|0.86
p:anders gaat|afleiden|0.91
p:anders gezien|parafrase|-0.99
p:anders laat|waarschuwen|0.89
p:anders of|prijzen|0.82
p:anders stop|bevelen|0.99
p:anders stop|waarschuwen|0.99
p:anders wordt|bekritiseren|-0.98
p:anders zitten|open-vraag|-0.96
p:anouk en|open-vraag|0.7
p:antwoord dan|argumenteren|-0.71
p:apart gaat|gevoelsreflectie|-0.9
p:apart gaat|vervolgafspraak|-0.9
p:apart uitleggen|vervolgafspraak|-0.91
p:app het|ik-boodschap|-0.98
p:app het|samenvatting|0.8
p:app je|samenvatting|-0.81
p:app je|vervolgafspraak|0.96
p:app niet|moraliseren|0.91
p:avond achter|argumenteren|-0.91
p:avond bij|bedanken|-0.99
p:avond doen|jij-boodschap|0.9
p:avond een|adviseren|0.92
p:avond om|adviseren|-0.99
p:avond samen|adviseren|0.82
p:avond tot|argumenteren|0.91
p:avond van|open-vraag|-1.8
p:avond van|adviseren|1.8
p:avonds beneden|parafrase|-0.99
p:avonds beneden|waarschuwen|-0.99
p:avonds beneden|adviseren|0.97
p:avonds beneden|argumenteren|-0.99
p:avonds gewoon|bevelen|-0.96
p:avonds niet|parafrase|1.0
p:avonds niet|adviseren|1.0
p:ayoub hielp|ik-boodschap|1.0
p:ayoub is|samenvatting|0.99
p:b nu|moraliseren|-0.96
p:b nu|afleiden|-0.7
p:baal ervan|ik-boodschap|1.0
p:baal hier|etiketteren|-1.0
p:baalt er|ik-boodschap|-0.9
p:baalt er|gevoelsreflectie|0.98
p:baalt er|open-vraag|-0.66
p:baalt er|geruststellen|-0.97
p:baalt ervan|gevoelsreflectie|0.84
p:baalt ervan|afleiden|0.98
p:baan ?|afleiden|0.87
p:baart me|ik-boodschap|1.0
p:baart me|parafrase|-1.0
p:baart me|gevoelsreflectie|-1.0
p:baart me|open-vraag|-1.0
p:bakker van|samenvatting|-0.79
p:bakker van|vervolgafspraak|0.99
p:balen voor|open-vraag|0.96
p:bang bent|ik-boodschap|-0.89
p:bang bent|geruststellen|-0.99
p:bang dat|parafrase|-0.99
p:bang dat|gevoelsreflectie|-0.95
p:bang dat|samenvatting|0.95
p:bang dat|geruststellen|0.99
p:bang is|interpreteren|0.58
p:bang om|gevoelsreflectie|0.83
p:bang om|prijzen|-0.98
p:bang te|geruststellen|0.99
p:bankje zit|moraliseren|-0.92
p:bankje zit|interpreteren|-0.67
p:bas naast|ik-boodschap|0.99
p:basisschool begonnen|adviseren|-1.0
p:basisschool brengt|gevoelsreflectie|-0.96
p:basisschool en|samenvatting|0.99
p:basisschool zat|open-vraag|0.6
p:bed ?|ik-boodschap|-0.97
p:bed moeten|bekritiseren|0.74
p:bed te|moraliseren|0.91
p:bed te|adviseren|-0.99
p:bed te|bekritiseren|-0.99
p:bedankt dat|gevoelsreflectie|-0.98
p:bedankt dat|bekritiseren|-0.88
p:bedankt dat|vervolgafspraak|-0.98
p:bedankt dat|bedanken|1.74
p:bedankt voor|ik-boodschap|-0.97
p:bedankt voor|jij-boodschap|-0.81
p:bedankt voor|samenvatting|1.8
p:bedankt voor|bekritiseren|1.96
p:bedankt voor|afronding-aankondigen|-0.89
p:bedankt voor|bedanken|-1.45
p:bedoeld zijn|ik-boodschap|0.94
p:bedoelt dat|parafrase|1.91
p:bedoelt dat|interpreteren|-0.89
p:bedtijd en|samenvatting|0.99
p:beetje gefrustreerd|vervolgafspraak|-0.95
p:beetje geschrokken|gevoelsreflectie|1.0
p:beetje heimwee|interpreteren|0.8
p:beetje uitlokt|interpreteren|0.99
p:beetje verdrietig|gevoelsreflectie|0.61
p:beetje zenuwachtig|afronding-aankondigen|-0.97
p:beetje zorgen|open-vraag|0.7
p:beginnen ?|afleiden|-0.91
p:beginnen en|ik-boodschap|0.95
p:begint de|open-vraag|-0.97
p:begint thuis|moraliseren|1.0
p:begint wat|parafrase|-0.99
p:begon al|open-vraag|-0.87
p:begon er|ondervragen|1.0
p:begon het|parafrase|0.99
p:begon het|bedanken|-0.92
p:begon maar|parafrase|0.99
p:begon maar|geruststellen|-0.99
p:begon na|parafrase|-1.81
p:begon pas|parafrase|1.0
p:begon pas|aanmoediging|-1.0
p:begonnen na|parafrase|0.96
p:begonnen na|argumenteren|-0.96
p:begrijp begon|bedanken|-0.92
p:begrijp bent|gevoelsreflectie|0.96
p:begrijp dat|open-vraag|0.99
p:begrijp dat|argumenteren|0.83
p:begrijp dat|geruststellen|0.95
p:begrijp dat|afleiden|0.9
p:begrijp gaat|samenvatting|-0.92
p:begrijp heeft|ik-boodschap|-0.91
p:begrijp heeft|parafrase|0.91
p:begrijp het|aanmoediging|0.99
p:begrijp ik|jij-boodschap|-0.9
p:begrijp ik|parafrase|0.69
p:begrijp ik|open-vraag|-0.7
p:begrijp vindt|open-vraag|0.97
p:begrijp vindt|argumenteren|-0.81
p:begrijp voelt|aanmoediging|-0.99
p:begrijp wilt|parafrase|0.99
p:begrijpen dat|afleiden|-0.92
p:begrijpt u|prijzen|0.99
p:begrijpt u|ondervragen|-0.93
p:behandeld wilt|moraliseren|0.92
p:behandelt een|moraliseren|0.92
p:behoorlijk alleen|gevoelsreflectie|0.94
p:behoorlijk onbeschoft|jij-boodschap|-1.0
p:behoorlijk zwaar|open-vraag|-0.99
p:behulpzaam dus|jij-boodschap|-0.9
p:behulpzaam is|bekritiseren|0.96
p:behulpzaam weer|bekritiseren|1.46
p:behulpzaam weer|bedanken|-1.78
p:behulpzame leerling|bevelen|-1.0
p:bekeken ?|vervolgafspraak|-0.93
p:bel gaat|vervolgafspraak|-0.9
p:bel ik|parafrase|-0.99
p:bel ik|samenvatting|-0.19
p:bel ik|bevelen|-0.73
p:bel ik|waarschuwen|1.57
p:bel ik|vervolgafspraak|0.99
p:bel ik|bedanken|0.92
p:bel je|samenvatting|-0.95
p:bel je|vervolgafspraak|0.95
p:bel u|samenvatting|0.16
p:bel u|vervolgafspraak|2.93
p:bel u|bedanken|-0.11
p:belangrijkere dingen|afleiden|1.82
p:bellen ?|open-vraag|0.91
p:bellen ?|vervolgafspraak|1.0
p:bellen als|jij-boodschap|-0.85
p:bellen om|vervolgafspraak|0.92
p:bellen we|ik-boodschap|-0.91
p:bellen we|afronding-aankondigen|-0.93
p:beloningssysteem ?|jij-boodschap|-1.0
p:beloningssysteem ?|open-vraag|-1.0
p:beloningssysteem ?|aanmoediging|-1.0
p:beloningssysteem dat|adviseren|0.96
p:beloof ik|ik-boodschap|-0.98
p:beloof ik|geruststellen|1.55
p:belt bij|bedanken|0.96
p:belt morgen|gevoelsreflectie|-1.0
p:belt morgen|bevelen|1.0
p:belt u|prijzen|-0.98
p:belt voortaan|bevelen|0.95
p:belt zelf|bevelen|0.95
p:belt zelf|vervolgafspraak|-0.95
p:bemoeien je|bevelen|0.94
p:bemoeien je|bekritiseren|0.94
p:bemoeit zich|gevoelsreflectie|-0.86
p:ben benieuwd|bevelen|-0.99
p:ben best|ik-boodschap|1.57
p:ben best|jij-boodschap|-0.98
p:ben best|bekritiseren|-0.65
p:ben blij|open-vraag|0.97
p:ben daar|ik-boodschap|0.99
p:ben daar|aanmoediging|-0.65
p:ben daar|bekritiseren|-0.99
p:ben docent|aanmoediging|-0.99
p:ben echt|ik-boodschap|0.97
p:ben een|aanmoediging|0.71
p:ben eerlijk|open-vraag|-1.0
p:ben er|ik-boodschap|-0.27
p:ben er|prijzen|-0.98
p:ben er|afronding-aankondigen|-1.0
p:ben erg|ik-boodschap|0.91
p:ben esther|ik-boodschap|-0.97
p:ben hier|ik-boodschap|-0.97
p:ben ik|ik-boodschap|0.96
p:ben je|parafrase|1.86
p:ben je|waarschuwen|-0.9
p:ben je|moraliseren|-0.97
p:ben je|ondervragen|1.0
p:ben je|afleiden|-0.92
p:ben jij|jij-boodschap|1.0
p:ben jij|bekritiseren|-1.0
p:ben mevrouw|bevelen|-0.89
p:ben nog|bevelen|0.62
p:ben ongerust|vervolgafspraak|0.92
p:ben teamleider|vervolgafspraak|-0.99
p:ben u|gevoelsreflectie|-0.96
p:beneden laten|parafrase|1.0
p:beneden laten|adviseren|1.0
p:beneden te|parafrase|-0.99
p:beneden te|adviseren|0.97
p:beneden te|argumenteren|-0.99
p:bent altijd|jij-boodschap|-0.9
p:bent altijd|parafrase|-1.0
p:bent altijd|waarschuwen|-0.78
p:bent altijd|moraliseren|-1.0
p:bent altijd|etiketteren|-0.95
p:bent altijd|geruststellen|-1.0
p:bent bang|parafrase|-0.99
p:bent bang|gevoelsreflectie|-0.95
p:bent bang|samenvatting|0.95
p:bent bang|geruststellen|0.99
p:bent boos|parafrase|0.71
p:bent boos|gevoelsreflectie|0.81
p:bent boos|open-vraag|-0.99
p:bent boos|ondervragen|0.97
p:bent bram|ik-boodschap|-0.99
p:bent bram|geruststellen|-0.75
p:bent dan|adviseren|-0.93
p:bent dat|ik-boodschap|-0.89
p:bent dat|geruststellen|-0.99
p:bent de|samenvatting|-0.78
p:bent denk|prijzen|-0.97
p:bent denk|interpreteren|0.9
p:bent duidelijk|gevoelsreflectie|0.94
p:bent duidelijk|samenvatting|0.78
p:bent duidelijk|bevelen|-0.83
p:bent duidelijk|afleiden|-0.99
p:bent duidelijk|vervolgafspraak|0.86
p:bent dus|gevoelsreflectie|0.93
p:bent dus|prijzen|0.98
p:bent echt|jij-boodschap|1.55
p:bent echt|adviseren|-0.9
p:bent echt|bekritiseren|-1.0
p:bent een|jij-boodschap|1.0
p:bent een|adviseren|0.92
p:bent een|prijzen|0.9
p:bent een|etiketteren|1.0
p:bent een|interpreteren|-0.99
p:bent een|geruststellen|-0.92
p:bent eigenlijk|prijzen|-0.98
p:bent eigenlijk|interpreteren|0.91
p:bent gekomen|bevelen|-0.99
p:bent gekomen|prijzen|-0.99
p:bent gekomen|afronding-aankondigen|-0.92
p:bent gekomen|bedanken|0.99
p:bent gekwetst|parafrase|0.97
p:bent gekwetst|gevoelsreflectie|0.97
p:bent gekwetst|adviseren|-0.97
p:bent gewoon|bekritiseren|-0.21
p:bent gewoon|etiketteren|0.99
p:bent gewoon|interpreteren|0.98
p:bent hier|aanmoediging|-0.93
p:bent ik|gevoelsreflectie|0.98
p:bent maar|bevelen|0.97
p:bent maar|argumenteren|0.83
p:bent maar|geruststellen|1.46
p:bent maar|afleiden|0.9
p:bent misschien|gevoelsreflectie|0.99
p:bent misschien|adviseren|0.99
p:bent niet|etiketteren|-1.0
p:bent omdat|jij-boodschap|-0.8
p:bent omdat|bekritiseren|-0.99
p:bent omdat|interpreteren|0.99
p:bent oneerlijk|gevoelsreflectie|-0.97
p:bent oneerlijk|bekritiseren|0.59
p:bent ook|bekritiseren|-0.91
p:bent ook|etiketteren|0.91
p:bent tevreden|gevoelsreflectie|-0.98
p:bent toch|prijzen|1.97
p:bent u|jij-boodschap|-0.93
p:bent u|parafrase|1.0
p:bent u|gevoelsreflectie|0.96
p:bent u|open-vraag|-1.0
p:bent u|waarschuwen|-0.99
p:bent u|adviseren|0.17
p:bent u|bekritiseren|-1.23
p:bent u|geruststellen|0.92
p:bent u|ondervragen|0.93
p:bent u|bedanken|-0.92
p:bent voor|parafrase|-1.0
p:bent voor|gevoelsreflectie|1.92
p:bent voor|geruststellen|0.92
p:bent vorig|gevoelsreflectie|-0.93
p:bent wat|open-vraag|0.99
p:bent wel|jij-boodschap|0.97
p:bent zo'n|jij-boodschap|-1.79
p:bent zo'n|bevelen|-0.96
p:bent zo'n|moraliseren|-0.94
p:bent zo'n|prijzen|1.91
p:beoordelingscriteria stonden|argumenteren|1.0
p:beoordelingscriteria stonden|vervolgafspraak|-1.0
p:bereiken en|open-vraag|1.0
p:bericht krijgt|argumenteren|0.95
p:bericht van|jij-boodschap|1.85
p:bericht van|bekritiseren|1.06
p:bericht van|bedanken|-0.99
p:berichten in|jij-boodschap|0.97
p:berichten in|bekritiseren|0.97
p:bescherming neemt|jij-boodschap|1.0
p:bescherming neemt|adviseren|-1.0
p:bescherming neemt|bekritiseren|1.0
p:beschermt haar|prijzen|-0.97
p:beschermt haar|interpreteren|0.9
p:besloten dat|geruststellen|-0.87
p:bespreken ?|samenvatting|0.93
p:bespreken ?|open-vraag|0.94
p:bespreken hoe|interpreteren|-0.97
p:bespreken hoe|vervolgafspraak|-0.97
p:bespreken waar|ik-boodschap|0.93
p:bespreken waar|vervolgafspraak|-0.79
p:bespreken we|samenvatting|0.9
p:bespreken we|bedanken|-0.66
p:besproken dan|bedanken|-0.92
p:besproken hoe|open-vraag|-0.98
p:best bezorgd|ik-boodschap|1.57
p:best bezorgd|jij-boodschap|-0.98
p:best bezorgd|bekritiseren|-0.65
p:best een|adviseren|-0.9
p:best een|prijzen|0.9
p:best een|etiketteren|-0.9
p:best eenzaam|parafrase|-1.0
p:best lastig|bekritiseren|-0.78
p:best spannend|ik-boodschap|-0.87
p:best verdrietig|ik-boodschap|-0.97
p:best zenuwachtig|open-vraag|1.0
p:beste bellen|open-vraag|0.91
p:beste gebruiken|open-vraag|-0.97
p:beste is|adviseren|0.18
p:beste kunt|argumenteren|-0.96
p:beste leerling|prijzen|0.97
p:beste oplossing|bekritiseren|-0.94
p:beste oplossing|prijzen|0.85
p:beste voor|afronding-aankondigen|-0.89
p:betekent het|ik-boodschap|-0.93
p:beter dan|parafrase|1.0
p:beter dan|etiketteren|0.91
p:beter duits|samenvatting|0.82
p:beter eerst|bevelen|-0.9
p:beter eerst|adviseren|0.89
p:beter in|bevelen|0.97
p:beter maar|samenvatting|0.95
p:beter moeten|waarschuwen|-0.91
p:beter moeten|bekritiseren|0.3
p:beter plannen|bevelen|0.93
p:beter weet|bekritiseren|1.08
p:betrokken bent|adviseren|-0.93
p:betrokken moeder|jij-boodschap|-1.0
p:betrokken moeder|bevelen|-0.83
p:betrokken moeder|adviseren|1.81
p:betrokken moeder|geruststellen|-0.92
p:betrokken moeder|afleiden|-0.99
p:betrokken ouder|prijzen|0.98
p:betrokken vader|adviseren|-1.0
p:betrokken vader|prijzen|1.0
p:betrokken vader|etiketteren|-0.94
p:betrokken zijn|bevelen|-1.0
p:betrokken zijn|bekritiseren|-1.0
p:betrokken zijn|geruststellen|-1.0
p:bevalt de|afleiden|0.87
p:bevalt het|open-vraag|-1.73
p:bevorderen zit|argumenteren|0.7
p:bewezen dat|argumenteren|0.96
p:bezig met|ik-boodschap|0.96
p:bezig weer|bekritiseren|0.98
p:bezorgd ze|ik-boodschap|1.57
p:bezorgd ze|jij-boodschap|-0.98
p:bezorgd ze|bekritiseren|-0.65
p:beëindig dit|afronding-aankondigen|0.94
p:beëindig ik|vervolgafspraak|-0.99
p:bibliotheek ?|prijzen|-0.92
p:bieden als|jij-boodschap|-0.97
p:bieden als|samenvatting|-0.96
p:biedt je|bevelen|0.92
p:biedt je|moraliseren|-0.87
p:bij ?|afleiden|-0.97
p:bij anouk|open-vraag|0.7
p:bij bent|jij-boodschap|-0.77
p:bij biologie|parafrase|0.94
p:bij dank|afronding-aankondigen|0.92
p:bij de|ik-boodschap|2.07
p:bij de|gevoelsreflectie|-0.95
p:bij de|open-vraag|-1.0
p:bij de|waarschuwen|-0.98
p:bij de|moraliseren|-1.87
p:bij de|argumenteren|-0.91
p:bij de|interpreteren|-0.7
p:bij de|geruststellen|-0.92
p:bij de|ondervragen|-0.95
p:bij de|afleiden|0.7
p:bij deze|gevoelsreflectie|-0.99
p:bij deze|samenvatting|-0.99
p:bij een|moraliseren|-0.89
p:bij elkaar|gevoelsreflectie|-0.98
p:bij elkaar|adviseren|-0.93
p:bij engels|ik-boodschap|0.93
p:bij engels|samenvatting|-1.0
p:bij engels|vervolgafspraak|0.93
p:bij fatsoen|moraliseren|1.0
p:bij geschiedenis|samenvatting|-1.0
p:bij gym|afleiden|0.97
p:bij haar|ik-boodschap|-0.91
p:bij haar|interpreteren|0.99
p:bij het|open-vraag|1.0
p:bij het|bevelen|1.0
p:bij het|adviseren|1.0
p:bij het|afleiden|-0.92
p:bij hoe|moraliseren|1.0
p:bij hoe|vervolgafspraak|-1.0
p:bij iedereen|moraliseren|-0.99
p:bij iedereen|bekritiseren|-0.99
p:bij iedereen|interpreteren|-0.99
p:bij iedereen|afleiden|0.99
p:bij je|ik-boodschap|-0.68
p:bij je|bekritiseren|1.83
p:bij jou|ik-boodschap|0.89
p:bij jou|open-vraag|0.94
p:bij jullie|vervolgafspraak|-0.88
p:bij kan|vervolgafspraak|0.94
p:bij kevin|afronding-aankondigen|-0.94
p:bij kinderen|geruststellen|0.42
p:bij laten|ik-boodschap|-0.97
p:bij laten|afleiden|-0.99
p:bij laten|bedanken|0.67
p:bij leerplicht|waarschuwen|1.0
p:bij leerplicht|adviseren|-1.0
p:bij leerplicht|ondervragen|-1.0
p:bij mij|bevelen|-0.92
p:bij mij|bekritiseren|-0.96
p:bij mij|interpreteren|-0.96
p:bij mij|vervolgafspraak|1.9
p:bij ons|bekritiseren|-0.96
p:bij op|geruststellen|-0.97
p:bij op|afleiden|0.19
p:bij scheikunde|waarschuwen|-0.5
p:bij school|bevelen|-1.0
p:bij school|bekritiseren|-1.0
p:bij school|geruststellen|-1.0
p:bij staan|open-vraag|-0.94
p:bij staat|moraliseren|0.76
p:bij te|moraliseren|1.0
p:bij toch|prijzen|1.0
p:bij u|parafrase|-0.99
p:bij u|bedanken|-0.99
p:bij veel|adviseren|0.96
p:bij was|vervolgafspraak|-0.94
p:bij wat|gevoelsreflectie|1.55
p:bij wiskunde|gevoelsreflectie|-0.92
p:bij wiskunde|waarschuwen|-0.96
p:bij wiskunde|adviseren|-0.92
p:bij zich|ik-boodschap|-0.96
p:bij zich|vervolgafspraak|1.0
p:bij ziekte|bedanken|0.96
p:bij zijn|parafrase|1.75
p:bij zijn|moraliseren|-1.0
p:bij zijn|geruststellen|1.0
p:bijbaantje te|moraliseren|-0.97
p:bijhoudt en|ik-boodschap|-0.9
p:bijhoudt en|samenvatting|0.9
p:bijhoudt over|afronding-aankondigen|-0.97
p:bijhoudt over|vervolgafspraak|0.97
p:bijles besproken|bedanken|-0.92
p:bijles daarmee|afronding-aankondigen|0.9
p:bijles en|bedanken|0.96
p:bijles krijgt|bekritiseren|-0.97
p:bijles krijgt|prijzen|0.97
p:bijles over|afleiden|-0.95
p:bijles telkens|vervolgafspraak|-0.95
p:bijles tot|parafrase|0.97
p:bijna elke|samenvatting|-0.96
p:bijna niet|ik-boodschap|0.94
p:bijwerkt kan|ik-boodschap|0.93
p:bijwerkt kan|vervolgafspraak|-0.79
p:bilal bij|ik-boodschap|0.94
p:bilal elke|gevoelsreflectie|-0.96
p:bilal tegen|ik-boodschap|0.91
p:binnen is|interpreteren|0.99
p:binnengekregen waardoor|ik-boodschap|0.98
p:binnengekregen waardoor|jij-boodschap|-0.98
p:binnengekregen waardoor|bekritiseren|-0.98
p:binnenkomt en|gevoelsreflectie|-0.96
p:binnenkomt mist|vervolgafspraak|-0.91
p:binnenkomt moet|open-vraag|0.87
p:binnenkomt waardoor|ik-boodschap|1.83
p:binnenkwam wat|ik-boodschap|0.93
p:binnenslenteren alsof|bevelen|-1.0
p:biologie heeft|afleiden|0.99
p:biologie nog|ik-boodschap|0.98
p:biologie nog|jij-boodschap|-0.98
p:biologie nog|bekritiseren|-0.98
p:biologie te|parafrase|0.94
p:blauw oog|ik-boodschap|0.93
p:blij dat|open-vraag|0.97
p:blij met|geruststellen|0.92
p:blijft een|samenvatting|0.95
p:blijft het|ik-boodschap|0.98
p:blijft het|samenvatting|-0.98
p:blijft hij|bevelen|-0.94
p:blijft hij|waarschuwen|0.92
p:blijft hij|prijzen|-0.92
p:blijft hij|geruststellen|-0.98
p:blijft liggen|samenvatting|0.99
p:blijft na|bevelen|0.97
p:blijft oefenen|waarschuwen|-0.74
p:blijft schreeuwen|waarschuwen|1.0
p:blijft wippen|waarschuwen|-0.99
p:blijft wordt|waarschuwen|0.97
p:blijft zitten|parafrase|-0.99
p:blijft zitten|geruststellen|0.99
p:blijkbaar heel|etiketteren|0.99
p:blijkbaar niet|bekritiseren|0.94
p:blijkbaar normaal|bekritiseren|1.0
p:blijkt dat|bevelen|-0.98
p:blijven onderbreken|afronding-aankondigen|0.95
p:blijven praten|ik-boodschap|0.97
p:blijven praten|afronding-aankondigen|1.74
p:blijven zitten|geruststellen|-0.21
p:blijven zitten|afleiden|0.92
p:bo vaak|ik-boodschap|0.93
p:boeken ?|bekritiseren|0.9
p:boeken bij|bekritiseren|0.84
p:boeken dat|moraliseren|-1.0
p:boeken dat|geruststellen|1.0
p:boeken komt|open-vraag|1.0
p:boeken naar|open-vraag|-0.64
p:boeken naar|aanmoediging|-1.0
p:boeken naar|interpreteren|-0.69
p:boeken naar|geruststellen|-1.0
p:boeken naar|ondervragen|-1.0
p:boeken niet|ik-boodschap|-0.96
p:boos bent|gevoelsreflectie|1.21
p:boos bent|bevelen|0.97
p:boos bent|geruststellen|-0.97
p:boos bent|afleiden|0.9
p:boos omdat|parafrase|0.71
p:boos omdat|adviseren|-0.82
p:boos op|gevoelsreflectie|0.81
p:boos op|interpreteren|0.91
p:boos op|ondervragen|0.97
p:boos over|open-vraag|-0.99
p:boos over|geruststellen|-0.67
p:boos te|geruststellen|0.85
p:boos uit|gevoelsreflectie|0.97
p:boos werd|gevoelsreflectie|-0.98
p:boos worden|bedanken|-0.79
p:bouwt hij|argumenteren|-0.96
p:bovenbouw krijgt|geruststellen|-0.99
p:bram als|jij-boodschap|0.74
p:bram als|parafrase|0.99
p:bram als|waarschuwen|0.92
p:bram dat|afleiden|-0.9
p:bram erbij|bedanken|-0.66
p:bram gisteren|ik-boodschap|0.93
p:bram hou|bevelen|0.97
p:bram hou|bekritiseren|0.84
p:bram ik|ik-boodschap|-0.99
p:bram ik|geruststellen|-0.75
p:bram jij|jij-boodschap|0.78
p:bram leuk|jij-boodschap|-0.77
p:bram sinds|ik-boodschap|-0.78
p:bram vergeet|moraliseren|-1.0
p:bram vergeet|geruststellen|1.0
p:bram wat|gevoelsreflectie|-0.88
p:bram wat|open-vraag|-0.98
p:bram wat|afleiden|0.98
p:bram zit|ik-boodschap|0.94
p:breek het|afronding-aankondigen|0.8
p:brengt en|gevoelsreflectie|-0.96
p:brief niet|parafrase|0.84
p:brief over|ik-boodschap|-0.91
p:briefje van|bevelen|0.93
p:broer op|moraliseren|-0.9
p:broer zei|jij-boodschap|-0.26
p:broertje naar|gevoelsreflectie|-0.96
p:broertje ook|ik-boodschap|-1.0
p:broertje ook|waarschuwen|-1.0
p:brugklas ervaren|gevoelsreflectie|-1.0
p:brugklas ervaren|open-vraag|1.0
p:brugklas ervaren|prijzen|-1.0
p:brugklas gewoon|moraliseren|-0.99
p:brugklas gewoon|bekritiseren|-0.99
p:brugklas gewoon|interpreteren|-0.99
p:brugklas gewoon|afleiden|0.99
p:brutaal kevin|bekritiseren|0.99
p:brutaal kevin|etiketteren|-0.99
p:buikpijn is|argumenteren|-0.97
p:buikpijn klaagt|parafrase|0.99
p:buiten begeleiden|waarschuwen|1.89
p:buiten je|ik-boodschap|1.48
p:buiten tot|bevelen|0.8
p:buiten zit|ik-boodschap|-0.98
p:buitengesloten het|parafrase|-1.0
p:buitengesloten voelt|interpreteren|-0.89
p:bus en|ik-boodschap|-0.93
p:bus gebeurde|afleiden|-0.88
p:bus wil|vervolgafspraak|-1.0
p:capuchon ophoudt|ik-boodschap|-0.93
p:chagrijn vandaag|jij-boodschap|-2.55
p:chagrijn vandaag|bekritiseren|-1.0
p:chagrijn vandaag|etiketteren|1.0
p:checken of|parafrase|0.96
p:cijfer geven|ik-boodschap|1.0
p:cijfer hij|afleiden|0.99
p:cijfer kan|ik-boodschap|0.98
p:cijfer kan|jij-boodschap|-0.98
p:cijfer kan|bekritiseren|-0.98
p:cijfer maar|samenvatting|-0.92
p:cijfer niet|parafrase|0.93
p:cijfer niet|gevoelsreflectie|0.93
p:cijfer niet|samenvatting|-0.9
p:cijfer nog|ik-boodschap|0.79
p:cijfer te|parafrase|0.86
p:cijfer te|argumenteren|0.97
p:cijfer voor|argumenteren|-0.92
p:cijferlijst voor|aanmoediging|-0.85
p:cijfers dalen|parafrase|-0.91
p:cijfers de|jij-boodschap|-0.78
p:cijfers de|afronding-aankondigen|-0.83
p:cijfers de|vervolgafspraak|-0.98
p:cijfers dit|interpreteren|0.98
p:cijfers een|argumenteren|0.91
p:cijfers en|samenvatting|-0.83
p:cijfers en|open-vraag|-0.92
p:cijfers en|argumenteren|-0.99
p:cijfers en|afronding-aankondigen|0.9
p:cijfers hebben|afleiden|-0.97
p:cijfers het|argumenteren|0.83
p:cijfers het|bedanken|-0.92
p:cijfers hij|samenvatting|0.99
p:cijfers liegen|adviseren|-0.99
p:cijfers liegen|argumenteren|0.99
p:cijfers niet|ik-boodschap|-0.93
p:cijfers niet|parafrase|0.92
p:cijfers niet|samenvatting|-0.77
p:cijfers nog|open-vraag|-1.0
p:cijfers nog|geruststellen|-1.0
p:cijfers wat|ik-boodschap|0.41
p:cijfers wat|samenvatting|0.93
p:cijfers zakken|ik-boodschap|-0.87
p:cijfers zakken|samenvatting|0.96
p:cijfers zakken|open-vraag|0.87
p:cijfers zijn|argumenteren|-0.82
p:clown van|jij-boodschap|-0.56
p:clown van|etiketteren|1.0
p:collega blijft|waarschuwen|1.0
p:collega's dat|ik-boodschap|-0.99
p:collega's die|argumenteren|0.98
p:computer ?|argumenteren|-0.91
p:conciërge ?|ik-boodschap|-0.59
p:conciërge naar|waarschuwen|1.89
p:contact oké|aanmoediging|-0.97
p:contact op|waarschuwen|-0.98
p:controleert dat|ik-boodschap|-0.97
p:controleert elke|moraliseren|0.92
p:controleert elke|afleiden|-0.92
p:controleert u|argumenteren|-0.91
p:controleert zijn|jij-boodschap|0.9
p:controleert zijn|bekritiseren|0.97
p:daan er|parafrase|-0.99
p:daan heeft|argumenteren|-0.83
p:daan het|ik-boodschap|-0.88
p:daan het|gevoelsreflectie|0.96
p:daan in|open-vraag|1.0
p:daan je|open-vraag|1.0
p:daan thuis|open-vraag|-0.96
p:daan zijn|vervolgafspraak|1.81
p:daar eerlijk|ik-boodschap|0.99
p:daar eerlijk|aanmoediging|-0.65
p:daar eerlijk|bekritiseren|-0.99
p:daar ga|bevelen|-0.8
p:daar ga|afleiden|0.98
p:daar gaat|ik-boodschap|-1.0
p:daar gaat|waarschuwen|-1.0
p:daar gaat|afleiden|0.9
p:daar grenzen|bekritiseren|0.27
p:daar groeit|argumenteren|-0.95
p:daar hebben|bevelen|-0.97
p:daar hebben|etiketteren|0.94
p:daar heeft|samenvatting|-0.99
p:daar heeft|afleiden|0.99
p:daar helder|ik-boodschap|-0.99
p:daar helder|argumenteren|0.87
p:daar hoeft|bevelen|-0.92
p:daar hoeft|moraliseren|-0.92
p:daar hoeft|bekritiseren|-0.99
p:daar hoeft|interpreteren|-0.7
p:daar hoeft|afleiden|1.63
p:daar iets|parafrase|-0.96
p:daar is|interpreteren|0.99
p:daar kan|adviseren|-0.94
p:daar kan|argumenteren|0.98
p:daar kan|etiketteren|-0.98
p:daar ligt|ik-boodschap|-0.98
p:daar maak|bekritiseren|-0.95
p:daar maak|afleiden|-0.92
p:daar maar|geruststellen|0.12
p:daar maken|afleiden|0.93
p:daar niks|jij-boodschap|0.94
p:daar nu|gevoelsreflectie|0.99
p:daar nu|open-vraag|0.99
p:daar nu|bevelen|0.97
p:daar nu|bekritiseren|0.84
p:daar ongerust|gevoelsreflectie|0.83
p:daar raak|waarschuwen|-0.99
p:daar raak|vervolgafspraak|-0.95
p:daar schrok|ik-boodschap|1.83
p:daar schrok|gevoelsreflectie|-0.99
p:daar staat|adviseren|0.9
p:daar staat|afleiden|-0.9
p:daar thuis|ik-boodschap|-0.57
p:daar valt|moraliseren|-0.96
p:daar valt|argumenteren|0.83
p:daar valt|afleiden|-0.7
p:daar voel|ik-boodschap|0.94
p:daar was|ik-boodschap|0.87
p:daar zelf|parafrase|0.97
p:daar zelf|gevoelsreflectie|-0.97
p:daar zenuwachtig|ik-boodschap|-0.61
p:daar zorgen|samenvatting|-0.96
p:daardoor de|ik-boodschap|-0.41
p:daardoor de|samenvatting|-0.96
p:daardoor de|afleiden|-0.98
p:daardoor doen|gevoelsreflectie|-0.9
p:daardoor doen|vervolgafspraak|-0.9
p:daardoor dom|samenvatting|1.0
p:daardoor dom|afronding-aankondigen|1.0
p:daardoor dom|bedanken|1.0
p:daardoor elke|ik-boodschap|0.95
p:daardoor kan|ik-boodschap|-0.98
p:daardoor loopt|ik-boodschap|1.0
p:daardoor loopt|parafrase|-1.0
p:daardoor loopt|gevoelsreflectie|-1.0
p:daardoor zakken|ik-boodschap|0.41
p:daarin ?|parafrase|0.79
p:daarin ?|samenvatting|-0.93
p:daarmee wil|afronding-aankondigen|0.9
p:daarna weten|samenvatting|-0.74
p:daarna weten|bedanken|-0.82
p:daarnaar ?|interpreteren|-0.6
p:daarom belt|prijzen|-0.98
p:daarom doe|waarschuwen|-0.91
p:daarom doet|waarschuwen|-0.97
p:daarom doet|etiketteren|-0.94
p:daarom doet|interpreteren|0.99
p:daarom niet|parafrase|0.97
p:daarom niet|moraliseren|-0.97
p:daarom op|afronding-aankondigen|-0.98
p:daarom zo|jij-boodschap|-0.97
p:daartegenaan ?|parafrase|-0.78
p:daartegenaan ?|open-vraag|0.87
p:daarvan ?|ik-boodschap|0.93
p:daarvan thuis|ik-boodschap|1.0
p:daarvoor moet|bevelen|-0.95
p:daden gevolgen|gevoelsreflectie|-0.88
p:daden gevolgen|moraliseren|0.95
p:dag ?|jij-boodschap|-0.98
p:dag ?|ondervragen|0.98
p:dag brengen|waarschuwen|-0.99
p:dag de|moraliseren|0.92
p:dag de|afleiden|-0.92
p:dag echt|geruststellen|1.55
p:dag een|moraliseren|-0.93
p:dag een|geruststellen|-0.93
p:dag zo|gevoelsreflectie|0.99
p:dag zorgen|ik-boodschap|0.68
p:dagen woensdag|ik-boodschap|-0.99
p:dan 's|parafrase|0.99
p:dan ?|gevoelsreflectie|0.91
p:dan ?|samenvatting|-1.0
p:dan ?|bevelen|-1.0
p:dan ?|bekritiseren|-0.97
p:dan ?|interpreteren|-0.6
p:dan ?|ondervragen|1.0
p:dan begrijpt|prijzen|0.99
p:dan bespreken|bedanken|-0.66
p:dan de|etiketteren|0.91
p:dan doet|jij-boodschap|0.9
p:dan doet|bekritiseren|-0.8
p:dan doet|geruststellen|-0.5
p:dan ga|etiketteren|-0.94
p:dan gehaast|gevoelsreflectie|-0.96
p:dan het|ik-boodschap|-0.59
p:dan het|jij-boodschap|-1.0
p:dan het|samenvatting|-1.0
p:dan het|aanmoediging|-1.0
p:dan het|moraliseren|-1.0
p:dan het|bekritiseren|-1.0
p:dan het|prijzen|-1.0
p:dan het|geruststellen|1.0
p:dan het|afronding-aankondigen|-1.0
p:dan het|bedanken|-1.0
p:dan hoor|moraliseren|0.97
p:dan in|ik-boodschap|0.97
p:dan in|adviseren|0.83
p:dan is|ik-boodschap|0.89
p:dan is|open-vraag|0.94
p:dan kan|argumenteren|-0.71
p:dan kan|prijzen|1.0
p:dan kan|vervolgafspraak|-0.97
p:dan komt|prijzen|-0.99
p:dan komt|geruststellen|1.97
p:dan kunt|adviseren|-0.93
p:dan laten|afronding-aankondigen|0.92
p:dan loop|ik-boodschap|0.93
p:dan loop|vervolgafspraak|0.93
p:dan moet|ik-boodschap|0.9
p:dan moet|bekritiseren|-0.84
p:dan moet|prijzen|0.65
p:dan niet|open-vraag|-0.99
p:dan nog|ik-boodschap|-0.97
p:dan normaal|ik-boodschap|-0.88
p:dan normaal|moraliseren|0.93
p:dan om|open-vraag|-0.87
p:dan om|ondervragen|0.9
p:dan op|parafrase|1.0
p:dan sluiten|samenvatting|1.0
p:dan sluiten|afronding-aankondigen|1.0
p:dan sluiten|bedanken|1.0
p:dan snap|prijzen|1.0
p:dan sta|ik-boodschap|0.95
p:dan tekent|bedanken|-0.92
p:dan thuisgehouden|bekritiseren|0.99
p:dan u|geruststellen|-0.85
p:dan verwacht|bevelen|-0.94
p:dan vinden|bekritiseren|-0.97
p:dan vinden|prijzen|0.97
p:dan weet|afronding-aankondigen|-0.94
p:dan wil|bedanken|-0.92
p:dan zet|ik-boodschap|-0.91
p:dan zie|afronding-aankondigen|0.89
p:dan zie|vervolgafspraak|0.94
p:dan zou|parafrase|1.0
p:dan zou|adviseren|1.0
p:dank je|samenvatting|-0.95
p:dank je|interpreteren|-0.92
p:dank je|afronding-aankondigen|0.92
p:dank je|vervolgafspraak|0.97
p:dank je|bedanken|1.89
p:dank u|jij-boodschap|-0.96
p:dank u|parafrase|-0.97
p:dank u|samenvatting|-1.05
p:dank u|bevelen|-0.99
p:dank u|bekritiseren|0.46
p:dank u|prijzen|-0.99
p:dank u|geruststellen|-0.92
p:dank u|vervolgafspraak|-1.04
p:dank u|bedanken|3.45
p:dank voor|waarschuwen|-0.9
p:dank voor|afronding-aankondigen|-0.99
p:dank voor|bedanken|0.9
p:dankbaar dat|gevoelsreflectie|-0.96
p:dankjewel voor|bedanken|0.92
p:dat ?|ik-boodschap|-0.97
p:dat ?|gevoelsreflectie|-0.99
p:dat ?|samenvatting|0.95
p:dat ?|open-vraag|2.0
p:dat alleen|gevoelsreflectie|-0.72
p:dat alleen|prijzen|-0.93
p:dat alleen|interpreteren|1.0
p:dat allemaal|prijzen|1.0
p:dat amira|ik-boodschap|-0.98
p:dat baart|ik-boodschap|1.0
p:dat baart|parafrase|-1.0
p:dat baart|gevoelsreflectie|-1.0
p:dat baart|open-vraag|-1.0
p:dat begrijp|jij-boodschap|-0.9
p:dat beloof|ik-boodschap|-0.98
p:dat beloof|geruststellen|1.55
p:dat bilal|gevoelsreflectie|-0.96
p:dat blijft|samenvatting|0.99
p:dat bo|ik-boodschap|0.93
p:dat bram|ik-boodschap|0.15
p:dat briefje|bevelen|0.93
p:dat daan|ik-boodschap|-0.88
p:dat daan|gevoelsreflectie|0.96
p:dat daan|open-vraag|-0.96
p:dat dan|parafrase|0.99
p:dat de|parafrase|3.88
p:dat de|argumenteren|0.94
p:dat de|prijzen|-0.93
p:dat ding|parafrase|-1.0
p:dat ding|gevoelsreflectie|-1.0
p:dat ding|bevelen|1.0
p:dat dit|gevoelsreflectie|0.82
p:dat dit|bevelen|-0.96
p:dat dit|adviseren|-0.81
p:dat dit|bekritiseren|-0.94
p:dat dit|prijzen|0.85
p:dat dit|interpreteren|-0.99
p:dat doe|moraliseren|-0.7
p:dat doet|interpreteren|0.6
p:dat doet|geruststellen|-0.7
p:dat doet|afleiden|1.8
p:dat duidelijk|ik-boodschap|-1.0
p:dat duidelijk|bevelen|0.85
p:dat een|moraliseren|1.0
p:dat een|argumenteren|-1.0
p:dat een|prijzen|-1.0
p:dat een|ondervragen|-1.0
p:dat emma|geruststellen|-0.92
p:dat emre|interpreteren|-0.99
p:dat er|gevoelsreflectie|-0.82
p:dat er|argumenteren|-0.99
p:dat er|bekritiseren|0.93
p:dat er|interpreteren|0.99
p:dat er|ondervragen|-0.9
p:dat eruit|parafrase|0.96
p:dat eva|ik-boodschap|-0.91
p:dat even|afleiden|0.99
p:dat even|afronding-aankondigen|-0.94
p:dat evi|adviseren|-0.99
p:dat fijn|ik-boodschap|-0.42
p:dat filmpje|ik-boodschap|0.91
p:dat finn|ik-boodschap|1.0
p:dat finn|parafrase|-1.0
p:dat finn|gevoelsreflectie|-1.0
p:dat fleur|vervolgafspraak|-1.0
p:dat frustreert|afronding-aankondigen|0.77
p:dat gaat|parafrase|-0.99
p:dat gaat|interpreteren|0.8
p:dat gaat|geruststellen|1.69
p:dat gaat|afleiden|-0.94
p:dat gebeurt|waarschuwen|-1.0
p:dat gebeurt|geruststellen|1.0
p:dat gebeurt|afleiden|-0.79
p:dat gedaan|open-vraag|-1.0
p:dat gedaan|ondervragen|1.0
p:dat gedoe|open-vraag|-0.98
p:dat gedoe|interpreteren|0.99
p:dat gedoe|afleiden|0.98
p:dat gedrag|argumenteren|-0.99
p:dat gemiddelde|argumenteren|0.91
p:dat geschreeuw|moraliseren|-0.95
p:dat gesprek|gevoelsreflectie|0.94
p:dat gesprek|samenvatting|0.78
p:dat gesprek|vervolgafspraak|0.86
p:dat getik|bevelen|0.86
p:dat gezegd|afleiden|-0.95
p:dat gezeur|bevelen|0.99
p:dat gezeur|bekritiseren|-0.12
p:dat goed|parafrase|-1.91
p:dat haalt|argumenteren|-0.82
p:dat haalt|geruststellen|1.84
p:dat haar|bevelen|-0.83
p:dat haar|afleiden|-0.99
p:dat had|bekritiseren|0.74
p:dat heb|afleiden|-0.95
p:dat hebben|afleiden|0.94
p:dat heeft|bekritiseren|-0.93
p:dat heel|bekritiseren|-0.95
p:dat heel|geruststellen|-0.45
p:dat hem|bekritiseren|-0.96
p:dat herexamen|geruststellen|1.64
p:dat het|parafrase|-2.73
p:dat het|gevoelsreflectie|-0.9
p:dat het|samenvatting|0.95
p:dat het|bekritiseren|-0.2
p:dat het|interpreteren|0.14
p:dat het|geruststellen|0.44
p:dat het|vervolgafspraak|-0.82
p:dat hij|ik-boodschap|0.97
p:dat hij|parafrase|3.09
p:dat hij|gevoelsreflectie|-0.1
p:dat hij|samenvatting|0.11
p:dat hij|open-vraag|1.0
p:dat hij|bevelen|0.99
p:dat hij|moraliseren|0.91
p:dat hij|prijzen|0.97
p:dat hij|interpreteren|-0.45
p:dat hoort|jij-boodschap|-0.91
p:dat hoort|bevelen|-0.92
p:dat hoort|moraliseren|-1.86
p:dat hoort|argumenteren|-0.7
p:dat hoort|bekritiseren|-2.92
p:dat hoort|interpreteren|-1.69
p:dat hoort|geruststellen|-0.92
p:dat hoort|afleiden|0.99
p:dat hoort|vervolgafspraak|-1.0
p:dat huiswerkritme|prijzen|1.0
p:dat ik|ik-boodschap|-1.79
p:dat ik|jij-boodschap|0.79
p:dat ik|samenvatting|0.9
p:dat ik|adviseren|-0.89
p:dat ik|bekritiseren|0.91
p:dat ik|afronding-aankondigen|-0.97
p:dat ik|vervolgafspraak|0.97
p:dat in|parafrase|-1.0
p:dat in|gevoelsreflectie|-1.0
p:dat in|bevelen|-0.87
p:dat in|moraliseren|1.0
p:dat incident|afleiden|0.95
p:dat is|jij-boodschap|-0.65
p:dat is|bevelen|-1.0
p:dat is|waarschuwen|-1.0
p:dat is|moraliseren|-1.16
p:dat is|adviseren|-0.94
p:dat is|argumenteren|-0.84
p:dat is|bekritiseren|0.19
p:dat is|etiketteren|0.96
p:dat is|interpreteren|-0.47
p:dat is|geruststellen|0.67
p:dat is|afleiden|-1.76
p:dat is|vervolgafspraak|-0.92
p:dat jammer|gevoelsreflectie|-0.9
p:dat jammer|vervolgafspraak|-0.9
p:dat jayden|ik-boodschap|0.41
p:dat jayden|parafrase|-0.78
p:dat jayden|gevoelsreflectie|0.98
p:dat je|ik-boodschap|1.01
p:dat je|jij-boodschap|1.0
p:dat je|parafrase|-0.99
p:dat je|samenvatting|-0.9
p:dat je|open-vraag|0.29
p:dat je|bevelen|0.97
p:dat je|waarschuwen|0.96
p:dat je|moraliseren|-0.94
p:dat je|bekritiseren|1.66
p:dat je|prijzen|1.0
p:dat je|interpreteren|1.14
p:dat je|geruststellen|-0.5
p:dat je|afronding-aankondigen|0.95
p:dat je|bedanken|2.72
p:dat jesse|parafrase|0.96
p:dat jij|ik-boodschap|-1.9
p:dat jij|jij-boodschap|0.88
p:dat jij|parafrase|-0.99
p:dat jij|samenvatting|0.9
p:dat jij|bekritiseren|2.14
p:dat jij|interpreteren|-1.56
p:dat jij|geruststellen|0.73
p:dat jullie|jij-boodschap|0.94
p:dat jullie|bekritiseren|-0.7
p:dat jullie|afronding-aankondigen|0.97
p:dat kan|gevoelsreflectie|-0.83
p:dat kan|aanmoediging|-0.91
p:dat kan|waarschuwen|0.92
p:dat kan|argumenteren|0.99
p:dat kan|prijzen|-0.92
p:dat klinkt|jij-boodschap|-0.99
p:dat klinkt|parafrase|-1.0
p:dat klinkt|gevoelsreflectie|2.89
p:dat klinkt|bekritiseren|-0.43
p:dat klinkt|geruststellen|-0.95
p:dat klopt|ik-boodschap|-0.71
p:dat klopt|argumenteren|1.95
p:dat klopt|bekritiseren|-0.93
p:dat klopt|etiketteren|-0.88
p:dat koen|ik-boodschap|0.99
p:dat komt|parafrase|-1.0
p:dat komt|gevoelsreflectie|-0.98
p:dat komt|samenvatting|1.0
p:dat komt|interpreteren|0.98
p:dat komt|geruststellen|1.0
p:dat komt|afleiden|-1.7
p:dat kost|open-vraag|0.87
p:dat leer|geruststellen|-0.99
p:dat leerlingen|bevelen|-0.98
p:dat leerlingen|geruststellen|-0.97
p:dat leren|parafrase|0.92
p:dat leren|samenvatting|-0.77
p:dat liegen|moraliseren|0.96
p:dat liegen|argumenteren|-0.87
p:dat lotte|parafrase|-0.9
p:dat luuk|ik-boodschap|-0.96
p:dat maakt|ik-boodschap|-1.0
p:dat maakt|jij-boodschap|-1.0
p:dat maakt|parafrase|1.0
p:dat maakt|gevoelsreflectie|1.88
p:dat maakt|samenvatting|-1.0
p:dat maakt|open-vraag|-1.0
p:dat maakt|aanmoediging|-1.0
p:dat maakt|bevelen|-1.0
p:dat maakt|waarschuwen|-1.0
p:dat maakt|moraliseren|-1.0
p:dat maakt|adviseren|-1.0
p:dat maakt|argumenteren|-1.0
p:dat maakt|bekritiseren|-1.0
p:dat maakt|prijzen|-1.0
p:dat maakt|etiketteren|-1.0
p:dat maakt|interpreteren|-1.0
p:dat maakt|geruststellen|-1.0
p:dat maakt|ondervragen|-1.0
p:dat maakt|afleiden|-1.0
p:dat maakt|afronding-aankondigen|-1.0
p:dat maakt|vervolgafspraak|-1.0
p:dat maakt|bedanken|-1.0
p:dat milan|ik-boodschap|0.94
p:dat milan|open-vraag|-0.7
p:dat moet|gevoelsreflectie|1.83
p:dat moeten|moraliseren|1.0
p:dat mondeling|geruststellen|0.74
p:dat morgen|jij-boodschap|0.74
p:dat morgen|waarschuwen|0.92
p:dat naar|open-vraag|-0.99
p:dat niemand|parafrase|0.99
p:dat niemand|geruststellen|-0.99
p:dat niet|gevoelsreflectie|0.81
p:dat niet|waarschuwen|0.77
p:dat niet|prijzen|-1.0
p:dat niet|interpreteren|-0.98
p:dat niet|ondervragen|1.97
p:dat noah|adviseren|0.93
p:dat nog|bevelen|-0.87
p:dat nog|waarschuwen|2.0
p:dat nog|prijzen|-1.0
p:dat noor|samenvatting|-0.96
p:dat noor|vervolgafspraak|-1.0
p:dat overkomt|geruststellen|-1.34
p:dat overkomt|afleiden|1.76
p:dat precies|prijzen|-1.0
p:dat precies|ondervragen|1.0
p:dat put|ik-boodschap|0.95
p:dat raakt|ik-boodschap|-0.9
p:dat ravi|ik-boodschap|-0.84
p:dat samen|open-vraag|1.0
p:dat sara|jij-boodschap|-0.7
p:dat schermtijd|argumenteren|0.96
p:dat school|parafrase|1.0
p:dat school|samenvatting|-1.0
p:dat school|open-vraag|-1.0
p:dat slaat|argumenteren|0.92
p:dat snap|gevoelsreflectie|0.88
p:dat sofie|ik-boodschap|-0.93
p:dat soort|afleiden|0.92
p:dat stelt|argumenteren|-0.96
p:dat stelt|afleiden|0.99
p:dat thuis|ik-boodschap|0.73
p:dat thuis|open-vraag|1.0
p:dat timo|waarschuwen|-1.0
p:dat trekt|geruststellen|0.92
p:dat u|ik-boodschap|-0.64
p:dat u|parafrase|-0.35
p:dat u|gevoelsreflectie|1.08
p:dat u|samenvatting|-0.97
p:dat u|moraliseren|-1.0
p:dat u|argumenteren|0.83
p:dat u|bekritiseren|0.88
p:dat u|interpreteren|-0.89
p:dat u|geruststellen|0.29
p:dat u|afleiden|0.9
p:dat u|afronding-aankondigen|-1.92
p:dat u|vervolgafspraak|-0.95
p:dat u|bedanken|3.63
p:dat valt|etiketteren|-0.98
p:dat vind|ik-boodschap|3.44
p:dat vind|parafrase|-0.99
p:dat vind|open-vraag|2.01
p:dat vind|adviseren|0.93
p:dat vind|argumenteren|-0.71
p:dat vind|vervolgafspraak|1.81
p:dat vind|bedanken|-0.79
p:dat voelt|parafrase|0.93
p:dat voelt|gevoelsreflectie|0.93
p:dat voelt|samenvatting|-0.9
p:dat voor|parafrase|0.8
p:dat voor|gevoelsreflectie|0.98
p:dat voortaan|jij-boodschap|0.9
p:dat was|bekritiseren|1.83
p:dat was|geruststellen|-0.96
p:dat we|ik-boodschap|0.97
p:dat we|gevoelsreflectie|-0.91
p:dat we|samenvatting|-1.0
p:dat we|adviseren|-1.0
p:dat we|argumenteren|0.79
p:dat we|prijzen|1.0
p:dat we|afleiden|-0.92
p:dat we|afronding-aankondigen|1.75
p:dat we|vervolgafspraak|1.0
p:dat we|bedanken|-1.0
p:dat weet|jij-boodschap|0.95
p:dat weet|moraliseren|1.22
p:dat weet|bekritiseren|0.95
p:dat weet|etiketteren|1.0
p:dat weet|geruststellen|-0.99
p:dat wel|argumenteren|-0.91
p:dat wel|geruststellen|0.93
p:dat wel|afleiden|-0.93
p:dat werkstuk|bevelen|0.94
p:dat werkt|adviseren|0.96
p:dat wij|gevoelsreflectie|-0.99
p:dat wij|bevelen|-0.94
p:dat ze|ik-boodschap|-1.05
p:dat ze|jij-boodschap|-1.97
p:dat ze|parafrase|0.28
p:dat ze|gevoelsreflectie|1.06
p:dat ze|samenvatting|-1.0
p:dat ze|aanmoediging|-1.0
p:dat ze|waarschuwen|-1.97
p:dat ze|moraliseren|-1.0
p:dat ze|adviseren|-1.0
p:dat ze|argumenteren|0.61
p:dat ze|bekritiseren|-1.88
p:dat ze|etiketteren|-1.0
p:dat ze|interpreteren|-0.2
p:dat ze|geruststellen|-1.0
p:dat ze|ondervragen|-1.95
p:dat ze|afleiden|-1.0
p:dat ze|afronding-aankondigen|-1.0
p:dat ze|vervolgafspraak|-1.0
p:dat ze|bedanken|-1.0
p:dat zeg|interpreteren|0.66
p:dat zegt|bedanken|-0.98
p:dat zie|bevelen|-0.96
p:dat zie|bekritiseren|0.97
p:dat ziet|argumenteren|1.92
p:dat zijn|gevoelsreflectie|-0.88
p:dat zijn|moraliseren|0.95
p:dat zit|ik-boodschap|0.9
p:dat zit|gevoelsreflectie|-0.96
p:dat zit|argumenteren|-0.84
p:dat zit|bekritiseren|-0.84
p:dat zo|jij-boodschap|1.6
p:dat zo|bekritiseren|1.87
p:dat zou|moraliseren|0.9
p:dat zoë|ik-boodschap|0.73
p:dat zoë|interpreteren|0.99
p:dat zwart|afleiden|-0.95
p:de 28|moraliseren|-0.95
p:de aansluiting|ik-boodschap|-0.97
p:de aansluiting|waarschuwen|-0.92
p:de absenties|samenvatting|-0.83
p:de administratie|ik-boodschap|0.98
p:de administratie|waarschuwen|-0.98
p:de advocaat|bekritiseren|-1.82
p:de advocaat|etiketteren|1.82
p:de afdelingsleider|gevoelsreflectie|-0.94
p:de afdelingsleider|bevelen|0.9
p:de afgelopen|ik-boodschap|1.84
p:de afgelopen|argumenteren|-1.8
p:de afgelopen|bekritiseren|-0.84
p:de afspraak|jij-boodschap|-1.0
p:de afspraak|argumenteren|-0.71
p:de afspraak|bekritiseren|-1.0
p:de afspraken|ik-boodschap|-1.0
p:de afspraken|jij-boodschap|-0.65
p:de afspraken|parafrase|-0.78
p:de afspraken|samenvatting|-0.89
p:de afspraken|moraliseren|0.97
p:de afspraken|etiketteren|-0.99
p:de afspraken|afronding-aankondigen|-0.93
p:de agenda|ik-boodschap|-0.94
p:de agenda|samenvatting|-0.79
p:de agenda|moraliseren|0.92
p:de agenda|afleiden|-0.92
p:de agenda|vervolgafspraak|0.99
p:de agenda|bedanken|-0.91
p:de andere|argumenteren|0.64
p:de andere|interpreteren|0.98
p:de anderen|ik-boodschap|2.34
p:de anderen|gevoelsreflectie|-0.9
p:de anderen|samenvatting|-0.98
p:de anderen|waarschuwen|-0.89
p:de anderen|prijzen|-0.93
p:de anderen|vervolgafspraak|-0.9
p:de app|ik-boodschap|-0.98
p:de app|samenvatting|0.8
p:de avond|open-vraag|-1.8
p:de avond|adviseren|1.8
p:de basisschool|gevoelsreflectie|-0.96
p:de basisschool|samenvatting|0.99
p:de basisschool|open-vraag|0.6
p:de basisschool|adviseren|-1.0
p:de bedtijd|samenvatting|0.99
p:de bel|vervolgafspraak|-0.9
p:de beoordelingscriteria|argumenteren|1.0
p:de beoordelingscriteria|vervolgafspraak|-1.0
p:de berichten|jij-boodschap|0.97
p:de berichten|bekritiseren|0.97
p:de beste|bekritiseren|-0.94
p:de beste|prijzen|0.85
p:de beste|geruststellen|0.93
p:de bibliotheek|prijzen|-0.92
p:de bijles|parafrase|0.97
p:de bijles|bevelen|1.73
p:de bijles|afleiden|-0.95
p:de bijles|afronding-aankondigen|0.9
p:de bijles|vervolgafspraak|-0.95
p:de bijles|bedanken|-0.92
p:de bovenbouw|ik-boodschap|-0.97
p:de bovenbouw|geruststellen|-0.99
p:de brief|ik-boodschap|-1.9
p:de brief|parafrase|0.84
p:de brugklas|gevoelsreflectie|-1.0
p:de brugklas|open-vraag|1.0
p:de brugklas|moraliseren|-0.99
p:de brugklas|bekritiseren|-0.99
p:de brugklas|prijzen|-1.0
p:de brugklas|interpreteren|-0.99
p:de bus|ik-boodschap|-0.93
p:de bus|afleiden|-0.88
p:de bus|vervolgafspraak|-1.0
p:de carnavalsvakantie|ik-boodschap|-0.98
p:de carnavalsvakantie|samenvatting|0.8
p:de cijferlijst|aanmoediging|-0.85
p:de cijfers|jij-boodschap|-0.78
p:de cijfers|parafrase|0.92
p:de cijfers|samenvatting|-0.77
p:de cijfers|open-vraag|-1.0
p:de cijfers|adviseren|-0.99
p:de cijfers|interpreteren|0.98
p:de cijfers|geruststellen|-1.0
p:de cijfers|vervolgafspraak|-0.98
p:de cijfers|bedanken|-0.92
p:de clown|jij-boodschap|-0.56
p:de clown|etiketteren|1.0
p:de computer|argumenteren|-0.91
p:de concentratie|argumenteren|0.96
p:de conciërge|ik-boodschap|-0.59
p:de conciërge|bevelen|1.0
p:de conciërge|waarschuwen|1.89
p:de dag|waarschuwen|0.91
p:de deadline|ik-boodschap|-0.92
p:de deadline|afleiden|-0.92
p:de debatclub|ik-boodschap|0.99
p:de deur|ik-boodschap|0.93
p:de deur|gevoelsreflectie|-0.83
p:de deur|samenvatting|-0.99
p:de digitale|ik-boodschap|0.9
p:de directie|vervolgafspraak|-0.99
p:de docent|ik-boodschap|-1.91
p:de docent|parafrase|0.84
p:de docenten|moraliseren|-0.75
p:de docenten|bekritiseren|0.65
p:de drie|ik-boodschap|-0.93
p:de eerste|ik-boodschap|1.88
p:de eerste|parafrase|-0.99
p:de eerste|gevoelsreflectie|-1.0
p:de eerste|samenvatting|-0.94
p:de eerste|open-vraag|0.13
p:de eerste|moraliseren|-0.99
p:de eerste|bekritiseren|-0.99
p:de eerste|prijzen|-1.0
p:de eerste|interpreteren|-0.99
p:de eerste|geruststellen|0.74
p:de eerste|afleiden|0.99
p:de eerste|bedanken|-0.92
p:de enige|geruststellen|0.97
p:de examensecretaris|ik-boodschap|-0.92
p:de examensecretaris|afleiden|-0.92
p:de excursie|afronding-aankondigen|-0.94
p:de familie|afleiden|0.98
p:de feiten|argumenteren|0.81
p:de feiten|afleiden|-0.99
p:de fiets|parafrase|-1.0
p:de fiets|adviseren|0.97
p:de fiets|argumenteren|-1.0
p:de fiets|vervolgafspraak|-1.0
p:de fietsenstalling|ik-boodschap|0.97
p:de gang|ik-boodschap|0.84
p:de gang|open-vraag|-0.94
p:de gang|waarschuwen|1.0
p:de gang|argumenteren|-0.99
p:de gang|afleiden|-0.98
p:de gaten|bevelen|0.97
p:de gaten|bedanken|0.96
p:de gemeente|vervolgafspraak|0.91
p:de gesprekken|ik-boodschap|0.94
p:de gouden|geruststellen|-0.96
p:de groep|ik-boodschap|-0.97
p:de groep|jij-boodschap|2.68
p:de groep|open-vraag|-1.0
p:de groepsapp|bekritiseren|0.95
p:de groepsapp|afleiden|0.94
p:de groepsopdracht|gevoelsreflectie|-0.9
p:de groepsopdracht|vervolgafspraak|-0.9
p:de grond|ik-boodschap|-0.88
p:de grond|gevoelsreflectie|0.96
p:de grote|etiketteren|0.94
p:de gymdocent|parafrase|-0.78
p:de gymles|ik-boodschap|0.97
p:de gymles|gevoelsreflectie|1.81
p:de hand|jij-boodschap|0.9
p:de hand|gevoelsreflectie|0.97
p:de hand|bekritiseren|0.51
p:de hand|geruststellen|-0.5
p:de handtekeningen|bekritiseren|0.97
p:de havo|bevelen|-0.95
p:de havo|waarschuwen|0.9
p:de hele|ik-boodschap|-0.4
p:de hele|jij-boodschap|0.74
p:de hele|parafrase|0.86
p:de hele|gevoelsreflectie|0.13
p:de hele|samenvatting|-0.99
p:de hele|bevelen|0.97
p:de hele|waarschuwen|0.92
p:de hele|moraliseren|0.76
p:de hele|argumenteren|0.97
p:de hele|etiketteren|0.82
p:de hele|afleiden|-0.98
p:de helft|parafrase|-1.8
p:de helft|argumenteren|0.84
p:de helikopterouder|bevelen|-0.97
p:de herfstvakantie|ik-boodschap|1.78
p:de herfstvakantie|jij-boodschap|-1.96
p:de herfstvakantie|bekritiseren|-1.63
p:de herkansing|ik-boodschap|0.79
p:de herkansing|parafrase|-1.0
p:de herkansing|gevoelsreflectie|1.0
p:de herkansingsdata|ik-boodschap|-0.71
p:de herkansingsdata|argumenteren|0.95
p:de hond|open-vraag|-0.93
p:de hoogte|samenvatting|0.8
p:de hoogte|adviseren|-0.82
p:de hoogte|bedanken|0.92
p:de huisarts|ik-boodschap|0.97
p:de huisarts|gevoelsreflectie|0.88
p:de huisarts|bevelen|0.93
p:de huisarts|adviseren|1.83
p:de huisarts|vervolgafspraak|0.1
p:de huisarts|bedanken|0.95
p:de huiswerkklas|parafrase|-1.81
p:de huiswerkklas|samenvatting|0.85
p:de huiswerkklas|bevelen|-0.95
p:de huiswerkklas|ondervragen|-0.95
p:de informatieavond|gevoelsreflectie|-0.93
p:de inspectie|bekritiseren|0.93
p:de instructie|samenvatting|-0.96
p:de instructie|vervolgafspraak|0.98
p:de kampweek|parafrase|-1.0
p:de kans|ik-boodschap|0.81
p:de kast|argumenteren|-0.96
p:de kast|prijzen|-0.84
p:de kerst|geruststellen|0.92
p:de klas|ik-boodschap|0.94
p:de klas|jij-boodschap|-1.63
p:de klas|parafrase|-1.8
p:de klas|samenvatting|1.17
p:de klas|open-vraag|0.87
p:de klas|bevelen|-0.13
p:de klas|waarschuwen|-0.89
p:de klas|adviseren|-0.9
p:de klas|argumenteren|0.85
p:de klas|bekritiseren|1.0
p:de klas|prijzen|1.83
p:de klas|vervolgafspraak|-0.98
p:de kleedkamer|parafrase|0.99
p:de kluis|bevelen|-0.83
p:de kluis|afleiden|-0.99
p:de kluisjes|ik-boodschap|0.71
p:de koelkast|samenvatting|-0.99
p:de kritiek|bekritiseren|-0.67
p:de laatste|open-vraag|-0.64
p:de laatste|aanmoediging|-1.0
p:de laatste|adviseren|0.93
p:de laatste|argumenteren|-0.91
p:de laatste|interpreteren|-0.94
p:de laatste|geruststellen|-0.26
p:de laatste|ondervragen|-1.0
p:de laatste|vervolgafspraak|-1.0
p:de leerplichtambtenaar|waarschuwen|0.99
p:de leraren|geruststellen|-0.87
p:de les|ik-boodschap|-0.57
p:de les|jij-boodschap|0.14
p:de les|samenvatting|-0.99
p:de les|waarschuwen|0.92
p:de les|adviseren|-0.1
p:de les|argumenteren|-1.82
p:de les|bekritiseren|-0.96
p:de les|interpreteren|-0.96
p:de les|afronding-aankondigen|-0.94
p:de lijst|ik-boodschap|-0.59
p:de luiste|jij-boodschap|1.74
p:de luiste|prijzen|-0.91
p:de luiste|etiketteren|0.91
p:de lunch|open-vraag|0.7
p:de mail|ondervragen|0.95
p:de manier|samenvatting|-0.92
p:de mediatheek|samenvatting|0.82
p:de meest|samenvatting|-0.78
p:de meest|prijzen|0.93
p:de meivakantie|ik-boodschap|0.41
p:de mentor|ik-boodschap|-0.97
p:de mentor|samenvatting|0.8
p:de mentor|bedanken|0.92
p:de mentorlessen|gevoelsreflectie|-0.98
p:de musical|samenvatting|-0.99
p:de musical|afleiden|0.99
p:de muur|ik-boodschap|0.91
p:de nieuwe|ik-boodschap|0.9
p:de nieuwe|open-vraag|0.86
p:de nieuwe|argumenteren|-0.84
p:de nieuwe|bekritiseren|-0.84
p:de nieuwe|geruststellen|0.92
p:de nieuwe|afleiden|0.87
p:de nieuwsbrief|argumenteren|1.0
p:de normering|parafrase|0.86
p:de normering|argumenteren|0.97
p:de oefeningen|open-vraag|0.96
p:de onderbouw|vervolgafspraak|-0.99
p:de opdracht|ik-boodschap|-0.91
p:de opdracht|parafrase|1.0
p:de opdracht|gevoelsreflectie|-1.0
p:de opdracht|argumenteren|0.92
p:de opdracht|geruststellen|-0.74
p:de opdracht|afleiden|-0.99
p:de opdrachten|open-vraag|1.0
p:de opgaven|vervolgafspraak|1.0
p:de ouderavond|parafrase|-0.91
p:de ouderavond|waarschuwen|-0.99
p:de ouderavond|moraliseren|-1.0
p:de overstap|gevoelsreflectie|-0.94
p:de overstap|bekritiseren|-0.88
p:de pauze|ik-boodschap|1.05
p:de pauze|gevoelsreflectie|-0.99
p:de pauze|samenvatting|-0.9
p:de pauze|open-vraag|0.94
p:de pauze|vervolgafspraak|0.92
p:de pauzes|open-vraag|-1.0
p:de pesterijen|parafrase|-0.71
p:de pesterijen|samenvatting|0.93
p:de pesterijen|afronding-aankondigen|0.9
p:de planner|argumenteren|1.0
p:de planning|jij-boodschap|0.92
p:de planning|bekritiseren|0.83
p:de planning|afronding-aankondigen|-0.97
p:de planning|vervolgafspraak|0.97
p:de playstation|prijzen|-0.84
p:de puberteit|jij-boodschap|-0.97
p:de puberteit|bevelen|-0.92
p:de puberteit|moraliseren|-0.92
p:de puberteit|interpreteren|-0.25
p:de puberteit|geruststellen|-0.92
p:de puberteit|afleiden|1.63
p:de pubertijd|moraliseren|-0.95
p:de rapportvergadering|prijzen|-0.91
p:de regel|adviseren|-0.94
p:de regels|jij-boodschap|-0.92
p:de regels|argumenteren|0.99
p:de reistijd|jij-boodschap|-0.78
p:de reistijd|vervolgafspraak|-0.98
p:de rekentoets|open-vraag|0.94
p:de rest|ik-boodschap|0.71
p:de rest|parafrase|0.91
p:de rest|argumenteren|0.82
p:de ruzie|samenvatting|0.99
p:de ruzie|open-vraag|-0.87
p:de ruzie|afronding-aankondigen|-0.83
p:de scheiding|interpreteren|0.99
p:de school|ik-boodschap|-1.0
p:de school|gevoelsreflectie|0.99
p:de school|open-vraag|-1.0
p:de school|waarschuwen|-1.0
p:de school|moraliseren|0.98
p:de school|bekritiseren|1.85
p:de school|prijzen|0.92
p:de school|etiketteren|-0.91
p:de school|vervolgafspraak|-0.92
p:de school|bedanken|-0.75
p:de schoolgids|jij-boodschap|-0.92
p:de schorsing|ik-boodschap|-0.99
p:de schorsing|gevoelsreflectie|0.93
p:de schuld|bekritiseren|0.87
p:de sectie|gevoelsreflectie|0.94
p:de sectie|samenvatting|0.78
p:de sectie|vervolgafspraak|0.86
p:de sfeer|jij-boodschap|0.82
p:de sfeer|samenvatting|0.95
p:de sfeer|bekritiseren|1.87
p:de sfeer|vervolgafspraak|-0.98
p:de signalen|etiketteren|-0.91
p:de slimste|adviseren|-0.9
p:de slimste|prijzen|0.9
p:de slimste|etiketteren|-0.9
p:de spelcomputer|argumenteren|-0.96
p:de stad|ondervragen|0.9
p:de steek|prijzen|0.97
p:de straf|parafrase|0.77
p:de studiewijzer|ik-boodschap|-0.71
p:de studiewijzer|argumenteren|2.87
p:de studiewijzer|vervolgafspraak|-1.0
p:de tafel|vervolgafspraak|0.98
p:de tandarts|argumenteren|-0.91
p:de tas|waarschuwen|-0.92
p:de teamleider|parafrase|0.8
p:de teamleider|samenvatting|-1.0
p:de teamleider|bevelen|-0.87
p:de teamleider|waarschuwen|0.98
p:de teamleider|afronding-aankondigen|1.0
p:de teamleider|vervolgafspraak|0.93
p:de teamleider|bedanken|-0.33
p:de telefoon|parafrase|-0.99
p:de telefoon|samenvatting|1.0
p:de telefoon|waarschuwen|-0.99
p:de telefoon|argumenteren|-0.99
p:de telefoon|afronding-aankondigen|-1.0
p:de thuissituatie|argumenteren|-0.99
p:de tijd|ik-boodschap|-1.0
p:de tijd|gevoelsreflectie|0.82
p:de tijd|aanmoediging|1.0
p:de tijd|interpreteren|-1.0
p:de toets|ik-boodschap|1.81
p:de toets|samenvatting|0.78
p:de toets|bevelen|-0.95
p:de toets|moraliseren|-0.95
p:de toets|adviseren|0.93
p:de toets|argumenteren|1.9
p:de toets|bekritiseren|-0.96
p:de toets|interpreteren|-0.81
p:de toets|vervolgafspraak|0.86
p:de toetsen|parafrase|-0.96
p:de toetsweek|ik-boodschap|-0.32
p:de toetsweek|waarschuwen|-0.9
p:de toetsweek|adviseren|-0.93
p:de toetsweek|bedanken|0.24
p:de tolk|ik-boodschap|-0.91
p:de tolk|parafrase|0.91
p:de tolk|etiketteren|-0.91
p:de tolk|afleiden|-1.0
p:de trainingen|ik-boodschap|0.99
p:de twaalfde|vervolgafspraak|0.91
p:de tweede|gevoelsreflectie|0.84
p:de tweede|waarschuwen|0.93
p:de tweede|geruststellen|0.26
p:de tweede|afleiden|1.02
p:de uitleg|ik-boodschap|1.0
p:de uitleg|parafrase|0.94
p:de uitleg|open-vraag|0.87
p:de uitslag|bekritiseren|-0.94
p:de vader|prijzen|-0.97
p:de vakantie|adviseren|-0.9
p:de vakantie|prijzen|0.9
p:de vakantie|interpreteren|0.95
p:de vakantie|geruststellen|0.5
p:de vakdocent|afronding-aankondigen|-1.0
p:de vakdocent|vervolgafspraak|1.0
p:de vakdocenten|samenvatting|0.99
p:de vakdocenten|afronding-aankondigen|-0.97
p:de vakdocenten|vervolgafspraak|0.97
p:de verbouwing|afleiden|0.94
p:de verhuizing|aanmoediging|-1.0
p:de verhuizing|interpreteren|1.66
p:de vertrouwenspersoon|etiketteren|-1.0
p:de vertrouwenspersoon|vervolgafspraak|1.0
p:de verzuimlijn|bevelen|0.95
p:de verzuimlijn|vervolgafspraak|-0.95
p:de vierde|moraliseren|0.94
p:de vierde|argumenteren|-1.0
p:de vijftiende|bedanken|-0.91
p:de voetbalclub|open-vraag|-1.0
p:de volgende|argumenteren|-0.94
p:de voorjaarsvakantie|afronding-aankondigen|-0.76
p:de vries|bekritiseren|-0.96
p:de vries|ondervragen|-1.0
p:de war|bekritiseren|0.95
p:de wc|ik-boodschap|-0.93
p:de wc|gevoelsreflectie|-0.92
p:de wc|adviseren|-0.92
p:de website|adviseren|0.9
p:de website|argumenteren|-1.79
p:de website|afleiden|-0.9
p:de week|samenvatting|0.99
p:de week|adviseren|0.95
p:de week|ondervragen|0.9
p:de weekopening|vervolgafspraak|-0.91
p:de weken|parafrase|1.75
p:de wereld|afleiden|0.9
p:de werkweek|ik-boodschap|-0.91
p:de werkweek|parafrase|0.91
p:de wet|ik-boodschap|-0.99
p:de wet|argumenteren|0.87
p:de zes|argumenteren|0.7
p:de ziekmelding|ik-boodschap|0.98
p:de ziekmelding|waarschuwen|-0.98
p:de zomer|parafrase|-0.81
p:de zomer|samenvatting|-0.96
p:de zomervakantie|parafrase|0.96
p:de zomervakantie|argumenteren|-0.96
p:de zorg|samenvatting|-0.79
p:de zorg|bevelen|-0.9
p:de zorg|vervolgafspraak|0.99
p:de zorgcoordinator|afronding-aankondigen|0.8
p:de zorgcoordinator|vervolgafspraak|0.94
p:de zorgcoördinator|samenvatting|0.9
p:de zorgcoördinator|waarschuwen|-0.9
p:de zorgcoördinator|adviseren|-0.93
p:de zorgcoördinator|argumenteren|-0.71
p:de zorgcoördinator|etiketteren|-0.93
p:de zorgcoördinator|afronding-aankondigen|0.94
p:de zorgcoördinator|vervolgafspraak|1.74
p:deadline mist|ik-boodschap|-0.92
p:deadline mist|afleiden|-0.92
p:deadline te|argumenteren|0.96
p:debatclub komt|ik-boodschap|0.99
p:deed hij|gevoelsreflectie|-0.63
p:deelt dank|bedanken|0.98
p:definitief van|interpreteren|-1.0
p:degene die|jij-boodschap|1.69
p:degene die|bekritiseren|1.78
p:degene die|prijzen|-1.0
p:dekt haar|jij-boodschap|1.34
p:dekt haar|bekritiseren|1.34
p:denk dat|jij-boodschap|0.88
p:denk dat|waarschuwen|-0.97
p:denk dat|adviseren|-1.0
p:denk dat|bekritiseren|1.16
p:denk dat|interpreteren|2.01
p:denk ik|prijzen|-0.97
p:denk ik|interpreteren|1.88
p:denk maar|waarschuwen|0.96
p:denken altijd|bekritiseren|-0.97
p:denken altijd|prijzen|0.97
p:denken laten|waarschuwen|-0.96
p:denkt daan|parafrase|-0.99
p:denkt dat|bekritiseren|2.05
p:denkt dat|geruststellen|1.69
p:denkt u|parafrase|0.97
p:denkt u|gevoelsreflectie|-1.97
p:denkt u|samenvatting|0.89
p:denkt u|open-vraag|1.0
p:denkt u|bekritiseren|-0.96
p:denkt u|prijzen|-1.0
p:denkt u|ondervragen|-0.95
p:derde uur|ik-boodschap|1.26
p:derde uur|parafrase|-0.88
p:derde uur|afronding-aankondigen|-0.87
p:derde uur|vervolgafspraak|-0.93
p:deur dichtsloeg|ik-boodschap|-0.63
p:deur dichtsloeg|samenvatting|-0.99
p:deur dichtsmeet|ik-boodschap|1.56
p:deur dichtsmeet|gevoelsreflectie|-0.83
p:dex vaak|parafrase|-0.99
p:deze afspraken|jij-boodschap|0.99
p:deze groep|gevoelsreflectie|-0.99
p:deze groep|samenvatting|-0.99
p:deze leeftijd|bekritiseren|-0.91
p:deze maatregel|moraliseren|-1.0
p:deze periode|waarschuwen|-0.96
p:deze school|jij-boodschap|-0.95
p:deze school|geruststellen|0.97
p:deze week|jij-boodschap|-0.99
p:deze week|open-vraag|0.96
p:deze week|waarschuwen|0.96
p:deze week|interpreteren|-0.69
p:deze zomer|open-vraag|-0.98
p:deze zomer|afleiden|0.98
p:dezelfde klas|ik-boodschap|-0.94
p:dezelfde vraag|ik-boodschap|1.0
p:dichtbij school|prijzen|-0.95
p:dichtbij school|afleiden|-0.95
p:dichtklapt blijft|ik-boodschap|0.98
p:dichtklapt blijft|samenvatting|-0.98
p:dichtklapt dat|gevoelsreflectie|0.91
p:dichtsloeg schrok|ik-boodschap|-0.63
p:dichtsloeg schrok|samenvatting|-0.99
p:dichtsmeet schrok|ik-boodschap|1.56
p:dichtsmeet schrok|gevoelsreflectie|-0.83
p:die app|moraliseren|0.91
p:die begint|prijzen|-1.0
p:die buikpijn|argumenteren|-0.97
p:die curlingouders|etiketteren|0.98
p:die examens|geruststellen|1.0
p:die extra|etiketteren|-0.94
p:die gepest|moraliseren|0.92
p:die groep|jij-boodschap|-0.8
p:die groep|gevoelsreflectie|0.91
p:die groep|bekritiseren|-0.99
p:die groep|interpreteren|0.19
p:die heb|jij-boodschap|-0.92
p:die hebben|argumenteren|0.64
p:die helikopterouders|bekritiseren|-0.96
p:die herkansing|prijzen|1.0
p:die herkansing|geruststellen|0.91
p:die ik|jij-boodschap|1.74
p:die ik|prijzen|-0.91
p:die ik|etiketteren|0.91
p:die klas|parafrase|0.9
p:die klas|waarschuwen|-0.9
p:die klas|geruststellen|-0.92
p:die klas|afleiden|-0.92
p:die lastig|argumenteren|-0.96
p:die leeftijd|argumenteren|-0.96
p:die leeftijd|geruststellen|-1.44
p:die leeftijd|afleiden|1.81
p:die mail|jij-boodschap|-1.0
p:die mail|vervolgafspraak|-0.96
p:die middag|parafrase|0.97
p:die middag|moraliseren|-0.97
p:die ongeldig|moraliseren|-0.89
p:die onvoldoende|samenvatting|-0.85
p:die onvoldoende|bevelen|-0.99
p:die overal|jij-boodschap|-0.14
p:die periode|open-vraag|0.97
p:die pest|jij-boodschap|1.69
p:die pest|bekritiseren|1.78
p:die playstation|adviseren|1.0
p:die playstation|bekritiseren|0.78
p:die precies|argumenteren|0.98
p:die presentatie|prijzen|0.97
p:die reactie|bekritiseren|0.95
p:die regel|argumenteren|0.9
p:die ruzie|samenvatting|0.91
p:die ruzie|adviseren|-0.86
p:die ruzie|vervolgafspraak|-0.92
p:die telefoon|parafrase|1.0
p:die telefoon|bevelen|0.89
p:die telefoon|vervolgafspraak|-0.8
p:die toets|interpreteren|0.81
p:die tussenuren|parafrase|0.9
p:die tussenuren|waarschuwen|-0.9
p:die tussenuren|geruststellen|-0.92
p:die tussenuren|afleiden|-0.92
p:die van|moraliseren|1.0
p:die voor|ik-boodschap|0.94
p:die week|adviseren|-1.0
p:die week|interpreteren|-1.0
p:die week|ondervragen|-1.0
p:die weken|open-vraag|0.97
p:die wel|jij-boodschap|-1.3
p:die wel|moraliseren|0.91
p:die wel|bekritiseren|-1.57
p:die zoveel|geruststellen|-0.97
p:dient zich|jij-boodschap|-0.65
p:diep van|interpreteren|0.99
p:digitale toetsen|ik-boodschap|0.9
p:ding uit|parafrase|-1.0
p:ding uit|gevoelsreflectie|-1.0
p:ding uit|bevelen|1.0
p:dingen de|jij-boodschap|-0.78
p:dingen de|vervolgafspraak|-0.98
p:dingen die|ik-boodschap|0.94
p:dingen hebben|afleiden|0.95
p:dingen in|afleiden|1.82
p:dingen komen|samenvatting|0.91
p:dinsdag bedankt|afronding-aankondigen|0.86
p:dinsdag bij|argumenteren|-0.91
p:dinsdag de|vervolgafspraak|0.91
p:dinsdag drie|afleiden|-1.0
p:dinsdag een|samenvatting|-0.79
p:dinsdag een|vervolgafspraak|0.99
p:dinsdag in|adviseren|-0.93
p:dinsdag naar|parafrase|-0.9
p:dinsdag naar|samenvatting|0.85
p:dipje in|geruststellen|1.85
p:dipje in|afleiden|-0.87
p:diploma echt|waarschuwen|0.97
p:diploma niet|waarschuwen|0.75
p:diploma straks|interpreteren|-0.97
p:diploma zeker|waarschuwen|-0.9
p:diploma zeker|geruststellen|-0.87
p:directie erbij|vervolgafspraak|-0.99
p:dit al|bekritiseren|0.91
p:dit alleen|bekritiseren|-0.75
p:dit alleen|interpreteren|0.99
p:dit alleen|afleiden|-0.99
p:dit besluit|geruststellen|0.92
p:dit best|ik-boodschap|-0.87
p:dit de|bekritiseren|-0.94
p:dit de|prijzen|0.85
p:dit echt|prijzen|0.91
p:dit een|geruststellen|0.92
p:dit enorm|waarschuwen|0.75
p:dit gaat|interpreteren|1.96
p:dit gedrag|ondervragen|-0.9
p:dit gelopen|open-vraag|-0.99
p:dit gesprek|jij-boodschap|-0.83
p:dit gesprek|parafrase|-0.97
p:dit gesprek|gevoelsreflectie|-0.91
p:dit gesprek|bevelen|0.99
p:dit gesprek|geruststellen|-0.85
p:dit gesprek|afronding-aankondigen|0.94
p:dit gesprek|vervolgafspraak|-1.83
p:dit gesprek|bedanken|0.9
p:dit heeft|waarschuwen|0.98
p:dit in|moraliseren|-0.94
p:dit in|geruststellen|-0.94
p:dit is|bekritiseren|0.67
p:dit jaar|jij-boodschap|1.74
p:dit jaar|argumenteren|-0.96
p:dit jaar|prijzen|-0.91
p:dit kan|waarschuwen|0.9
p:dit kan|bekritiseren|0.82
p:dit komt|jij-boodschap|-0.9
p:dit komt|gevoelsreflectie|0.99
p:dit komt|geruststellen|0.99
p:dit kwartaal|bekritiseren|-0.94
p:dit laatste|adviseren|-1.0
p:dit melden|argumenteren|0.79
p:dit met|bedanken|0.98
p:dit niet|bevelen|-0.96
p:dit niet|waarschuwen|-0.85
p:dit niet|adviseren|-1.0
p:dit niet|prijzen|1.0
p:dit nodig|interpreteren|-0.99
p:dit nog|gevoelsreflectie|-0.88
p:dit nog|moraliseren|0.95
p:dit nog|interpreteren|-1.0
p:dit nu|samenvatting|-1.0
p:dit nu|bevelen|-1.0
p:dit nu|ondervragen|1.0
p:dit rapport|ik-boodschap|0.99
p:dit rapport|aanmoediging|-0.65
p:dit rapport|bekritiseren|-0.99
p:dit schooljaar|prijzen|-0.96
p:dit slaat|bevelen|-1.0
p:dit slaat|bekritiseren|1.0
p:dit slaat|vervolgafspraak|-1.0
p:dit soort|bekritiseren|1.19
p:dit soort|geruststellen|-0.99
p:dit steeds|jij-boodschap|-1.82
p:dit steeds|bekritiseren|-2.04
p:dit steeds|ondervragen|0.99
p:dit te|adviseren|-1.0
p:dit te|bekritiseren|-0.78
p:dit ter|gevoelsreflectie|0.94
p:dit ter|open-vraag|0.8
p:dit toch|waarschuwen|-0.9
p:dit u|gevoelsreflectie|0.82
p:dit vast|bedanken|-0.92
p:dit vertelt|parafrase|-0.97
p:dit voor|adviseren|-0.81
p:dit waait|bekritiseren|-0.99
p:dit waait|afleiden|-0.99
p:dit zo|waarschuwen|0.37
p:dit zo|moraliseren|-0.98
p:dit zo|prijzen|-0.92
p:dit zo|ondervragen|-0.93
p:docent doet|ik-boodschap|-1.0
p:docent frans|ik-boodschap|-1.82
p:docent frans|parafrase|-0.9
p:docent frans|samenvatting|1.75
p:docent gegaan|ondervragen|1.0
p:docent geschiedenis|aanmoediging|-0.99
p:docent nederlands|bevelen|-0.89
p:docent niet|moraliseren|0.76
p:docent te|bekritiseren|0.67
p:docent zo|moraliseren|0.92
p:docenten afschuift|bekritiseren|0.65
p:docenten begint|moraliseren|1.0
p:dochter dat|bevelen|0.97
p:dochter doet|moraliseren|-1.0
p:dochter heeft|ik-boodschap|0.79
p:dochter is|bevelen|-1.0
p:dochter op|waarschuwen|-1.0
p:dochter op|moraliseren|0.96
p:dochter verstoort|jij-boodschap|0.95
p:dochter verstoort|bekritiseren|0.95
p:dochter vroeg|jij-boodschap|-0.94
p:dochter zet|open-vraag|-1.0
p:dochter zet|waarschuwen|-1.0
p:doe dat|bevelen|-0.87
p:doe dat|waarschuwen|1.0
p:doe die|waarschuwen|-0.96
p:doe je|ik-boodschap|-0.89
p:doe je|jij-boodschap|-0.95
p:doe je|waarschuwen|-0.91
p:doe je|moraliseren|1.29
p:doe je|argumenteren|-0.7
p:doe je|bekritiseren|-2.0
p:doe je|geruststellen|-0.99
p:doe je|ondervragen|0.99
p:doe jij|bekritiseren|0.82
p:doe niet|bevelen|0.85
p:doe niet|moraliseren|-0.99
p:doe niet|etiketteren|1.97
p:doe niet|interpreteren|-0.99
p:doe niet|afleiden|-0.87
p:doen ?|open-vraag|-0.98
p:doen ?|prijzen|1.0
p:doen ?|afleiden|0.98
p:doen de|gevoelsreflectie|-0.9
p:doen de|vervolgafspraak|-0.9
p:doen deze|jij-boodschap|-0.99
p:doen in|adviseren|-0.9
p:doen in|prijzen|0.9
p:doen in|etiketteren|-0.9
p:doen is|adviseren|0.98
p:doen milan|bevelen|-0.9
p:doen milan|adviseren|0.89
p:doen thuis|waarschuwen|0.97
p:doen wat|interpreteren|-0.94
p:doet ?|open-vraag|-0.87
p:doet aan|bekritiseren|-0.95
p:doet alsof|bekritiseren|0.87
p:doet dat|bekritiseren|-0.95
p:doet dat|geruststellen|-0.45
p:doet dit|bekritiseren|-0.75
p:doet dit|interpreteren|0.99
p:doet dit|afleiden|-0.99
p:doet elke|geruststellen|-0.7
p:doet elke|afleiden|1.8
p:doet goed|argumenteren|-1.0
p:doet hij|ik-boodschap|-1.0
p:doet hij|etiketteren|-0.94
p:doet in|moraliseren|-1.0
p:doet me|ik-boodschap|1.62
p:doet me|moraliseren|-0.92
p:doet me|interpreteren|-0.67
p:doet mee|interpreteren|-0.99
p:doet moet|waarschuwen|0.77
p:doet niets|geruststellen|2.31
p:doet ook|jij-boodschap|0.98
p:doet u|jij-boodschap|-0.17
p:doet u|gevoelsreflectie|0.91
p:doet u|samenvatting|-0.83
p:doet u|bekritiseren|-0.42
p:doet u|ondervragen|-0.96
p:doet vind|bekritiseren|0.91
p:doet volgt|gevoelsreflectie|-0.88
p:doet volgt|moraliseren|0.95
p:doet ze|jij-boodschap|0.9
p:doet ze|waarschuwen|-0.97
p:doet ze|bekritiseren|0.77
p:doet ze|interpreteren|0.99
p:doet ze|geruststellen|0.42
p:doet zo|bevelen|-0.99
p:dom en|samenvatting|1.0
p:dom en|afronding-aankondigen|1.0
p:dom en|bedanken|1.0
p:domme vergissing|etiketteren|-0.99
p:domme vraag|argumenteren|-0.93
p:donderdag af|afronding-aankondigen|-0.85
p:donderdag na|vervolgafspraak|1.93
p:donderdag om|vervolgafspraak|1.92
p:donderdag om|bedanken|0.94
p:donderdag praten|vervolgafspraak|0.84
p:donderdag samen|samenvatting|-0.74
p:donderdag samen|bedanken|-0.82
p:donderdag zo|ik-boodschap|-0.99
p:donderdagavond om|samenvatting|-0.95
p:donderdagavond om|vervolgafspraak|0.95
p:donderdagavond om|bedanken|0.95
p:door alles|jij-boodschap|0.83
p:door anderen|bevelen|-0.96
p:door de|ik-boodschap|1.36
p:door de|gevoelsreflectie|0.99
p:door de|waarschuwen|1.0
p:door de|etiketteren|0.95
p:door de|interpreteren|0.95
p:door de|ondervragen|0.9
p:door elkaar|afronding-aankondigen|-0.89
p:door en|bedanken|-0.91
p:door ik|open-vraag|-0.99
p:door ik|bevelen|-0.99
p:door je|gevoelsreflectie|0.67
p:door te|adviseren|0.82
p:door u|gevoelsreflectie|-0.78
p:door u|samenvatting|-1.0
p:door verrast|ik-boodschap|0.9
p:door wat|gevoelsreflectie|-0.63
p:doordat hij|interpreteren|1.44
p:doordat hij|geruststellen|-0.9
p:doordeweeks gewoon|argumenteren|-0.96
p:doordeweeks gewoon|prijzen|-0.84
p:doordeweekse avond|adviseren|-0.99
p:doordeweekse avond|bedanken|-0.99
p:doorgaat bel|waarschuwen|1.57
p:doorgaat blijft|waarschuwen|0.92
p:doorgaat blijft|prijzen|-0.92
p:doorgaat haalt|waarschuwen|0.75
p:doorgaat lig|jij-boodschap|1.6
p:doorgaat lig|bekritiseren|1.87
p:doorgaat loop|waarschuwen|-1.46
p:doorgaat mist|ik-boodschap|-0.97
p:doorgaat mist|waarschuwen|-0.92
p:doorgaat moet|moraliseren|-0.98
p:doorgaat zet|waarschuwen|0.87
p:doorgeven heb|ik-boodschap|0.98
p:doorgeven heb|waarschuwen|-0.98
p:doornemen ?|bekritiseren|-0.78
p:dramatisch als|argumenteren|-0.93
p:dramatisch als|geruststellen|0.87
p:drie collega's|argumenteren|0.98
p:drie dingen|jij-boodschap|-0.78
p:drie dingen|samenvatting|0.91
p:drie dingen|vervolgafspraak|-0.98
p:drie keer|ik-boodschap|0.93
p:drie keer|jij-boodschap|-0.81
p:drie keer|open-vraag|-1.0
p:drie keer|waarschuwen|-0.93
p:drie keer|moraliseren|-0.99
p:drie keer|argumenteren|-0.8
p:drie keer|interpreteren|-0.69
p:drie keer|geruststellen|-0.99
p:drie keer|afleiden|-0.99
p:drie knelpunten|ik-boodschap|-0.93
p:drie meisjes|ik-boodschap|-0.98
p:drie meisjes|samenvatting|0.8
p:drie onvoldoendes|ik-boodschap|0.61
p:drie onvoldoendes|argumenteren|0.99
p:drie toetsen|vervolgafspraak|-1.0
p:drie uur|jij-boodschap|0.98
p:drie uur|afleiden|-1.0
p:drie uur|afronding-aankondigen|-0.96
p:drie uur|bedanken|-0.96
p:drie weken|samenvatting|-0.9
p:drie weken|waarschuwen|-0.9
p:drie weken|afronding-aankondigen|-1.7
p:drie weken|vervolgafspraak|1.89
p:drie weken|bedanken|0.91
p:druk dat|gevoelsreflectie|-0.98
p:druk dat|argumenteren|-0.96
p:druk dat|geruststellen|0.98
p:druk die|bevelen|-0.99
p:druk is|open-vraag|-0.99
p:druk is|interpreteren|-0.98
p:druk je|open-vraag|-0.96
p:druk je|bevelen|0.93
p:druk om|geruststellen|0.92
p:druk om|afleiden|0.93
p:druk ze|samenvatting|0.99
p:duidelijk ?|ik-boodschap|-1.0
p:duidelijk ?|bevelen|0.85
p:duidelijk een|bevelen|-0.83
p:duidelijk een|afleiden|-0.99
p:duidelijk hij|argumenteren|0.81
p:duidelijk hij|afleiden|-0.99
p:duidelijk kapot|aanmoediging|-0.93
p:duidelijk na|moraliseren|-0.99
p:duidelijk na|argumenteren|0.99
p:duidelijk na|geruststellen|-0.99
p:duidelijk teleurgesteld|gevoelsreflectie|0.94
p:duidelijk teleurgesteld|samenvatting|0.78
p:duidelijk teleurgesteld|vervolgafspraak|0.86
p:duidelijk wie|argumenteren|0.95
p:duits nog|samenvatting|0.82
p:durft het|samenvatting|0.98
p:durft het|geruststellen|-0.98
p:dus af|ik-boodschap|-0.9
p:dus af|samenvatting|0.9
p:dus bevorderen|argumenteren|0.7
p:dus dat|parafrase|2.92
p:dus dat|gevoelsreflectie|0.93
p:dus dat|samenvatting|-1.89
p:dus dat|open-vraag|-1.0
p:dus dat|adviseren|1.0
p:dus dat|argumenteren|-0.92
p:dus de|open-vraag|-0.87
p:dus eigenlijk|prijzen|-0.93
p:dus even|ik-boodschap|-0.93
p:dus even|parafrase|-1.0
p:dus even|samenvatting|0.99
p:dus graag|gevoelsreflectie|-0.99
p:dus graag|samenvatting|-0.99
p:dus het|parafrase|-0.81
p:dus het|gevoelsreflectie|-0.84
p:dus het|aanmoediging|-1.0
p:dus het|argumenteren|1.82
p:dus ik|ik-boodschap|-0.99
p:dus ik|samenvatting|0.9
p:dus ik|waarschuwen|-1.0
p:dus ik|moraliseren|-1.0
p:dus ik|etiketteren|-0.91
p:dus ik|bedanken|-0.96
p:dus je|parafrase|0.79
p:dus je|open-vraag|0.87
p:dus je|moraliseren|-0.94
p:dus je|argumenteren|0.15
p:dus je|bekritiseren|-0.84
p:dus jij|jij-boodschap|-0.9
p:dus jij|parafrase|0.1
p:dus jij|gevoelsreflectie|-1.0
p:dus jij|adviseren|-0.9
p:dus jij|prijzen|1.83
p:dus jij|etiketteren|-0.9
p:dus jij|geruststellen|-0.74
p:dus niet|parafrase|0.99
p:dus niet|geruststellen|-0.99
p:dus om|jij-boodschap|-0.98
p:dus om|parafrase|-0.91
p:dus samengevat|parafrase|-0.91
p:dus teleurgesteld|gevoelsreflectie|0.93
p:dus tot|parafrase|-1.0
p:dus tot|samenvatting|1.0
p:dus u|jij-boodschap|0.98
p:dus u|gevoelsreflectie|0.91
p:dus u|samenvatting|-0.8
p:dus u|open-vraag|1.03
p:dus u|bevelen|-0.83
p:dus u|waarschuwen|-0.78
p:dus u|prijzen|2.89
p:dus u|geruststellen|0.69
p:dus u|afleiden|-0.99
p:dus u|vervolgafspraak|-0.92
p:dus u|bedanken|-0.75
p:dus urenlang|parafrase|0.92
p:dus urenlang|samenvatting|-0.77
p:dus volgens|parafrase|0.96
p:dus volgens|adviseren|-1.0
p:dus volgens|argumenteren|-0.96
p:dus vooral|parafrase|1.75
p:dus we|afronding-aankondigen|-0.97
p:dus we|vervolgafspraak|0.97
p:dus ze|parafrase|0.97
p:dus ze|gevoelsreflectie|-0.97
p:dus zijn|ik-boodschap|0.94
p:duurt het|moraliseren|0.9
p:duurt het|geruststellen|-0.99
p:dwars doet|jij-boodschap|-0.97
p:echt achter|waarschuwen|-0.96
p:echt afronden|gevoelsreflectie|-0.98
p:echt afronden|vervolgafspraak|-0.98
p:echt afsluiten|vervolgafspraak|-0.84
p:echt dat|geruststellen|1.55
p:echt de|jij-boodschap|0.78
p:echt de|adviseren|-0.9
p:echt dit|jij-boodschap|-0.9
p:echt een|jij-boodschap|-1.06
p:echt een|gevoelsreflectie|0.93
p:echt een|argumenteren|-0.93
p:echt een|bekritiseren|-1.0
p:echt een|etiketteren|1.01
p:echt fijn|ik-boodschap|2.56
p:echt gedrag|geruststellen|-0.64
p:echt geen|jij-boodschap|-0.65
p:echt geen|open-vraag|0.67
p:echt geen|bekritiseren|0.67
p:echt geen|geruststellen|0.95
p:echt gemeen|bekritiseren|0.95
p:echt geschrokken|ik-boodschap|0.97
p:echt goed|gevoelsreflectie|0.99
p:echt hard|bekritiseren|-0.94
p:echt heel|bekritiseren|1.01
p:echt het|adviseren|0.91
p:echt irritant|bekritiseren|0.99
p:echt kwalijk|ik-boodschap|-0.64
p:echt nergens|bevelen|-1.0
p:echt nergens|bekritiseren|1.0
p:echt nergens|vervolgafspraak|-1.0
p:echt niet|parafrase|-0.99
p:echt niet|waarschuwen|0.97
p:echt niet|argumenteren|0.98
p:echt niet|bekritiseren|0.2
p:echt niet|geruststellen|2.65
p:echt onbeschoft|geruststellen|-0.99
p:echt ongemotiveerd|etiketteren|-0.92
p:echt ongepast|geruststellen|-0.85
p:echt ontdaan|geruststellen|-0.99
p:echt rot|ik-boodschap|-0.57
p:echt rot|gevoelsreflectie|-1.8
p:echt sandra|geruststellen|0.96
p:echt slecht|jij-boodschap|0.8
p:echt tof|ik-boodschap|0.9
p:echt van|open-vraag|-0.66
p:echt van|bekritiseren|-0.96
p:echt van|geruststellen|-1.92
p:echt wel|prijzen|0.14
p:echt wel|etiketteren|-0.98
p:echt wel|geruststellen|2.56
p:echt zo'n|jij-boodschap|0.65
p:echt zorgen|ik-boodschap|-1.9
p:echt zorgen|open-vraag|-0.96
p:echt zorgen|geruststellen|-0.73
p:echte pestkop|etiketteren|0.98
p:echte pestkop|afleiden|-0.98
p:echte pitbull|jij-boodschap|0.97
p:een 1|moraliseren|-0.89
p:een 1|argumenteren|0.96
p:een 1|interpreteren|-0.99
p:een 3|argumenteren|0.91
p:een 4|ik-boodschap|0.73
p:een 4|jij-boodschap|-0.75
p:een 4|gevoelsreflectie|0.84
p:een 4|moraliseren|-0.96
p:een 4|argumenteren|3.38
p:een 4|bekritiseren|-0.81
p:een 4|afleiden|0.27
p:een 5|jij-boodschap|-0.75
p:een 5|argumenteren|1.85
p:een 5|bekritiseren|-0.81
p:een 5|interpreteren|-0.94
p:een 6|parafrase|0.91
p:een 6|argumenteren|0.88
p:een 7|ik-boodschap|0.73
p:een 7|argumenteren|-0.9
p:een 7|prijzen|0.65
p:een 8|argumenteren|-0.96
p:een 8|geruststellen|-0.96
p:een achterstand|argumenteren|-0.96
p:een afspraak|ik-boodschap|-0.94
p:een afspraak|samenvatting|0.9
p:een afspraak|vervolgafspraak|-0.85
p:een ander|parafrase|0.87
p:een ander|samenvatting|-0.93
p:een ander|moraliseren|0.92
p:een ander|etiketteren|-0.91
p:een ander|afleiden|0.88
p:een andere|parafrase|1.93
p:een andere|adviseren|-0.97
p:een andere|bekritiseren|-0.97
p:een baby|afleiden|-0.86
p:een beetje|gevoelsreflectie|1.61
p:een beetje|open-vraag|0.7
p:een beetje|interpreteren|1.8
p:een beetje|afronding-aankondigen|-0.97
p:een beetje|vervolgafspraak|-0.95
p:een beloningssysteem|jij-boodschap|-1.0
p:een beloningssysteem|open-vraag|-1.0
p:een beloningssysteem|aanmoediging|-1.0
p:een beloningssysteem|adviseren|0.96
p:een beloningssysteem|geruststellen|-1.0
p:een beloningssysteem|vervolgafspraak|-1.0
p:een betrokken|geruststellen|-0.92
p:een bijbaantje|moraliseren|-0.97
p:een blauw|ik-boodschap|0.93
p:een cijfer|afleiden|-0.9
p:een deadline|argumenteren|0.96
p:een dipje|geruststellen|1.85
p:een dipje|afleiden|-0.87
p:een docent|moraliseren|1.68
p:een docent|bekritiseren|0.67
p:een docent|ondervragen|1.0
p:een domme|argumenteren|-0.93
p:een domme|etiketteren|-0.99
p:een doordeweekse|adviseren|-0.99
p:een doordeweekse|bedanken|-0.99
p:een echte|jij-boodschap|0.97
p:een echte|etiketteren|0.98
p:een echte|afleiden|-0.98
p:een eind|argumenteren|-0.94
p:een eind|vervolgafspraak|-0.85
p:een en|aanmoediging|0.71
p:een ettertje|jij-boodschap|0.79
p:een extra|adviseren|-0.9
p:een extra|prijzen|0.9
p:een extra|etiketteren|-0.9
p:een fase|argumenteren|-0.95
p:een feit|argumenteren|0.99
p:een feit|geruststellen|-0.97
p:een fijne|waarschuwen|-1.0
p:een fijne|afleiden|-1.0
p:een fijne|bedanken|-0.92
p:een gemiddelde|adviseren|-0.99
p:een gemiddelde|argumenteren|0.99
p:een gesprek|jij-boodschap|-0.93
p:een gesprek|parafrase|0.8
p:een gesprek|samenvatting|0.78
p:een gesprek|bekritiseren|-1.23
p:een gesprek|ondervragen|0.93
p:een gesprek|vervolgafspraak|0.86
p:een gesprekje|samenvatting|-0.79
p:een gesprekje|vervolgafspraak|0.99
p:een geweldige|prijzen|0.97
p:een gewone|vervolgafspraak|-0.88
p:een goed|adviseren|0.82
p:een goede|parafrase|-0.97
p:een goede|moraliseren|1.84
p:een goede|bekritiseren|-0.98
p:een goede|afleiden|-0.92
p:een groot|geruststellen|-0.91
p:een grote|moraliseren|-0.9
p:een heel|bevelen|-1.82
p:een heel|waarschuwen|-0.5
p:een heel|prijzen|0.98
p:een heel|afleiden|-0.99
p:een huiswerkinstituut|adviseren|1.0
p:een huiswerkinstituut|ondervragen|-1.0
p:een idee|moraliseren|-1.88
p:een idee|adviseren|1.0
p:een idee|argumenteren|-0.8
p:een jaar|geruststellen|1.87
p:een keer|samenvatting|0.99
p:een keer|bevelen|0.89
p:een keer|waarschuwen|0.99
p:een keer|adviseren|-1.94
p:een keer|vervolgafspraak|-1.72
p:een kind|gevoelsreflectie|-0.88
p:een kind|moraliseren|2.86
p:een kind|argumenteren|-1.0
p:een kind|prijzen|-1.0
p:een kind|ondervragen|-1.0
p:een klager|etiketteren|0.89
p:een klap|geruststellen|0.92
p:een kleuter|geruststellen|-0.64
p:een kleuterachtig|bekritiseren|-0.24
p:een kleuterachtig|etiketteren|0.9
p:een kwestie|argumenteren|-0.99
p:een kwestie|interpreteren|-0.99
p:een kwestie|geruststellen|0.99
p:een laptop|afleiden|-0.99
p:een lastige|argumenteren|-0.84
p:een lastpak|jij-boodschap|0.56
p:een leerling|waarschuwen|-0.16
p:een leerling|moraliseren|0.94
p:een leerling|argumenteren|-1.0
p:een luilak|jij-boodschap|0.88
p:een maand|geruststellen|-0.97
p:een maand|afleiden|-0.95
p:een maand|afronding-aankondigen|-0.99
p:een maand|vervolgafspraak|0.77
p:een maandje|geruststellen|0.97
p:een mail|ik-boodschap|-1.0
p:een mail|samenvatting|-0.89
p:een mail|argumenteren|-0.71
p:een mail|vervolgafspraak|1.0
p:een manier|bekritiseren|-0.99
p:een mooi|afleiden|0.99
p:een mooie|samenvatting|-0.99
p:een mooie|moraliseren|-1.0
p:een mooie|afleiden|0.99
p:een nieuw|afronding-aankondigen|0.14
p:een nieuw|vervolgafspraak|1.0
p:een nieuw|bedanken|-0.66
p:een nieuwe|prijzen|-0.96
p:een nieuwe|vervolgafspraak|0.9
p:een nieuwe|bedanken|0.67
p:een nogal|bekritiseren|0.94
p:een onbetrouwbare|bekritiseren|-1.79
p:een onbetrouwbare|etiketteren|0.93
p:een ongepaste|bekritiseren|0.89
p:een onvoldoende|argumenteren|-0.9
p:een onvoldoende|geruststellen|-0.88
p:een onvoldoende|afleiden|0.9
p:een onzin|moraliseren|0.98
p:een onzin|bekritiseren|0.98
p:een onzinverhaal|bekritiseren|2.72
p:een oplossing|adviseren|-0.83
p:een ordinaire|jij-boodschap|1.0
p:een ordinaire|etiketteren|1.0
p:een overbezorgde|jij-boodschap|0.92
p:een paar|parafrase|-0.99
p:een paar|etiketteren|-0.91
p:een paar|geruststellen|0.88
p:een paar|afleiden|0.93
p:een plan|adviseren|-0.92
p:een planning|ik-boodschap|0.93
p:een planning|vervolgafspraak|0.93
p:een planningsmaatje|bedanken|-0.91
p:een presentatie|waarschuwen|-0.99
p:een probleem|jij-boodschap|-0.79
p:een probleem|samenvatting|0.95
p:een probleem|waarschuwen|1.0
p:een probleem|argumenteren|-0.99
p:een probleem|interpreteren|0.99
p:een puber|etiketteren|0.99
p:een punt|afronding-aankondigen|0.77
p:een punt|vervolgafspraak|-0.94
p:een rechtszaak|jij-boodschap|0.65
p:een regen|afleiden|0.68
p:een rij|vervolgafspraak|-0.98
p:een rijtje|ik-boodschap|-0.91
p:een rijtje|samenvatting|0.99
p:een rotmoment|gevoelsreflectie|0.93
p:een schorsing|gevoelsreflectie|-0.88
p:een schorsing|moraliseren|0.95
p:een schrik|gevoelsreflectie|0.98
p:een slechte|open-vraag|-0.95
p:een slechte|geruststellen|1.79
p:een slechte|afleiden|0.95
p:een slimme|adviseren|0.92
p:een slimme|prijzen|0.92
p:een slordig|bekritiseren|0.99
p:een slordige|argumenteren|-0.98
p:een slordige|bekritiseren|-0.98
p:een spreker|ik-boodschap|0.99
p:een strafwerk|parafrase|-1.0
p:een strafwerk|waarschuwen|-0.78
p:een strafwerk|prijzen|1.0
p:een strafwerk|geruststellen|-1.0
p:een streep|ik-boodschap|-1.0
p:een streep|afronding-aankondigen|1.0
p:een studiecoach|geruststellen|-0.99
p:een stuk|jij-boodschap|-2.55
p:een stuk|bekritiseren|-1.0
p:een stuk|etiketteren|1.0
p:een super|etiketteren|-0.94
p:een te|argumenteren|0.96
p:een telefoon|bevelen|-0.98
p:een toets|ik-boodschap|-0.64
p:een toets|moraliseren|-0.89
p:een toets|argumenteren|0.14
p:een toets|bekritiseren|-0.95
p:een toets|geruststellen|0.96
p:een toets|vervolgafspraak|-0.8
p:een tolk|vervolgafspraak|0.91
p:een typisch|etiketteren|0.95
p:een typische|prijzen|-0.99
p:een uitzondering|afleiden|-0.92
p:een uur|moraliseren|-0.93
p:een uur|geruststellen|-0.93
p:een vader|moraliseren|0.96
p:een vast|adviseren|0.92
p:een vast|prijzen|-0.91
p:een vaste|samenvatting|0.82
p:een vaste|moraliseren|-0.91
p:een vaste|adviseren|1.91
p:een vaste|argumenteren|-0.8
p:een vechtersbaas|etiketteren|0.95
p:een verband|gevoelsreflectie|-0.97
p:een verstandig|interpreteren|-0.99
p:een verwend|adviseren|-0.98
p:een verwend|etiketteren|0.99
p:een verwijzing|gevoelsreflectie|0.88
p:een vier|argumenteren|0.98
p:een vier|etiketteren|-0.98
p:een vijf|moraliseren|-0.79
p:een vijf|argumenteren|0.98
p:een vijf|etiketteren|-0.98
p:een voldoende|parafrase|-1.8
p:een voldoende|moraliseren|-0.95
p:een voldoende|argumenteren|0.84
p:een voorbeeld|aanmoediging|-0.96
p:een vreselijke|jij-boodschap|-0.99
p:een vreselijke|bekritiseren|0.99
p:een vreselijke|afleiden|-0.99
p:een vrolijke|etiketteren|-0.96
p:een waardeloze|bekritiseren|1.83
p:een week|bevelen|-0.97
p:een weekplanner|adviseren|1.0
p:een weekplanner|etiketteren|-1.0
p:een weekplanner|geruststellen|1.0
p:een weekplanning|samenvatting|-0.99
p:een weer|moraliseren|-1.0
p:een weer|bekritiseren|-0.82
p:een weer|afleiden|1.0
p:een weerbaarheidstraining|gevoelsreflectie|-0.87
p:een wekker|adviseren|0.78
p:een zes|argumenteren|0.98
p:een zes|etiketteren|-0.98
p:een zeurpiet|jij-boodschap|1.0
p:een zeurpiet|bekritiseren|-1.0
p:een zie|vervolgafspraak|0.94
p:een zie|bedanken|0.94
p:eenmaal bij|bevelen|-0.92
p:eenmaal bij|moraliseren|-0.92
p:eenmaal bij|interpreteren|-0.7
p:eenmaal bij|geruststellen|-0.92
p:eenmaal bij|afleiden|0.93
p:eenmaal de|jij-boodschap|0.4
p:eenmaal druk|argumenteren|-0.96
p:eenmaal een|argumenteren|0.83
p:eenmaal onvoldoende|moraliseren|-0.79
p:eenmaal plichten|moraliseren|1.76
p:eenmaal plichten|argumenteren|-0.9
p:eenmaal te|moraliseren|-0.96
p:eenmaal te|afleiden|-0.7
p:eenmaal wiskunde|argumenteren|0.96
p:eenmaal zijn|moraliseren|0.96
p:eenmaal zijn|argumenteren|-0.96
p:eenmaal zo|moraliseren|0.99
p:eenmaal zo|argumenteren|0.23
p:eens bij|gevoelsreflectie|0.88
p:eens buiten|ik-boodschap|1.48
p:eens de|bevelen|-1.0
p:eens doet|gevoelsreflectie|-0.88
p:eens doet|moraliseren|0.95
p:eens een|jij-boodschap|-1.0
p:eens een|open-vraag|-1.0
p:eens een|aanmoediging|-1.0
p:eens een|adviseren|0.96
p:eens een|geruststellen|-0.88
p:eens en|bevelen|-0.87
p:eens en|waarschuwen|1.0
p:eens even|bevelen|1.0
p:eens even|adviseren|-1.0
p:eens gedacht|adviseren|1.0
p:eens gedacht|ondervragen|-1.0
p:eens het|afleiden|-0.9
p:eens hoe|samenvatting|-0.94
p:eens hoe|bedanken|-0.99
p:eens hulp|adviseren|1.0
p:eens je|bekritiseren|1.0
p:eens met|ik-boodschap|0.97
p:eens met|moraliseren|-0.95
p:eens met|adviseren|1.76
p:eens met|prijzen|-0.92
p:eens met|geruststellen|-0.98
p:eens met|vervolgafspraak|-1.0
p:eens op|bevelen|0.99
p:eens op|adviseren|0.9
p:eens op|bekritiseren|-0.12
p:eens op|afleiden|-0.9
p:eens uitscheldt|vervolgafspraak|-0.99
p:eens voorkomt|interpreteren|-1.0
p:eens vragen|ik-boodschap|-1.0
p:eens vragen|waarschuwen|-1.0
p:eens wat|open-vraag|1.0
p:eens wat|adviseren|-0.86
p:eens wat|afleiden|0.99
p:eens weg|adviseren|-0.95
p:eentje met|ik-boodschap|-0.9
p:eentje met|samenvatting|-0.9
p:eentje op|moraliseren|-0.92
p:eentje op|interpreteren|-0.67
p:eenvoudig is|argumenteren|0.96
p:eerder had|bekritiseren|0.31
p:eerder moeten|bekritiseren|-2.44
p:eerder naar|gevoelsreflectie|0.99
p:eerder naar|adviseren|0.99
p:eerder naar|bekritiseren|0.74
p:eerder zou|parafrase|1.0
p:eerder zou|open-vraag|-1.0
p:eerlijk bent|interpreteren|-0.92
p:eerlijk bent|bedanken|0.97
p:eerlijk cijfer|ik-boodschap|1.0
p:eerlijk duurt|moraliseren|0.9
p:eerlijk duurt|geruststellen|-0.99
p:eerlijk gezegd|ik-boodschap|-0.99
p:eerlijk gezegd|jij-boodschap|0.79
p:eerlijk gezegd|parafrase|-0.91
p:eerlijk gezegd|open-vraag|-1.0
p:eerlijk gezegd|aanmoediging|-0.65
p:eerlijk gezegd|waarschuwen|-0.99
p:eerlijk gezegd|bekritiseren|-0.99
p:eerlijk gezegd|prijzen|-0.98
p:eerlijk gezegd|afleiden|-0.98
p:eerlijk gezegd|afronding-aankondigen|-1.96
p:eerlijk gezegd|vervolgafspraak|-1.0
p:eerlijk tegen|interpreteren|-0.94
p:eerlijk tegenover|argumenteren|0.64
p:eerlijk tot|argumenteren|-0.92
p:eerlijk zijn|open-vraag|1.0
p:eerlijk zijn|moraliseren|1.0
p:eerlijkheid tess|bedanken|0.92
p:eerst de|bevelen|0.91
p:eerst je|bevelen|-0.9
p:eerst je|adviseren|0.89
p:eerst over|samenvatting|-0.99
p:eerst over|afleiden|0.99
p:eerst zijn|gevoelsreflectie|-0.96
p:eerst zijn|adviseren|0.99
p:eerst zitten|bevelen|0.97
p:eerst zitten|geruststellen|-0.97
p:eerste aanpakken|ik-boodschap|-0.87
p:eerste aanpakken|parafrase|-1.0
p:eerste aanpakken|samenvatting|2.96
p:eerste aanpakken|open-vraag|0.87
p:eerste aanpakken|afronding-aankondigen|-1.0
p:eerste en|argumenteren|-0.91
p:eerste en|geruststellen|0.74
p:eerste klas|bedanken|-0.92
p:eerste opdracht|ik-boodschap|0.93
p:eerste tien|ik-boodschap|0.96
p:eerste uitleg|parafrase|-0.99
p:eerste uur|vervolgafspraak|0.92
p:eerste week|samenvatting|-0.94
p:eerste week|open-vraag|-0.87
p:eerste week|argumenteren|1.0
p:eerste weken|gevoelsreflectie|-1.0
p:eerste weken|open-vraag|1.0
p:eerste weken|moraliseren|-0.99
p:eerste weken|bekritiseren|-0.99
p:eerste weken|prijzen|-1.0
p:eerste weken|interpreteren|-0.99
p:eerste weken|afleiden|0.99
p:eeuw een|geruststellen|-0.96
p:eigen verantwoordelijkheid|moraliseren|0.75
p:eigenlijk ?|open-vraag|-1.73
p:eigenlijk ?|afleiden|0.99
p:eigenlijk bang|ik-boodschap|-0.89
p:eigenlijk bang|prijzen|-0.98
p:eigenlijk bang|geruststellen|-0.99
p:eigenlijk boos|interpreteren|0.91
p:eigenlijk dat|gevoelsreflectie|-0.93
p:eigenlijk dat|prijzen|-0.93
p:eigenlijk doen|open-vraag|-0.98
p:eigenlijk doen|afleiden|0.98
p:eigenlijk een|parafrase|0.79
p:eigenlijk een|samenvatting|-0.93
p:eigenlijk gewoon|waarschuwen|-0.97
p:eigenlijk in|open-vraag|0.98
p:eigenlijk in|afleiden|-0.97
p:eigenlijk naar|parafrase|0.97
p:eigenlijk naar|gevoelsreflectie|-0.97
p:eigenlijk van|afleiden|0.95
p:eigenlijk vindt|interpreteren|0.98
p:eigenlijk wil|waarschuwen|-0.91
p:eind aan|argumenteren|-0.94
p:eind aan|vervolgafspraak|-0.85
p:eind van|ik-boodschap|-0.7
p:eind van|waarschuwen|0.91
p:einde van|afleiden|0.9
p:eindelijk eens|bekritiseren|1.0
p:elf fouten|parafrase|0.86
p:elf fouten|argumenteren|0.97
p:elf uur|ondervragen|0.9
p:elkaar blijven|afronding-aankondigen|0.95
p:elkaar heen|afronding-aankondigen|-0.89
p:elkaar is|afleiden|-0.99
p:elkaar komen|adviseren|-0.93
p:elkaar neem|gevoelsreflectie|-0.98
p:elkaar om|moraliseren|0.94
p:elkaar weer|ik-boodschap|-1.0
p:elkaar weer|samenvatting|-0.89
p:elkaar weer|vervolgafspraak|1.0
p:elke avond|jij-boodschap|0.9
p:elke avond|adviseren|1.73
p:elke dag|jij-boodschap|-0.98
p:elke dag|gevoelsreflectie|0.99
p:elke dag|waarschuwen|-0.99
p:elke dag|geruststellen|0.63
p:elke dag|ondervragen|0.98
p:elke dag|afleiden|-0.92
p:elke dinsdag|parafrase|-0.9
p:elke dinsdag|samenvatting|0.85
p:elke dinsdag|adviseren|-0.93
p:elke keer|ik-boodschap|-0.97
p:elke keer|jij-boodschap|1.34
p:elke keer|bekritiseren|1.34
p:elke klas|afleiden|0.92
p:elke les|ik-boodschap|0.95
p:elke les|jij-boodschap|0.95
p:elke les|samenvatting|-0.96
p:elke les|bekritiseren|0.95
p:elke ochtend|ik-boodschap|1.48
p:elke ochtend|gevoelsreflectie|-0.96
p:elke puber|geruststellen|0.23
p:elke puber|afleiden|0.87
p:elke zondag|bekritiseren|-0.78
p:emma vaker|geruststellen|-0.92
p:emma vorige|ik-boodschap|0.68
p:emotioneel van|open-vraag|-0.99
p:emotioneel van|bedanken|0.82
p:emre vaker|interpreteren|-0.99
p:en al|aanmoediging|0.71
p:en als|jij-boodschap|1.6
p:en als|waarschuwen|-0.96
p:en als|argumenteren|0.96
p:en als|bekritiseren|1.87
p:en ben|parafrase|0.97
p:en ben|moraliseren|-0.97
p:en bij|samenvatting|-1.0
p:en daar|ik-boodschap|3.65
p:en daar|waarschuwen|-0.99
p:en daar|bekritiseren|-0.95
p:en daar|vervolgafspraak|-0.97
p:en daardoor|ik-boodschap|0.41
p:en daarom|jij-boodschap|-0.97
p:en dan|ik-boodschap|2.79
p:en dan|jij-boodschap|0.9
p:en dan|gevoelsreflectie|-0.96
p:en dan|open-vraag|0.94
p:en dan|bevelen|-0.94
p:en dan|bekritiseren|0.77
p:en dan|geruststellen|-0.5
p:en dan|afronding-aankondigen|-0.94
p:en dan|vervolgafspraak|0.93
p:en dat|ik-boodschap|2.55
p:en dat|parafrase|0.93
p:en dat|samenvatting|-0.99
p:en dat|open-vraag|-0.95
p:en dat|aanmoediging|-1.0
p:en dat|bevelen|-1.0
p:en dat|waarschuwen|-1.0
p:en dat|moraliseren|-1.0
p:en dat|adviseren|-1.0
p:en dat|argumenteren|-2.55
p:en dat|bekritiseren|-1.81
p:en dat|prijzen|-1.0
p:en dat|etiketteren|-1.0
p:en dat|interpreteren|-1.0
p:en dat|geruststellen|-1.99
p:en dat|ondervragen|-1.0
p:en dat|afleiden|-1.0
p:en dat|afronding-aankondigen|-1.15
p:en dat|vervolgafspraak|1.78
p:en dat|bedanken|-1.79
p:en de|ik-boodschap|-0.93
p:en de|jij-boodschap|-0.78
p:en de|argumenteren|-0.99
p:en de|vervolgafspraak|-0.98
p:en de|bedanken|-0.92
p:en die|jij-boodschap|-0.92
p:en donderdag|ik-boodschap|-0.99
p:en een|jij-boodschap|-0.75
p:en een|argumenteren|2.69
p:en een|bekritiseren|-0.81
p:en een|etiketteren|-0.98
p:en er|argumenteren|-0.71
p:en extra|jij-boodschap|-0.98
p:en fay|open-vraag|0.7
p:en ga|bevelen|1.49
p:en haal|vervolgafspraak|-0.99
p:en heeft|open-vraag|-1.0
p:en heeft|aanmoediging|-0.95
p:en het|ik-boodschap|-0.98
p:en het|parafrase|-1.0
p:en het|samenvatting|0.8
p:en het|argumenteren|-0.82
p:en het|afronding-aankondigen|-0.82
p:en het|vervolgafspraak|1.0
p:en het|bedanken|-1.0
p:en hij|parafrase|0.86
p:en hij|argumenteren|0.97
p:en hoe|ondervragen|-0.98
p:en iedereen|jij-boodschap|0.99
p:en iedereen|samenvatting|-0.99
p:en iedereen|bekritiseren|0.99
p:en ik|ik-boodschap|2.58
p:en ik|parafrase|-0.9
p:en ik|gevoelsreflectie|-1.76
p:en ik|samenvatting|0.88
p:en ik|aanmoediging|-0.65
p:en ik|adviseren|-1.0
p:en ik|bekritiseren|-0.99
p:en ik|afronding-aankondigen|0.11
p:en ik|vervolgafspraak|-0.9
p:en ik|bedanken|0.82
p:en je|ik-boodschap|-0.87
p:en je|jij-boodschap|-0.93
p:en je|parafrase|-0.96
p:en je|gevoelsreflectie|-0.95
p:en je|samenvatting|4.62
p:en je|waarschuwen|2.0
p:en je|argumenteren|-0.96
p:en je|bekritiseren|-0.94
p:en je|geruststellen|-0.98
p:en je|vervolgafspraak|-0.95
p:en jij|afronding-aankondigen|0.95
p:en jij|bedanken|0.75
p:en kan|vervolgafspraak|0.92
p:en kijk|ik-boodschap|-0.93
p:en kijk|jij-boodschap|-0.87
p:en kijk|bevelen|1.0
p:en kijk|waarschuwen|-1.0
p:en kijk|argumenteren|-1.0
p:en kijk|etiketteren|-1.0
p:en kijken|afleiden|0.99
p:en kon|ik-boodschap|0.93
p:en kon|gevoelsreflectie|-0.83
p:en krijgt|moraliseren|-0.89
p:en laat|samenvatting|-0.74
p:en laat|bedanken|-0.82
p:en loopt|ik-boodschap|0.98
p:en loopt|samenvatting|-0.98
p:en maakt|gevoelsreflectie|0.83
p:en maandag|afronding-aankondigen|-0.93
p:en met|open-vraag|-0.87
p:en met|ondervragen|0.98
p:en mevrouw|samenvatting|-0.79
p:en mevrouw|vervolgafspraak|0.99
p:en moet|vervolgafspraak|-0.91
p:en nooit|ik-boodschap|-0.97
p:en nooit|jij-boodschap|-0.81
p:en nooit|bekritiseren|0.97
p:en om|samenvatting|0.99
p:en onnodig|bekritiseren|0.95
p:en ook|argumenteren|-0.91
p:en ook|geruststellen|0.74
p:en op|samenvatting|0.74
p:en op|afronding-aankondigen|0.98
p:en over|ik-boodschap|-0.91
p:en over|samenvatting|0.1
p:en over|bekritiseren|-0.95
p:en over|afleiden|-0.95
p:en over|afronding-aankondigen|0.9
p:en reageert|afronding-aankondigen|-0.98
p:en thuis|parafrase|-0.81
p:en thuis|gevoelsreflectie|-0.94
p:en thuis|samenvatting|1.0
p:en thuis|bekritiseren|-0.88
p:en thuis|afronding-aankondigen|1.0
p:en thuis|bedanken|1.0
p:en toch|parafrase|0.92
p:en toch|samenvatting|-0.77
p:en toen|jij-boodschap|0.92
p:en toen|aanmoediging|0.97
p:en toen|bekritiseren|0.83
p:en u|jij-boodschap|1.34
p:en u|parafrase|-1.71
p:en u|samenvatting|3.67
p:en u|bekritiseren|2.05
p:en u|bedanken|0.96
p:en verder|aanmoediging|1.0
p:en volgende|samenvatting|-0.81
p:en voor|argumenteren|-0.9
p:en waarom|ik-boodschap|-0.59
p:en waarom|samenvatting|-1.0
p:en waarom|bevelen|-1.0
p:en waarom|prijzen|-1.0
p:en waarom|ondervragen|2.0
p:en wanneer|afleiden|-0.95
p:en was|ik-boodschap|-0.63
p:en was|samenvatting|-0.99
p:en wat|samenvatting|-0.96
p:en wat|open-vraag|-0.98
p:en wat|aanmoediging|0.96
p:en we|ik-boodschap|-1.0
p:en we|samenvatting|-0.89
p:en we|vervolgafspraak|1.0
p:en weet|open-vraag|-0.87
p:en wekelijks|parafrase|-0.91
p:en ze|ik-boodschap|-0.98
p:en ze|samenvatting|0.99
p:en ze|afleiden|-0.98
p:en zijn|parafrase|-0.91
p:en zijn|samenvatting|0.96
p:en zit|ik-boodschap|-0.97
p:en zo|argumenteren|-0.96
p:eng vindt|interpreteren|-0.94
p:engels een|argumenteren|-0.9
p:engels je|ik-boodschap|0.93
p:engels je|vervolgafspraak|0.93
p:engels niet|samenvatting|-1.0
p:enkel bericht|jij-boodschap|1.85
p:enkel bericht|bekritiseren|1.06
p:enkel bericht|bedanken|-0.99
p:enkel respect|moraliseren|-0.75
p:enkel vak|open-vraag|-1.0
p:enkel vak|waarschuwen|-1.0
p:enkel verslag|ik-boodschap|0.98
p:enkel verslag|jij-boodschap|-0.98
p:enkel verslag|bekritiseren|-0.98
p:enkele afspraak|jij-boodschap|1.0
p:enkele afspraak|bekritiseren|1.0
p:enkele afspraak|geruststellen|-1.0
p:enkele huiswerkopdracht|ik-boodschap|1.57
p:enkele huiswerkopdracht|jij-boodschap|-0.98
p:enkele huiswerkopdracht|argumenteren|-0.96
p:enkele huiswerkopdracht|bekritiseren|-0.65
p:enkele opdracht|ik-boodschap|0.94
p:enkele school|jij-boodschap|-0.91
p:enkele school|bekritiseren|-0.96
p:enorm als|waarschuwen|0.75
p:enorm hoe|prijzen|0.92
p:enorm hoe|vervolgafspraak|-0.92
p:enorm hoe|bedanken|-0.75
p:er ?|ondervragen|1.0
p:er aan|gevoelsreflectie|0.97
p:er allebei|ik-boodschap|0.97
p:er allebei|afronding-aankondigen|0.97
p:er allebei|vervolgafspraak|-0.94
p:er begon|parafrase|0.99
p:er begon|geruststellen|-0.99
p:er bent|parafrase|-0.99
p:er bent|gevoelsreflectie|-0.99
p:er bent|bedanken|-0.97
p:er best|open-vraag|1.0
p:er bij|open-vraag|1.0
p:er bij|geruststellen|-0.97
p:er bij|vervolgafspraak|-0.88
p:er boos|gevoelsreflectie|0.97
p:er de|vervolgafspraak|0.94
p:er door|gevoelsreflectie|0.67
p:er drie|ik-boodschap|0.61
p:er dus|parafrase|0.99
p:er dus|geruststellen|-0.99
p:er echt|ik-boodschap|-0.9
p:er echt|gevoelsreflectie|0.98
p:er echt|open-vraag|-0.66
p:er echt|geruststellen|-0.24
p:er een|ik-boodschap|-0.64
p:er een|gevoelsreflectie|0.67
p:er een|moraliseren|0.95
p:er een|argumenteren|-0.99
p:er een|interpreteren|0.99
p:er eerlijk|ik-boodschap|-1.99
p:er eerlijk|prijzen|-0.98
p:er eerlijk|afleiden|-0.98
p:er eerlijk|afronding-aankondigen|-1.0
p:er emotioneel|open-vraag|-0.99
p:er gebeurt|adviseren|-0.94
p:er gebeurt|bekritiseren|-0.81
p:er geen|gevoelsreflectie|-0.91
p:er gewoon|jij-boodschap|1.65
p:er gewoon|bekritiseren|1.15
p:er gewoon|interpreteren|-1.56
p:er gisteren|ik-boodschap|-0.92
p:er iets|jij-boodschap|-0.85
p:er iets|gevoelsreflectie|-0.82
p:er iets|vervolgafspraak|0.91
p:er in|ik-boodschap|0.97
p:er in|moraliseren|-0.99
p:er in|bekritiseren|-0.99
p:er in|interpreteren|-0.99
p:er in|afleiden|1.03
p:er komt|argumenteren|-0.71
p:er leerlingen|open-vraag|-0.94
p:er leerlingen|waarschuwen|-0.92
p:er machteloos|afronding-aankondigen|-0.94
p:er meteen|bekritiseren|0.93
p:er moe|ik-boodschap|0.97
p:er moe|afronding-aankondigen|0.97
p:er moeilijk|open-vraag|-0.96
p:er niet|jij-boodschap|0.32
p:er niet|argumenteren|0.7
p:er niets|jij-boodschap|0.9
p:er niets|bekritiseren|0.77
p:er niets|geruststellen|-0.5
p:er nog|bekritiseren|0.91
p:er nooit|jij-boodschap|-0.93
p:er nooit|bekritiseren|-1.23
p:er nooit|ondervragen|0.93
p:er nou|afleiden|-0.7
p:er nu|ik-boodschap|-1.0
p:er nu|gevoelsreflectie|-0.78
p:er nu|samenvatting|-1.0
p:er nu|argumenteren|-0.94
p:er nu|afronding-aankondigen|1.0
p:er onrustig|afronding-aankondigen|-0.95
p:er ook|jij-boodschap|-0.77
p:er ook|prijzen|1.0
p:er ook|etiketteren|-1.0
p:er ook|vervolgafspraak|1.0
p:er oprecht|ik-boodschap|0.73
p:er steeds|ik-boodschap|0.9
p:er straks|ik-boodschap|0.95
p:er thuis|gevoelsreflectie|-0.97
p:er thuis|open-vraag|-0.32
p:er thuis|bekritiseren|0.59
p:er thuis|interpreteren|0.81
p:er thuis|geruststellen|0.95
p:er thuis|ondervragen|-0.9
p:er thuis|afronding-aankondigen|-0.98
p:er toen|parafrase|1.0
p:er toen|samenvatting|-0.96
p:er twee|vervolgafspraak|-0.98
p:er verdrietig|ik-boodschap|0.99
p:er volgens|parafrase|-0.99
p:er voor|open-vraag|1.0
p:er voor|afronding-aankondigen|0.77
p:er voor|bedanken|0.94
p:er wakker|geruststellen|0.97
p:er was|bekritiseren|-0.95
p:er was|afronding-aankondigen|0.95
p:er was|bedanken|0.75
p:er zelf|ik-boodschap|-0.88
p:er zelf|parafrase|-0.99
p:er zelf|gevoelsreflectie|0.96
p:er zijn|argumenteren|0.98
p:er zijn|afleiden|1.82
p:eraan dat|bekritiseren|-0.19
p:erbij ?|adviseren|-0.93
p:erbij ?|vervolgafspraak|0.9
p:erbij ?|bedanken|-0.95
p:erbij goed|afleiden|-1.0
p:erbij ik|parafrase|0.8
p:erbij voortzetten|samenvatting|-1.0
p:erbij voortzetten|afronding-aankondigen|1.0
p:erbij voortzetten|vervolgafspraak|1.0
p:erbij voortzetten|bedanken|-1.0
p:erg aan|bekritiseren|-0.67
p:erg bedankt|afronding-aankondigen|-0.96
p:erg dan|jij-boodschap|-1.0
p:erg dan|samenvatting|-1.0
p:erg dan|aanmoediging|-1.0
p:erg dan|moraliseren|-1.0
p:erg dan|bekritiseren|-1.0
p:erg dan|prijzen|-1.0
p:erg dan|geruststellen|1.0
p:erg dan|afronding-aankondigen|-1.0
p:erg dan|bedanken|-1.0
p:erg geschrokken|ik-boodschap|0.91
p:erg hoor|waarschuwen|-1.0
p:erg hoor|geruststellen|1.0
p:erg hoor|afleiden|-0.79
p:erg jammer|ik-boodschap|-0.79
p:erg om|adviseren|-1.0
p:erg om|prijzen|0.92
p:erg om|vervolgafspraak|-0.92
p:erg om|bedanken|-0.75
p:erg onder|gevoelsreflectie|1.0
p:erger me|bekritiseren|-0.19
p:erop dat|open-vraag|-0.67
p:erop dat|geruststellen|-0.89
p:erop dus|prijzen|-0.89
p:erop neer|samenvatting|-0.97
p:eruit ?|parafrase|0.96
p:eruit ?|bedanken|-0.99
p:eruit gekomen|samenvatting|0.9
p:eruit wordt|prijzen|-0.93
p:ervan dat|jij-boodschap|-0.9
p:ervan maar|gevoelsreflectie|0.84
p:ervan maar|afleiden|0.98
p:ervan vindt|bekritiseren|-0.34
p:ervan want|ik-boodschap|1.0
p:ervaren denkt|gevoelsreflectie|-1.0
p:ervaren denkt|open-vraag|1.0
p:ervaren denkt|prijzen|-1.0
p:ervaring als|prijzen|0.96
p:ervaring in|bekritiseren|-0.94
p:ervaring in|prijzen|0.85
p:ervaring in|ondervragen|-0.93
p:ervoor dat|bevelen|0.99
p:esther de|ik-boodschap|-0.97
p:ettertje in|jij-boodschap|0.79
p:eva in|ik-boodschap|-0.91
p:evalueren hoe|samenvatting|-0.9
p:evalueren hoe|open-vraag|-1.0
p:evalueren hoe|moraliseren|-1.0
p:even bellen|vervolgafspraak|1.92
p:even bij|ik-boodschap|-0.97
p:even bij|vervolgafspraak|0.98
p:even checken|parafrase|0.96
p:even de|gevoelsreflectie|0.82
p:even en|samenvatting|-0.81
p:even gebeld|bekritiseren|-0.97
p:even hier|bevelen|0.97
p:even hoe|vervolgafspraak|0.96
p:even iets|bevelen|-1.0
p:even iets|geruststellen|-1.0
p:even iets|afleiden|-0.98
p:even kijken|bevelen|-0.97
p:even kijken|vervolgafspraak|-1.82
p:even laten|afleiden|0.99
p:even laten|afronding-aankondigen|-0.94
p:even met|prijzen|-0.91
p:even met|interpreteren|-0.99
p:even met|afronding-aankondigen|-0.99
p:even naast|samenvatting|-0.78
p:even naast|prijzen|0.93
p:even nadenken|aanmoediging|0.93
p:even nadenken|bevelen|-0.97
p:even niet|ik-boodschap|0.93
p:even niet|gevoelsreflectie|-0.83
p:even op|ik-boodschap|-0.91
p:even op|jij-boodschap|-0.9
p:even samenvat|samenvatting|0.91
p:even samenvat|bevelen|-0.95
p:even samenvatten|parafrase|-0.96
p:even samenvatten|samenvatting|1.8
p:even samenvatten|bedanken|0.92
p:even samenvattend|ik-boodschap|-0.93
p:even samenvattend|argumenteren|-0.82
p:even terug|parafrase|-1.0
p:even uitpraten|bevelen|1.0
p:even uitpraten|moraliseren|-1.0
p:evi vaak|adviseren|-0.99
p:examen maar|gevoelsreflectie|0.92
p:examen maar|geruststellen|0.92
p:examen niet|argumenteren|0.83
p:examenreglement is|argumenteren|0.95
p:examenreglement kan|interpreteren|-0.98
p:examens gewoon|geruststellen|1.0
p:examensecretaris daar|ik-boodschap|-0.92
p:examensecretaris daar|afleiden|-0.92
p:excursie naar|afronding-aankondigen|-0.94
p:excursieformulier nog|waarschuwen|-1.0
p:excuses aan|jij-boodschap|-0.97
p:excuses aan|samenvatting|-0.96
p:excuses aan|bevelen|0.92
p:excuses aan|moraliseren|-0.87
p:excuses aanbieden|bevelen|0.96
p:excuses aanbieden|bekritiseren|-0.96
p:excuses aanbiedt|jij-boodschap|0.8
p:excuses erbij|vervolgafspraak|-0.96
p:expres dat|moraliseren|-0.7
p:extra bijlesuren|etiketteren|-0.94
p:extra hulp|jij-boodschap|-0.98
p:extra opdracht|adviseren|-0.9
p:extra opdracht|prijzen|0.9
p:extra opdracht|etiketteren|-0.9
p:extra uitdaging|interpreteren|0.94
p:fase daar|argumenteren|-0.95
p:fatsoenlijk over|afleiden|-0.7
p:fay zit|open-vraag|0.7
p:feit dat|geruststellen|-0.97
p:feit is|argumenteren|0.7
p:feit je|argumenteren|0.99
p:feiten zijn|argumenteren|0.81
p:feiten zijn|afleiden|-0.99
p:fenna is|argumenteren|-0.98
p:fenna is|bekritiseren|-0.98
p:fiets komen|adviseren|0.97
p:fiets naar|parafrase|-1.0
p:fiets naar|argumenteren|-1.0
p:fiets naar|vervolgafspraak|-1.0
p:fietsenhok gebeurde|open-vraag|1.0
p:fietsenstalling heb|ik-boodschap|0.97
p:fijn bedankt|bekritiseren|0.85
p:fijn bedankt|afronding-aankondigen|-0.92
p:fijn bedankt|bedanken|-1.77
p:fijn dat|ik-boodschap|1.56
p:fijn dat|parafrase|-0.99
p:fijn dat|gevoelsreflectie|-0.99
p:fijn dat|bedanken|0.84
p:fijn om|ik-boodschap|1.0
p:fijn vindt|ik-boodschap|-0.42
p:fijne klas|waarschuwen|-1.0
p:fijne klas|afleiden|-1.0
p:fijne ouder|geruststellen|-0.47
p:fijne ouder|bedanken|-0.92
p:fijne ouders|geruststellen|-0.94
p:filmen meneer|interpreteren|-0.99
p:filmen meneer|afronding-aankondigen|-0.99
p:filmpje en|ik-boodschap|-0.98
p:filmpje waarop|ik-boodschap|0.91
p:finn vaak|ik-boodschap|1.0
p:finn vaak|parafrase|-1.0
p:finn vaak|gevoelsreflectie|-1.0
p:fleur de|vervolgafspraak|-1.0
p:fleur een|samenvatting|-0.99
p:fleur heeft|samenvatting|1.0
p:fleur heeft|afronding-aankondigen|1.0
p:fleur heeft|bedanken|1.0
p:fleur komt|open-vraag|-0.64
p:fleur komt|aanmoediging|-1.0
p:fleur komt|geruststellen|-1.0
p:fleur komt|ondervragen|-1.0
p:fout gedaan|geruststellen|-0.99
p:fout zit|prijzen|-0.91
p:frans en|ik-boodschap|-0.91
p:frans over|parafrase|-0.9
p:frans over|samenvatting|0.85
p:frans praat|ik-boodschap|-0.9
p:frans praat|samenvatting|0.9
p:frustreert me|afronding-aankondigen|0.77
p:frustrerend is|gevoelsreflectie|0.85
p:ga door|open-vraag|-0.99
p:ga door|aanmoediging|1.0
p:ga door|bevelen|-0.99
p:ga er|ik-boodschap|-1.0
p:ga er|afronding-aankondigen|1.0
p:ga het|vervolgafspraak|-0.1
p:ga het|bedanken|-0.96
p:ga ik|bevelen|-0.8
p:ga ik|afleiden|0.98
p:ga je|jij-boodschap|0.74
p:ga je|open-vraag|-0.98
p:ga je|bevelen|0.86
p:ga je|waarschuwen|0.17
p:ga je|moraliseren|0.94
p:ga je|etiketteren|-0.94
p:ga je|ondervragen|-0.95
p:ga je|afleiden|0.98
p:ga maar|gevoelsreflectie|-0.63
p:ga nu|jij-boodschap|0.98
p:ga rechtop|ik-boodschap|-0.93
p:ga rechtop|jij-boodschap|-0.87
p:ga rechtop|bevelen|1.0
p:ga rechtop|waarschuwen|-1.0
p:ga rechtop|argumenteren|-1.0
p:ga rechtop|etiketteren|-1.0
p:ga straks|bevelen|-0.97
p:ga straks|vervolgafspraak|-1.82
p:ga verder|afleiden|-0.91
p:ga zitten|bevelen|2.48
p:ga zitten|waarschuwen|1.0
p:gaan dan|geruststellen|0.98
p:gaan en|gevoelsreflectie|0.83
p:gaan letten|samenvatting|0.96
p:gaan letten|vervolgafspraak|0.96
p:gaan maar|jij-boodschap|0.92
p:gaan maar|bekritiseren|0.83
p:gaan meisjes|moraliseren|1.0
p:gaan meisjes|vervolgafspraak|-1.0
p:gaan praten|adviseren|0.95
p:gaan praten|geruststellen|-0.96
p:gaan zitten|samenvatting|-0.78
p:gaan zitten|prijzen|0.93
p:gaat ?|open-vraag|-1.0
p:gaat ?|moraliseren|-1.0
p:gaat ?|vervolgafspraak|0.81
p:gaat bedankt|samenvatting|0.8
p:gaat bedankt|bedanken|0.92
p:gaat beter|samenvatting|0.82
p:gaat dank|samenvatting|-0.8
p:gaat dank|bedanken|0.8
p:gaat dat|gevoelsreflectie|-1.0
p:gaat dat|bevelen|-0.87
p:gaat dat|moraliseren|1.0
p:gaat die|geruststellen|1.0
p:gaat die|vervolgafspraak|-0.96
p:gaat echt|parafrase|-0.99
p:gaat echt|prijzen|-0.78
p:gaat echt|geruststellen|2.68
p:gaat elke|parafrase|-0.9
p:gaat elke|samenvatting|0.85
p:gaat en|jij-boodschap|-0.97
p:gaat er|gevoelsreflectie|0.77
p:gaat er|samenvatting|-1.0
p:gaat het|jij-boodschap|-0.78
p:gaat het|parafrase|-1.98
p:gaat het|gevoelsreflectie|0.98
p:gaat het|open-vraag|0.7
p:gaat het|adviseren|-0.98
p:gaat het|geruststellen|0.99
p:gaat het|afleiden|1.83
p:gaat het|vervolgafspraak|-0.98
p:gaat hier|prijzen|0.97
p:gaat hij|ik-boodschap|-1.9
p:gaat je|bevelen|0.96
p:gaat je|bekritiseren|-0.96
p:gaat je|geruststellen|0.74
p:gaat mee|bevelen|-0.87
p:gaat met|interpreteren|-0.97
p:gaat met|vervolgafspraak|-0.97
p:gaat morgen|bevelen|0.92
p:gaat morgen|moraliseren|-0.87
p:gaat nu|bevelen|0.97
p:gaat nu|geruststellen|-0.97
p:gaat om|samenvatting|0.99
p:gaat ook|moraliseren|0.96
p:gaat ook|argumenteren|-0.96
p:gaat over|interpreteren|0.98
p:gaat per|geruststellen|-0.99
p:gaat samenwerken|ik-boodschap|0.98
p:gaat samenwerken|samenvatting|-0.98
p:gaat slapen|open-vraag|-0.7
p:gaat thuis|parafrase|1.0
p:gaat thuis|geruststellen|-0.89
p:gaat tijdens|ik-boodschap|-0.93
p:gaat toch|geruststellen|-0.47
p:gaat u|parafrase|0.99
p:gaat u|open-vraag|0.99
p:gaat u|waarschuwen|0.89
p:gaat u|prijzen|-0.92
p:gaat u|geruststellen|-0.99
p:gaat u|afleiden|0.91
p:gaat vanaf|bevelen|-0.95
p:gaat vanmiddag|bevelen|1.73
p:gaat vanzelf|interpreteren|0.8
p:gaat vanzelf|afleiden|-0.94
p:gaat vind|moraliseren|0.96
p:gaat volgens|interpreteren|0.98
p:gaat werken|bevelen|-0.94
p:gaat ze|geruststellen|1.55
p:gaat zich|prijzen|0.82
p:gaat zitten|gevoelsreflectie|-0.9
p:gaat zitten|vervolgafspraak|-0.9
p:gaat zo|vervolgafspraak|-0.9
p:gaat zo'n|ik-boodschap|0.89
p:gaat zo'n|open-vraag|0.94
p:gaf aan|parafrase|-0.78
p:gamen ?|jij-boodschap|0.98
p:gamen ?|parafrase|-0.75
p:gamen ?|bekritiseren|0.94
p:gamen ?|ondervragen|0.98
p:gamen in|interpreteren|-0.99
p:gamen terwijl|bekritiseren|0.27
p:gamet als|adviseren|1.0
p:gamet als|bekritiseren|0.78
p:gang en|ik-boodschap|0.84
p:gang en|afleiden|-0.98
p:gang gaan|bevelen|-0.98
p:gang tegen|open-vraag|-0.94
p:gang was|argumenteren|-0.99
p:gangpad staat|waarschuwen|-0.92
p:gapen misschien|ik-boodschap|1.48
p:gaten hij|bedanken|0.96
p:gaten houden|bevelen|0.97
p:gebeld ?|afleiden|-0.97
p:gebeld hadden|bekritiseren|0.31
p:gebeld heeft|parafrase|0.71
p:gebeld over|bevelen|-0.95
p:gebeld worden|samenvatting|1.0
p:gebeld worden|bekritiseren|-0.2
p:gebeld worden|vervolgafspraak|-0.82
p:gebeurd ?|parafrase|-0.99
p:gebeurd ?|open-vraag|0.67
p:gebeurd ?|geruststellen|0.95
p:gebeurd hoe|ik-boodschap|0.97
p:gebeurde ?|ik-boodschap|-0.92
p:gebeurde ?|afleiden|-0.88
p:gebeurde er|samenvatting|-0.96
p:gebeurde er|aanmoediging|0.96
p:gebeuren hoor|geruststellen|1.69
p:gebeurt als|adviseren|-0.94
p:gebeurt als|bekritiseren|-0.81
p:gebeurt ga|jij-boodschap|0.74
p:gebeurt ga|waarschuwen|0.92
p:gebeurt iedereen|waarschuwen|-1.0
p:gebeurt iedereen|geruststellen|1.0
p:gebeurt iedereen|afleiden|-0.79
p:gebeurt in|ik-boodschap|-0.98
p:gebeurt in|samenvatting|0.8
p:gebeurt vooral|parafrase|-1.0
p:gebeurt wordt|waarschuwen|1.0
p:gebeurt wordt|prijzen|-1.0
p:gebruiken ?|open-vraag|-0.97
p:gebruikt in|jij-boodschap|-0.6
p:gecontroleerd ?|jij-boodschap|-0.98
p:gecontroleerd ?|ondervragen|0.98
p:gedaan ?|open-vraag|-1.0
p:gedaan ?|ondervragen|1.0
p:gedaan en|parafrase|0.93
p:gedaan en|gevoelsreflectie|0.93
p:gedaan en|samenvatting|-0.9
p:gedaan noor|jij-boodschap|-0.97
p:gedacht aan|adviseren|1.0
p:gedacht aan|ondervragen|-1.0
p:gedoe al|adviseren|-1.0
p:gedoe komt|open-vraag|-0.98
p:gedoe komt|afleiden|0.98
p:gedraagt tegenover|jij-boodschap|0.99
p:gedraagt tegenover|bekritiseren|0.55
p:gedraagt tegenover|geruststellen|-0.99
p:gedrag als|waarschuwen|0.97
p:gedrag in|argumenteren|-1.82
p:gedrag van|geruststellen|-0.64
p:gedrag van|ondervragen|-0.9
p:gedreigd wordt|bekritiseren|0.93
p:geeft aan|parafrase|0.99
p:geeft hem|bevelen|-1.0
p:geeft u|bevelen|0.91
p:geen ander|ondervragen|-0.93
p:geen antwoord|argumenteren|-0.71
p:geen cijfer|ik-boodschap|0.98
p:geen cijfer|jij-boodschap|-0.98
p:geen cijfer|bekritiseren|-0.98
p:geen drama|argumenteren|-0.9
p:geen eerlijk|ik-boodschap|1.0
p:geen enkel|ik-boodschap|0.98
p:geen enkel|jij-boodschap|0.86
p:geen enkel|open-vraag|-1.0
p:geen enkel|waarschuwen|-1.0
p:geen enkel|moraliseren|-0.75
p:geen enkel|bedanken|-0.99
p:geen enkele|ik-boodschap|2.51
p:geen enkele|jij-boodschap|-0.89
p:geen enkele|argumenteren|-0.96
p:geen enkele|bekritiseren|-0.61
p:geen enkele|geruststellen|-1.0
p:geen herkansing|gevoelsreflectie|0.94
p:geen herkansing|samenvatting|0.78
p:geen herkansing|argumenteren|0.95
p:geen herkansing|vervolgafspraak|0.86
p:geen huiswerk|ik-boodschap|0.41
p:geen idee|gevoelsreflectie|-0.91
p:geen keus|ik-boodschap|-0.99
p:geen keus|argumenteren|0.87
p:geen manier|jij-boodschap|-0.65
p:geen manier|bekritiseren|0.67
p:geen planning|vervolgafspraak|-0.95
p:geen probleem|bekritiseren|-0.97
p:geen probleem|prijzen|0.97
p:geen telefoons|ik-boodschap|-1.0
p:geen telefoons|bevelen|0.85
p:geen tijd|gevoelsreflectie|-0.91
p:geen toetsen|ik-boodschap|0.9
p:geen uitzondering|ik-boodschap|-0.92
p:geen uitzondering|afleiden|-0.92
p:geen voldoende|argumenteren|0.91
p:geen voldoende|geruststellen|-0.42
p:geen voldoendes|argumenteren|0.96
p:geen vrienden|parafrase|-0.9
p:geen zin|jij-boodschap|1.65
p:geen zin|bekritiseren|1.15
p:geen zin|interpreteren|-0.9
p:geen zorgen|open-vraag|0.67
p:geen zorgen|adviseren|-0.83
p:geen zorgen|etiketteren|-1.0
p:geen zorgen|geruststellen|1.95
p:gefrusteerd bent|geruststellen|-0.93
p:gefrustreerd door|vervolgafspraak|-0.95
p:gegaan ?|ondervragen|1.0
p:gegaan sinds|afleiden|-0.94
p:gehaald dat|geruststellen|-0.96
p:gehaald voor|argumenteren|-0.96
p:gehaast binnenkomt|gevoelsreflectie|-0.96
p:gehad dus|ik-boodschap|0.9
p:gehad dus|argumenteren|-0.84
p:gehad dus|bekritiseren|-0.84
p:gehad hebt|gevoelsreflectie|0.91
p:gehad hebt|interpreteren|-0.8
p:gehad over|jij-boodschap|-0.93
p:gehad over|samenvatting|0.93
p:gehad over|open-vraag|0.94
p:gehad over|argumenteren|-0.99
p:gehad over|bekritiseren|-0.95
p:gehad over|afleiden|-0.95
p:gehad over|afronding-aankondigen|-0.83
p:gehoord door|gevoelsreflectie|0.99
p:gehoord van|prijzen|-1.0
p:gehoord van|ondervragen|1.0
p:gekeken naar|jij-boodschap|0.92
p:gekeken naar|bekritiseren|0.83
p:gekomen ?|waarschuwen|-0.99
p:gekomen bent|gevoelsreflectie|-0.98
p:gekomen bent|geruststellen|-0.92
p:gekomen bent|vervolgafspraak|-0.98
p:gekomen is|samenvatting|0.9
p:gekomen zie|adviseren|-0.97
p:gekozen ?|open-vraag|-0.98
p:gekozen als|open-vraag|-1.0
p:gekozen als|ondervragen|-1.0
p:gekwetst omdat|parafrase|0.97
p:gekwetst omdat|gevoelsreflectie|0.97
p:gekwetst omdat|adviseren|-0.97
p:gelden voor|argumenteren|0.99
p:geldt voor|ik-boodschap|-0.99
p:geldt voor|argumenteren|0.9
p:gelezen ?|ondervragen|0.95
p:gelezen en|gevoelsreflectie|-0.86
p:gelijk en|parafrase|0.86
p:gelijk en|argumenteren|0.97
p:gelijk heeft|bekritiseren|-0.95
p:gelopen is|open-vraag|-0.99
p:gemaakt dus|argumenteren|0.7
p:gemaakt en|waarschuwen|-0.96
p:gemaakt maar|ik-boodschap|-0.91
p:gemaild en|ik-boodschap|-0.97
p:gemaild en|jij-boodschap|-0.81
p:gemaild en|bekritiseren|0.97
p:gemeen en|bekritiseren|0.95
p:gemeente op|vervolgafspraak|0.91
p:gemeld ?|prijzen|-1.0
p:gemeld ?|ondervragen|1.0
p:gemeld en|bekritiseren|0.91
p:gemengde leerweg|adviseren|-0.96
p:gemerkt dat|ik-boodschap|0.9
p:gemerkt dat|waarschuwen|-1.0
p:gemiddeld een|parafrase|0.91
p:gemiddeld een|argumenteren|0.82
p:gemiddeld is|moraliseren|-0.96
p:gemiddeld is|afleiden|-0.7
p:gemiddelde haalt|argumenteren|0.91
p:gemiddelde van|adviseren|-0.99
p:gemiddelde van|argumenteren|0.99
p:gemiddelde voor|ik-boodschap|0.94
p:gemist waardoor|ik-boodschap|0.79
p:gemotiveerd is|parafrase|0.99
p:gemotiveerd is|geruststellen|-0.99
p:gemotiveerd meneer|argumenteren|-0.62
p:genomen omdat|aanmoediging|-0.99
p:gepest bent|prijzen|-0.97
p:gepest bent|interpreteren|0.9
p:gepest wordt|open-vraag|1.0
p:gepest wordt|moraliseren|0.92
p:gepraat over|afronding-aankondigen|0.9
p:geraakt dat|ik-boodschap|0.93
p:gerust contact|waarschuwen|-0.98
p:gerust even|gevoelsreflectie|0.82
p:gerust op|ik-boodschap|-1.0
p:gerust op|afronding-aankondigen|-1.0
p:gerust wat|adviseren|0.91
p:geschiedenis wel|samenvatting|-1.0
p:geschorst dat|ik-boodschap|-0.98
p:geschrokken bent|argumenteren|0.83
p:geschrokken dat|ik-boodschap|0.73
p:geschrokken van|ik-boodschap|1.88
p:gesprek ?|afleiden|-0.94
p:gesprek afsluiten|afronding-aankondigen|0.9
p:gesprek echt|geruststellen|-0.85
p:gesprek en|vervolgafspraak|-0.99
p:gesprek gevraagd|jij-boodschap|-0.83
p:gesprek hebben|gevoelsreflectie|-0.91
p:gesprek helaas|interpreteren|-0.99
p:gesprek helaas|vervolgafspraak|-0.99
p:gesprek hier|afronding-aankondigen|0.8
p:gesprek hier|bedanken|0.16
p:gesprek hierbij|bedanken|-0.92
p:gesprek in|samenvatting|0.78
p:gesprek in|afronding-aankondigen|-0.83
p:gesprek in|vervolgafspraak|1.86
p:gesprek inplannen|bedanken|-0.66
p:gesprek met|parafrase|0.8
p:gesprek met|gevoelsreflectie|0.94
p:gesprek met|samenvatting|-0.18
p:gesprek met|vervolgafspraak|1.81
p:gesprek met|bedanken|0.95
p:gesprek nu|samenvatting|1.0
p:gesprek nu|afronding-aankondigen|1.95
p:gesprek nu|bedanken|-0.94
p:gesprek opstaat|afronding-aankondigen|-0.9
p:gesprek over|waarschuwen|-0.9
p:gesprek over|bedanken|0.9
p:gesprek plannen|jij-boodschap|-0.93
p:gesprek plannen|bekritiseren|-1.23
p:gesprek plannen|ondervragen|0.93
p:gesprek we|afronding-aankondigen|0.94
p:gesprek zijn|parafrase|-0.97
p:gesprekje met|samenvatting|-0.79
p:gesprekje met|vervolgafspraak|0.99
p:gesprekken steeds|ik-boodschap|0.94
p:gesproken wat|afleiden|0.68
p:gestopt zie|open-vraag|-1.0
p:gestraft ?|open-vraag|-1.0
p:getik anders|bevelen|0.86
p:geven ?|aanmoediging|-0.96
p:geven hem|ik-boodschap|-0.98
p:gevoel dat|gevoelsreflectie|-0.84
p:gevoel dat|open-vraag|1.0
p:gevoel heeft|gevoelsreflectie|-0.93
p:gevolgen hebben|gevoelsreflectie|-0.88
p:gevolgen hebben|moraliseren|0.95
p:geweest dus|moraliseren|-1.0
p:geweest ik|aanmoediging|0.94
p:geweest toch|gevoelsreflectie|-0.93
p:geweest zijn|gevoelsreflectie|0.98
p:geweld hoort|jij-boodschap|-0.91
p:geweld hoort|bekritiseren|-0.96
p:geweldig dat|adviseren|-0.93
p:geweldige inzet|bekritiseren|1.78
p:geweldige inzet|bedanken|-1.6
p:geweldige medewerking|bekritiseren|0.85
p:geweldige medewerking|afronding-aankondigen|-0.92
p:geweldige medewerking|bedanken|-1.77
p:geweldige moeder|prijzen|0.97
p:gewend op|geruststellen|0.97
p:gewerkt dit|bekritiseren|-0.94
p:gewerkt heeft|adviseren|-1.0
p:gewerkt vandaag|bevelen|-0.91
p:gewone schoolavond|vervolgafspraak|-0.88
p:gewoon aan|bekritiseren|0.97
p:gewoon aan|interpreteren|0.69
p:gewoon aandacht|waarschuwen|-0.91
p:gewoon alles|interpreteren|-0.94
p:gewoon beter|bevelen|0.97
p:gewoon bij|moraliseren|-0.93
p:gewoon bij|bekritiseren|-0.99
p:gewoon bij|interpreteren|-0.99
p:gewoon bij|afleiden|0.99
p:gewoon brutaal|bekritiseren|0.99
p:gewoon brutaal|etiketteren|-0.99
p:gewoon de|jij-boodschap|-0.97
p:gewoon de|adviseren|-0.94
p:gewoon door|bevelen|-0.96
p:gewoon doordat|interpreteren|0.46
p:gewoon een|jij-boodschap|1.67
p:gewoon een|adviseren|1.0
p:gewoon een|bekritiseren|-0.98
p:gewoon een|etiketteren|0.95
p:gewoon een|interpreteren|0.8
p:gewoon eerder|bekritiseren|0.74
p:gewoon eerlijk|interpreteren|-0.94
p:gewoon elf|parafrase|0.86
p:gewoon elf|argumenteren|0.97
p:gewoon elke|moraliseren|-0.93
p:gewoon elke|geruststellen|0.63
p:gewoon en|jij-boodschap|1.34
p:gewoon en|bekritiseren|1.34
p:gewoon geen|jij-boodschap|1.65
p:gewoon geen|bekritiseren|1.15
p:gewoon geen|interpreteren|-1.56
p:gewoon genegeerd|etiketteren|-0.91
p:gewoon halen|geruststellen|1.0
p:gewoon helemaal|moraliseren|-1.0
p:gewoon in|jij-boodschap|-0.92
p:gewoon in|bekritiseren|-0.93
p:gewoon in|prijzen|-0.84
p:gewoon innemen|bevelen|-0.96
p:gewoon jaloers|waarschuwen|-0.97
p:gewoon jaloers|interpreteren|0.98
p:gewoon lui|etiketteren|0.95
p:gewoon lui|interpreteren|0.95
p:gewoon maar|bevelen|-0.98
p:gewoon mee|moraliseren|1.0
p:gewoon mee|vervolgafspraak|-1.0
p:gewoon meegeven|moraliseren|1.0
p:gewoon meer|bevelen|-1.0
p:gewoon meer|bekritiseren|-1.0
p:gewoon meer|geruststellen|-1.0
p:gewoon met|adviseren|0.95
p:gewoon moeilijk|interpreteren|0.98
p:gewoon naar|bevelen|1.73
p:gewoon niet|jij-boodschap|-0.75
p:gewoon niet|parafrase|-0.93
p:gewoon niet|gevoelsreflectie|-0.93
p:gewoon niet|moraliseren|0.92
p:gewoon niet|argumenteren|0.13
p:gewoon niet|bekritiseren|1.11
p:gewoon niet|etiketteren|-0.94
p:gewoon niet|interpreteren|1.45
p:gewoon niet|ondervragen|-0.9
p:gewoon niet|afleiden|-1.0
p:gewoon nooit|moraliseren|-1.0
p:gewoon omdat|interpreteren|0.94
p:gewoon oneerlijk|jij-boodschap|-1.3
p:gewoon oneerlijk|moraliseren|0.91
p:gewoon oneerlijk|bekritiseren|-1.57
p:gewoon onvoldoende|adviseren|-0.99
p:gewoon onvoldoende|argumenteren|0.99
p:gewoon onzeker|interpreteren|0.99
p:gewoon op|adviseren|0.1
p:gewoon op|bekritiseren|-0.91
p:gewoon op|interpreteren|-0.97
p:gewoon over|afleiden|0.95
p:gewoon schandalig|bekritiseren|0.97
p:gewoon stress|argumenteren|-0.97
p:gewoon te|moraliseren|0.96
p:gewoon te|bekritiseren|-1.19
p:gewoon te|etiketteren|0.99
p:gewoon te|interpreteren|-0.8
p:gewoon veel|etiketteren|-1.0
p:gewoon verwend|bekritiseren|-0.99
p:gewoon wat|bevelen|0.28
p:gewoon wat|adviseren|0.92
p:gewoon wat|prijzen|0.92
p:gewoon wat|afleiden|-0.72
p:gewoon weg|jij-boodschap|1.0
p:gewoon wegzetten|adviseren|1.0
p:gewoon wegzetten|bekritiseren|0.78
p:gewoon zijn|interpreteren|0.71
p:geworden ?|ondervragen|-0.95
p:geworden door|etiketteren|0.95
p:geworden door|interpreteren|0.95
p:gezakt hoe|ik-boodschap|0.73
p:gezegd ?|gevoelsreflectie|0.81
p:gezegd ?|ondervragen|0.97
p:gezegd ?|afleiden|-0.95
p:gezegd geïrriteerd|waarschuwen|-0.99
p:gezegd is|jij-boodschap|0.79
p:gezegd niet|ik-boodschap|-1.0
p:gezegd niet|parafrase|-0.91
p:gezegd niet|etiketteren|-0.91
p:gezegd niet|afronding-aankondigen|-1.0
p:gezegd nogal|ik-boodschap|-0.99
p:gezegd teleurgesteld|ik-boodschap|0.87
p:gezegd teleurgesteld|open-vraag|-1.0
p:gezegd van|ik-boodschap|0.99
p:gezegd van|aanmoediging|-0.65
p:gezegd van|bekritiseren|-0.99
p:gezegd van|afleiden|-0.98
p:gezegd vind|ik-boodschap|-0.87
p:gezegd wel|prijzen|-0.98
p:gezegd word|afronding-aankondigen|-0.97
p:gezien ?|ondervragen|-0.99
p:gezien ?|afleiden|0.99
p:gezien dat|ik-boodschap|-0.92
p:gezien dat|interpreteren|-0.69
p:gezien halen|argumenteren|0.83
p:gezien hoe|adviseren|-1.0
p:gezien worden|interpreteren|0.98
p:gezien wordt|interpreteren|1.0
p:gezocht met|jij-boodschap|0.97
p:geïrriteerd bent|gevoelsreflectie|1.0
p:geïrriteerd door|waarschuwen|-0.99
p:gijs zijn|ik-boodschap|0.93
p:gijs zijn|vervolgafspraak|-0.79
p:ging er|gevoelsreflectie|-0.88
p:ging het|afleiden|-0.95
p:gisteren de|ik-boodschap|0.93
p:gisteren de|gevoelsreflectie|-0.83
p:gisteren de|samenvatting|-0.99
p:gisteren gebeurde|ik-boodschap|-0.92
p:gisteren huilend|afleiden|-0.98
p:gisteren ingeleverd|afleiden|-0.99
p:gisteren met|ik-boodschap|0.93
p:gisteren nog|ondervragen|-0.99
p:gisteren nog|afleiden|0.99
p:gisteren uit|ik-boodschap|0.9
p:goed ?|parafrase|-1.91
p:goed ?|gevoelsreflectie|-0.99
p:goed ?|afleiden|-1.0
p:goed als|parafrase|-1.0
p:goed als|waarschuwen|-0.78
p:goed als|prijzen|1.0
p:goed als|geruststellen|-1.0
p:goed begeleiden|ik-boodschap|-0.98
p:goed begrijp|ik-boodschap|-0.91
p:goed begrijp|parafrase|1.9
p:goed begrijp|gevoelsreflectie|0.96
p:goed begrijp|samenvatting|-0.92
p:goed begrijp|open-vraag|0.97
p:goed begrijp|aanmoediging|-0.99
p:goed begrijp|argumenteren|-0.81
p:goed begrijp|bedanken|-0.92
p:goed blijven|geruststellen|-0.92
p:goed blijven|afleiden|0.92
p:goed dat|parafrase|0.84
p:goed dat|open-vraag|-0.7
p:goed dat|bevelen|-0.83
p:goed dat|bekritiseren|1.0
p:goed dat|afleiden|-0.99
p:goed doen|afronding-aankondigen|-0.95
p:goed gaat|afleiden|0.99
p:goed geholpen|jij-boodschap|-0.96
p:goed gewerkt|bevelen|-0.91
p:goed hebt|bekritiseren|-0.89
p:goed helpen|open-vraag|0.94
p:goed hoe|parafrase|-1.0
p:goed hoe|samenvatting|1.0
p:goed hoe|open-vraag|-1.66
p:goed hoe|geruststellen|0.5
p:goed hoe|afleiden|1.94
p:goed hoor|gevoelsreflectie|1.0
p:goed hoor|adviseren|-0.82
p:goed hoor|geruststellen|1.91
p:goed idee|adviseren|0.82
p:goed iets|afleiden|1.0
p:goed laat|afleiden|-0.72
p:goed leren|open-vraag|-0.99
p:goed luisteren|afronding-aankondigen|0.95
p:goed maar|geruststellen|-0.89
p:goed mee|argumenteren|-1.0
p:goed mee|bekritiseren|-0.97
p:goed mee|prijzen|0.97
p:goed meneer|adviseren|-1.0
p:goed met|adviseren|0.91
p:goed met|afleiden|-0.98
p:goed om|ik-boodschap|0.91
p:goed snap|parafrase|1.86
p:goed snap|waarschuwen|-0.9
p:goed snap|moraliseren|-0.97
p:goed snap|geruststellen|-0.92
p:goed snap|afleiden|-0.92
p:goed te|jij-boodschap|0.92
p:goed te|bekritiseren|0.83
p:goed u|geruststellen|-0.47
p:goed verder|bedanken|-0.79
p:goed volg|parafrase|0.99
p:goed volg|samenvatting|-0.85
p:goed voorstellen|ik-boodschap|-0.61
p:goede ideeen|bekritiseren|-0.99
p:goede ideeën|prijzen|0.99
p:goede opvoeder|prijzen|0.82
p:goede ouder|moraliseren|0.92
p:goede ouder|afleiden|-0.92
p:goede resultaten|afleiden|0.97
p:goede uitkomst|parafrase|-0.97
p:goede voorbeeld|adviseren|-0.92
p:goede voorbeeld|prijzen|-0.65
p:goede vraag|bekritiseren|-0.98
p:goede vriendin|moraliseren|0.92
p:goedemiddag fijn|parafrase|-0.99
p:goedemiddag fijn|gevoelsreflectie|-0.99
p:goedemiddag fijn|bedanken|-0.97
p:goedenavond mevrouw|ondervragen|-1.0
p:goeiemiddag ik|bevelen|-0.89
p:gouden eeuw|geruststellen|-0.96
p:graag afsluiten|aanmoediging|-0.96
p:graag anders|parafrase|-0.99
p:graag een|parafrase|-0.17
p:graag in|interpreteren|0.99
p:graag met|interpreteren|-0.97
p:graag met|vervolgafspraak|-0.97
p:graag op|gevoelsreflectie|-0.99
p:graag op|samenvatting|-0.99
p:graag terug|waarschuwen|-0.9
p:graag terug|bedanken|0.9
p:graag weer|bedanken|-0.66
p:grap en|bekritiseren|-0.94
p:grapjes maakt|interpreteren|1.68
p:grenzen hoort|bekritiseren|0.27
p:grenzen op|interpreteren|0.71
p:grenzen te|moraliseren|1.0
p:grijpen thuis|adviseren|1.0
p:grijpen thuis|bekritiseren|0.78
p:groeit hij|argumenteren|-0.95
p:groep laten|ik-boodschap|0.9
p:groep niet|open-vraag|-1.0
p:groep omgooien|ik-boodschap|-0.41
p:groep zeven|jij-boodschap|-0.37
p:groepje vast|ik-boodschap|0.98
p:groepje vast|samenvatting|-0.98
p:groepsapp dat|afleiden|0.94
p:groepsapp was|bekritiseren|0.95
p:groepsopdracht steeds|gevoelsreflectie|-0.9
p:groepsopdracht steeds|vervolgafspraak|-0.9
p:groepswerk haar|ik-boodschap|0.98
p:groepswerk haar|samenvatting|-0.98
p:groot gezin|geruststellen|-0.91
p:grote broer|moraliseren|-0.9
p:grote held|etiketteren|0.94
p:grote school|gevoelsreflectie|0.98
p:gym hebben|afleiden|0.97
p:gymdocent gaf|parafrase|-0.78
p:gymkleren meeneemt|bevelen|0.99
p:gymles is|ik-boodschap|0.97
p:gymles is|gevoelsreflectie|0.98
p:gymles te|gevoelsreflectie|0.83
p:gymspullen vergeet|interpreteren|-0.99
p:haal ik|bevelen|0.9
p:haal ik|vervolgafspraak|-0.99
p:haal je|bevelen|-0.99
p:haal je|geruststellen|1.64
p:haalde gemiddeld|parafrase|0.91
p:haalde gemiddeld|argumenteren|0.82
p:haalt die|geruststellen|0.91
p:haalt geen|argumenteren|0.91
p:haalt geen|geruststellen|-0.42
p:haalt het|gevoelsreflectie|0.92
p:haalt het|geruststellen|1.92
p:haalt hij|waarschuwen|-0.89
p:haalt hij|argumenteren|1.06
p:haalt hij|geruststellen|0.97
p:haalt lage|samenvatting|0.99
p:haalt wel|geruststellen|-0.88
p:haalt weleens|argumenteren|-0.9
p:haalt ze|waarschuwen|0.97
p:haar ?|ik-boodschap|0.97
p:haar aanmelden|gevoelsreflectie|-0.87
p:haar agenda|adviseren|0.82
p:haar boeken|ik-boodschap|-0.96
p:haar cijfer|ik-boodschap|0.79
p:haar cijfers|samenvatting|0.93
p:haar diploma|waarschuwen|0.97
p:haar diploma|interpreteren|-0.97
p:haar door|ondervragen|0.9
p:haar elke|jij-boodschap|1.34
p:haar elke|bekritiseren|1.34
p:haar gemaakt|ik-boodschap|0.68
p:haar groepje|ik-boodschap|0.98
p:haar groepje|samenvatting|-0.98
p:haar het|adviseren|-0.81
p:haar hoofd|ik-boodschap|1.0
p:haar hoofd|samenvatting|-0.96
p:haar hoor|gevoelsreflectie|0.81
p:haar hoor|ondervragen|0.97
p:haar huiswerk|open-vraag|0.94
p:haar klas|ik-boodschap|-0.98
p:haar klas|samenvatting|0.8
p:haar laptop|ik-boodschap|0.98
p:haar laptop|samenvatting|-0.98
p:haar naar|ik-boodschap|0.97
p:haar naar|adviseren|0.83
p:haar naar|geruststellen|0.98
p:haar niet|ik-boodschap|-0.98
p:haar niet|open-vraag|0.94
p:haar oude|interpreteren|0.8
p:haar planning|ik-boodschap|-0.91
p:haar spullen|ik-boodschap|0.93
p:haar steeds|ik-boodschap|-0.64
p:haar steeds|open-vraag|-0.94
p:haar telefoon|bevelen|-0.83
p:haar telefoon|moraliseren|-1.0
p:haar telefoon|adviseren|0.97
p:haar telefoon|ondervragen|-0.9
p:haar telefoon|afleiden|-0.99
p:haar telefoon|vervolgafspraak|0.98
p:haar vinger|ik-boodschap|0.91
p:haar vinger|jij-boodschap|-0.7
p:haar vriendinnen|ik-boodschap|-0.91
p:haar vriendinnen|samenvatting|0.99
p:haar vriendinnen|interpreteren|0.99
p:haar werk|bekritiseren|-0.96
p:haar werkstuk|interpreteren|-0.99
p:haar zeggen|interpreteren|-0.94
p:haar zo|prijzen|-0.97
p:haar zo|interpreteren|0.9
p:haar zus|ondervragen|-0.99
p:haar zusje|waarschuwen|-0.97
p:had als|waarschuwen|-0.91
p:had een|parafrase|-1.8
p:had een|argumenteren|0.84
p:had en|vervolgafspraak|-1.0
p:had er|gevoelsreflectie|-0.91
p:had gebeld|bevelen|-0.95
p:had gebeld|bekritiseren|0.31
p:had gemaakt|ik-boodschap|-0.91
p:had gewoon|parafrase|0.86
p:had gewoon|argumenteren|0.97
p:had je|parafrase|0.97
p:had je|moraliseren|-0.97
p:had je|bekritiseren|1.0
p:had u|parafrase|-0.99
p:had u|open-vraag|0.99
p:had u|bekritiseren|-0.95
p:had verwacht|parafrase|1.0
p:had verwacht|gevoelsreflectie|-0.99
p:had verwacht|open-vraag|-1.0
p:had voorbereid|ik-boodschap|0.87
p:hadden een|moraliseren|-0.95
p:hadden we|bekritiseren|0.31
p:haha ja|afleiden|0.94
p:halen ?|prijzen|0.65
p:halen is|argumenteren|-0.96
p:halen leerlingen|argumenteren|0.83
p:halen let|geruststellen|1.0
p:half af|open-vraag|0.94
p:half een|vervolgafspraak|0.94
p:half een|bedanken|0.94
p:half negen|bevelen|0.95
p:half negen|vervolgafspraak|-0.91
p:half negen|bedanken|0.96
p:halverwege het|afronding-aankondigen|-0.9
p:hamza heeft|argumenteren|-0.96
p:hand ?|gevoelsreflectie|0.97
p:hand hoor|bekritiseren|-0.26
p:hand is|jij-boodschap|0.9
p:hand is|bekritiseren|0.77
p:hand is|geruststellen|-0.5
p:hangt alleen|moraliseren|-1.0
p:hard aub|bevelen|0.99
p:hard aub|etiketteren|-0.99
p:hard gewerkt|bekritiseren|-0.94
p:hard jesse|adviseren|-1.0
p:hard praat|bevelen|-1.0
p:hard praat|waarschuwen|-0.77
p:hardop lezen|afleiden|-0.72
p:hartelijk bedankt|afronding-aankondigen|-0.95
p:havo 3b|aanmoediging|-0.95
p:havo daarvoor|bevelen|-0.95
p:havo kosten|waarschuwen|0.9
p:he maar|afleiden|0.94
p:he wat|moraliseren|-1.0
p:he wat|bekritiseren|-0.82
p:he wat|afleiden|1.0
p:heb alle|aanmoediging|0.88
p:heb de|aanmoediging|-0.85
p:heb de|argumenteren|-1.0
p:heb drie|ik-boodschap|-0.97
p:heb drie|jij-boodschap|-0.81
p:heb drie|bekritiseren|0.97
p:heb geen|ik-boodschap|-0.99
p:heb geen|argumenteren|0.87
p:heb gehad|jij-boodschap|1.74
p:heb gehad|prijzen|-0.91
p:heb gehad|etiketteren|0.91
p:heb gemeld|bekritiseren|0.91
p:heb gemerkt|ik-boodschap|0.9
p:heb gemerkt|waarschuwen|-1.0
p:heb gezien|ik-boodschap|-0.92
p:heb gezien|adviseren|-1.0
p:heb gezien|interpreteren|-0.69
p:heb het|gevoelsreflectie|-0.99
p:heb het|argumenteren|0.87
p:heb het|interpreteren|1.21
p:heb ik|ik-boodschap|1.92
p:heb ik|jij-boodschap|-0.98
p:heb ik|waarschuwen|-0.98
p:heb ik|bekritiseren|-0.98
p:heb ik|afleiden|-0.95
p:heb je|jij-boodschap|-0.92
p:heb je|gevoelsreflectie|-0.18
p:heb je|moraliseren|0.77
p:heb je|argumenteren|-0.9
p:heb je|bekritiseren|-0.97
p:heb je|ondervragen|0.97
p:heb je|vervolgafspraak|-0.93
p:heb uw|gevoelsreflectie|-0.86
p:heb vorige|vervolgafspraak|-0.97
p:heb zien|ik-boodschap|0.97
p:hebben ?|afleiden|0.97
p:hebben ?|vervolgafspraak|-0.92
p:hebben als|gevoelsreflectie|-0.88
p:hebben als|moraliseren|0.95
p:hebben besloten|geruststellen|-0.87
p:hebben daar|samenvatting|-0.99
p:hebben daar|afleiden|1.9
p:hebben de|bedanken|-0.92
p:hebben dit|prijzen|-0.96
p:hebben een|geruststellen|1.85
p:hebben een|afleiden|-1.87
p:hebben geleerd|jij-boodschap|-1.3
p:hebben geleerd|moraliseren|0.91
p:hebben geleerd|bekritiseren|-1.57
p:hebben gepraat|afronding-aankondigen|0.9
p:hebben het|jij-boodschap|-0.93
p:hebben het|samenvatting|0.93
p:hebben het|open-vraag|0.94
p:hebben het|argumenteren|-0.35
p:hebben het|bekritiseren|-0.95
p:hebben het|afleiden|-0.95
p:hebben het|afronding-aankondigen|-0.83
p:hebben hoe|afleiden|0.95
p:hebben nog|samenvatting|-0.9
p:hebben nu|open-vraag|-0.98
p:hebben over|samenvatting|-0.83
p:hebben over|prijzen|-0.91
p:hebben twee|jij-boodschap|-0.95
p:hebben vorige|jij-boodschap|0.92
p:hebben vorige|bekritiseren|0.83
p:hebben wat|afleiden|0.95
p:hebben we|samenvatting|0.82
p:hebben we|bevelen|-0.97
p:hebben we|etiketteren|0.94
p:hebben ze|geruststellen|-0.89
p:hebben ze|afleiden|1.86
p:hebt de|ik-boodschap|0.9
p:hebt de|argumenteren|-0.84
p:hebt de|bekritiseren|-0.84
p:hebt de|etiketteren|-0.91
p:hebt deze|open-vraag|0.96
p:hebt deze|waarschuwen|-0.96
p:hebt drie|argumenteren|0.99
p:hebt echt|bekritiseren|-0.94
p:hebt een|waarschuwen|1.0
p:hebt gedaan|jij-boodschap|-0.97
p:hebt gedaan|parafrase|0.93
p:hebt gedaan|gevoelsreflectie|0.93
p:hebt gedaan|samenvatting|-0.9
p:hebt goed|bevelen|-0.91
p:hebt het|jij-boodschap|0.97
p:hebt het|bekritiseren|0.95
p:hebt in|interpreteren|0.66
p:hebt ingeleverd|parafrase|1.0
p:hebt ingeleverd|gevoelsreflectie|-1.0
p:hebt ingeleverd|geruststellen|-0.74
p:hebt kan|open-vraag|-0.87
p:hebt met|jij-boodschap|-0.8
p:hebt met|gevoelsreflectie|0.91
p:hebt met|bekritiseren|-0.99
p:hebt met|interpreteren|0.19
p:hebt morgen|bekritiseren|-0.95
p:hebt nergens|jij-boodschap|0.99
p:hebt nergens|samenvatting|-0.99
p:hebt nergens|bekritiseren|0.99
p:hebt sara|open-vraag|-0.96
p:hebt uitgelachen|ik-boodschap|0.99
p:hebt uitgelachen|gevoelsreflectie|-0.99
p:hebt voorbereid|bekritiseren|1.09
p:heeft acht|aanmoediging|-0.95
p:heeft altijd|bekritiseren|-0.99
p:heeft altijd|prijzen|0.99
p:heeft begrijp|parafrase|0.71
p:heeft daardoor|ik-boodschap|1.0
p:heeft daardoor|parafrase|-1.0
p:heeft daardoor|gevoelsreflectie|-1.0
p:heeft daardoor|afleiden|-0.98
p:heeft dat|gevoelsreflectie|-0.93
p:heeft dat|geruststellen|0.93
p:heeft dat|afleiden|-1.87
p:heeft de|ik-boodschap|0.79
p:heeft de|parafrase|-0.91
p:heeft de|argumenteren|-0.96
p:heeft de|etiketteren|-0.99
p:heeft de|afleiden|-0.99
p:heeft dit|argumenteren|-0.96
p:heeft drie|open-vraag|-1.0
p:heeft dus|gevoelsreflectie|-0.84
p:heeft een|moraliseren|-0.9
p:heeft een|interpreteren|-0.94
p:heeft en|adviseren|-1.0
p:heeft gebeld|interpreteren|-0.89
p:heeft geen|gevoelsreflectie|-0.91
p:heeft geen|moraliseren|-0.75
p:heeft gehouden|adviseren|-0.82
p:heeft gemaakt|argumenteren|0.7
p:heeft gevolgen|waarschuwen|0.98
p:heeft haar|interpreteren|-0.97
p:heeft helemaal|geruststellen|-0.99
p:heeft hem|bekritiseren|-0.15
p:heeft het|gevoelsreflectie|0.94
p:heeft het|open-vraag|1.79
p:heeft het|argumenteren|0.81
p:heeft hij|ik-boodschap|-0.88
p:heeft hij|gevoelsreflectie|0.96
p:heeft hij|open-vraag|-1.0
p:heeft hij|bekritiseren|-0.9
p:heeft hij|afleiden|-0.97
p:heeft iedereen|bekritiseren|-0.93
p:heeft in|parafrase|-0.9
p:heeft ingegrepen|parafrase|1.0
p:heeft ingegrepen|samenvatting|-1.0
p:heeft ingegrepen|open-vraag|-1.0
p:heeft ingeleverd|ik-boodschap|0.94
p:heeft ingeleverd|waarschuwen|-1.0
p:heeft ingeleverd|argumenteren|0.9
p:heeft ingelicht|gevoelsreflectie|0.93
p:heeft je|open-vraag|-0.98
p:heeft kan|vervolgafspraak|1.0
p:heeft lotte|samenvatting|-0.85
p:heeft me|ik-boodschap|0.93
p:heeft mij|jij-boodschap|-0.96
p:heeft moeite|samenvatting|1.0
p:heeft moeite|afronding-aankondigen|1.0
p:heeft morgen|waarschuwen|-0.99
p:heeft naar|interpreteren|0.8
p:heeft ontvangen|parafrase|0.84
p:heeft op|jij-boodschap|1.85
p:heeft op|bekritiseren|0.98
p:heeft op|bedanken|-0.99
p:heeft opgelet|bekritiseren|1.94
p:heeft overal|jij-boodschap|1.79
p:heeft overal|samenvatting|-0.83
p:heeft overal|bekritiseren|1.88
p:heeft overal|ondervragen|-0.96
p:heeft sanne|gevoelsreflectie|-1.0
p:heeft sanne|open-vraag|1.0
p:heeft sanne|prijzen|-1.0
p:heeft sinds|ik-boodschap|1.57
p:heeft sinds|jij-boodschap|-0.98
p:heeft sinds|bekritiseren|-0.65
p:heeft teruggebeld|gevoelsreflectie|0.85
p:heeft twee|bekritiseren|-0.96
p:heeft u|ik-boodschap|-0.91
p:heeft u|jij-boodschap|-0.98
p:heeft u|parafrase|0.91
p:heeft u|open-vraag|-1.0
p:heeft u|prijzen|-2.0
p:heeft u|interpreteren|-1.0
p:heeft u|ondervragen|1.95
p:heeft veel|jij-boodschap|-0.99
p:heeft veertien|argumenteren|0.81
p:heeft voor|argumenteren|-0.83
p:heeft voor|geruststellen|-0.96
p:heeft vorige|jij-boodschap|-0.83
p:heeft weet|parafrase|-0.91
p:heeft weet|etiketteren|-0.91
p:heeft weinig|samenvatting|0.99
p:heeft weleens|open-vraag|-0.95
p:heeft weleens|afleiden|0.95
p:heeft ze|samenvatting|-0.99
p:heeft ze|afleiden|0.99
p:heeft zo'n|prijzen|0.65
p:heel alleen|jij-boodschap|-0.99
p:heel alleen|gevoelsreflectie|0.99
p:heel alleen|bekritiseren|-0.43
p:heel anders|bevelen|-1.0
p:heel anders|geruststellen|-1.0
p:heel anders|afleiden|0.91
p:heel behulpzaam|bekritiseren|1.46
p:heel behulpzaam|bedanken|-1.78
p:heel behulpzame|bevelen|-1.0
p:heel betrokken|bevelen|-0.83
p:heel betrokken|prijzen|0.98
p:heel betrokken|afleiden|-0.99
p:heel constructief|bekritiseren|0.93
p:heel erg|afronding-aankondigen|-0.96
p:heel gewoon|bekritiseren|-0.91
p:heel goed|jij-boodschap|0.95
p:heel goed|geruststellen|-0.45
p:heel hoofdstuk|waarschuwen|-0.5
p:heel machteloos|gevoelsreflectie|0.91
p:heel moe|gevoelsreflectie|-0.99
p:heel moeilijk|aanmoediging|-0.93
p:heel naar|interpreteren|-0.98
p:heel normaal|geruststellen|1.34
p:heel onbeleefd|jij-boodschap|0.99
p:heel onbeleefd|bekritiseren|0.55
p:heel onhandig|bekritiseren|0.99
p:heel simpel|argumenteren|0.91
p:heel simpel|geruststellen|-0.42
p:heel slim|etiketteren|0.99
p:heel veel|ik-boodschap|0.61
p:heel verdrietig|aanmoediging|0.94
p:heel zorgvuldig|bekritiseren|-0.96
p:heen ?|gevoelsreflectie|0.77
p:heen ?|samenvatting|-1.0
p:heen kijkt|open-vraag|-0.94
p:heen praten|afronding-aankondigen|-0.89
p:heen toen|gevoelsreflectie|-0.88
p:heimwee heeft|interpreteren|0.8
p:hek afzet|bevelen|1.0
p:helaas beëindigen|interpreteren|-0.99
p:helaas beëindigen|vervolgafspraak|-0.99
p:held weer|etiketteren|0.94
p:helder over|ik-boodschap|-0.99
p:helder over|argumenteren|0.87
p:hele groep|ik-boodschap|0.9
p:hele klas|ik-boodschap|0.93
p:hele klas|jij-boodschap|0.74
p:hele klas|parafrase|0.86
p:hele klas|gevoelsreflectie|-0.83
p:hele klas|samenvatting|-0.99
p:hele klas|waarschuwen|0.92
p:hele klas|moraliseren|0.76
p:hele klas|argumenteren|0.97
p:hele klas|bekritiseren|-0.91
p:hele les|ik-boodschap|-0.93
p:hele planning|ik-boodschap|-0.41
p:hele project|bekritiseren|0.95
p:hele sectie|etiketteren|0.91
p:hele tijd|ik-boodschap|-0.88
p:hele tijd|gevoelsreflectie|0.96
p:hele tijd|bevelen|0.97
p:hele tijd|bekritiseren|0.84
p:hele toets|afleiden|-0.98
p:hele uur|ik-boodschap|0.87
p:hele verhaal|argumenteren|-0.62
p:helemaal dichtklapt|gevoelsreflectie|0.91
p:helemaal gehad|gevoelsreflectie|0.91
p:helemaal gehad|interpreteren|-0.8
p:helemaal gewend|geruststellen|0.97
p:helemaal goed|jij-boodschap|-0.9
p:helemaal niet|interpreteren|1.79
p:helemaal niets|samenvatting|-0.85
p:helemaal niets|open-vraag|-0.96
p:helemaal niets|geruststellen|-0.99
p:helemaal niks|moraliseren|-1.0
p:helft van|parafrase|-1.8
p:helft van|argumenteren|0.84
p:helikopterouder verhaal|etiketteren|0.95
p:helikopterouder weer|bevelen|-0.97
p:helpen ?|gevoelsreflectie|-0.94
p:helpen ?|open-vraag|0.96
p:helpen en|open-vraag|0.94
p:helpen en|vervolgafspraak|0.81
p:helpen met|jij-boodschap|-1.0
p:helpen met|adviseren|1.0
p:helpen om|open-vraag|0.96
p:helpt vaak|adviseren|0.95
p:hem ?|parafrase|1.0
p:hem ?|gevoelsreflectie|0.98
p:hem ?|aanmoediging|-1.0
p:hem af|ik-boodschap|-0.7
p:hem af|waarschuwen|0.91
p:hem ben|afronding-aankondigen|-0.94
p:hem bespreken|ik-boodschap|0.93
p:hem bespreken|vervolgafspraak|-0.79
p:hem dan|bekritiseren|0.99
p:hem de|adviseren|0.95
p:hem de|bedanken|-0.91
p:hem dus|gevoelsreflectie|-0.99
p:hem dus|samenvatting|-0.99
p:hem een|parafrase|-1.0
p:hem een|waarschuwen|-0.78
p:hem een|moraliseren|-0.97
p:hem een|adviseren|-0.92
p:hem een|prijzen|1.0
p:hem een|geruststellen|-1.0
p:hem elke|adviseren|-0.93
p:hem gerust|adviseren|0.91
p:hem gestraft|open-vraag|-1.0
p:hem gewoon|bevelen|0.31
p:hem gewoon|adviseren|1.92
p:hem gewoon|prijzen|0.92
p:hem gewoon|etiketteren|-2.0
p:hem gewoon|interpreteren|-0.94
p:hem gewoon|geruststellen|1.0
p:hem gewoon|afleiden|-0.72
p:hem helpen|jij-boodschap|-1.0
p:hem helpen|adviseren|1.0
p:hem het|open-vraag|0.94
p:hem in|ik-boodschap|-0.72
p:hem in|jij-boodschap|-0.6
p:hem in|open-vraag|-1.0
p:hem in|bevelen|0.89
p:hem in|waarschuwen|0.99
p:hem in|vervolgafspraak|-0.8
p:hem laten|bekritiseren|-0.99
p:hem laten|ondervragen|0.99
p:hem los|prijzen|-0.98
p:hem los|interpreteren|0.98
p:hem mee|open-vraag|0.96
p:hem moeilijk|ik-boodschap|-0.95
p:hem morgen|bevelen|0.95
p:hem morgen|adviseren|-0.87
p:hem morgen|vervolgafspraak|-0.95
p:hem naar|samenvatting|-0.74
p:hem naar|prijzen|-0.92
p:hem naar|bedanken|-0.82
p:hem niet|ik-boodschap|-0.91
p:hem niet|open-vraag|1.0
p:hem niet|bekritiseren|0.74
p:hem niet|ondervragen|-0.98
p:hem niet|vervolgafspraak|0.81
p:hem nog|bevelen|0.89
p:hem nooit|bevelen|-1.0
p:hem om|bevelen|1.0
p:hem op|bekritiseren|-0.99
p:hem op|prijzen|-0.91
p:hem over|samenvatting|0.8
p:hem over|bedanken|0.92
p:hem overal|bekritiseren|-0.15
p:hem straks|waarschuwen|0.9
p:hem te|jij-boodschap|0.9
p:hem te|adviseren|-1.0
p:hem thuis|ik-boodschap|-0.98
p:hem thuis|bevelen|-0.98
p:hem thuis|interpreteren|0.94
p:hem tot|bekritiseren|0.27
p:hem twee|ik-boodschap|0.97
p:hem u|adviseren|0.91
p:hem vanaf|waarschuwen|-0.99
p:hem veel|jij-boodschap|0.83
p:hem volgens|gevoelsreflectie|-0.94
p:hem voor|ik-boodschap|0.98
p:hem voor|jij-boodschap|-0.98
p:hem voor|bekritiseren|-0.98
p:hem zo|open-vraag|0.97
p:hem zo|argumenteren|-0.81
p:hem zo|ondervragen|0.98
p:hem zou|bekritiseren|-0.96
p:herexamen haal|geruststellen|1.64
p:herfstvakantie geen|ik-boodschap|1.57
p:herfstvakantie geen|jij-boodschap|-0.98
p:herfstvakantie geen|bekritiseren|-0.65
p:herfstvakantie heb|ik-boodschap|0.98
p:herfstvakantie heb|jij-boodschap|-0.98
p:herfstvakantie heb|bekritiseren|-0.98
p:herfstvakantie vaker|ik-boodschap|-0.78
p:herhalen en|open-vraag|0.87
p:herkansing en|gevoelsreflectie|0.94
p:herkansing en|samenvatting|0.78
p:herkansing en|vervolgafspraak|0.86
p:herkansing gemist|ik-boodschap|0.79
p:herkansing heus|geruststellen|0.91
p:herkansing moet|prijzen|1.0
p:herkansingsdata staan|ik-boodschap|-0.71
p:herkansingsdata staan|argumenteren|0.95
p:herkent u|ondervragen|-0.9
p:het 's|parafrase|-0.99
p:het aan|parafrase|0.84
p:het advies|adviseren|-0.96
p:het af|afronding-aankondigen|0.95
p:het af|bedanken|0.75
p:het al|parafrase|0.99
p:het al|bedanken|-0.92
p:het allemaal|bekritiseren|0.87
p:het altijd|prijzen|-0.91
p:het bankje|moraliseren|-0.92
p:het bankje|interpreteren|-0.67
p:het begon|parafrase|-0.81
p:het begon|aanmoediging|-1.0
p:het best|bekritiseren|-0.78
p:het beste|adviseren|0.18
p:het beste|argumenteren|-0.96
p:het beste|afronding-aankondigen|-0.89
p:het bij|samenvatting|-1.0
p:het blijkbaar|bekritiseren|1.94
p:het cijfer|parafrase|1.79
p:het cijfer|gevoelsreflectie|0.93
p:het cijfer|samenvatting|-1.82
p:het daar|ik-boodschap|-1.0
p:het daar|waarschuwen|-1.0
p:het daar|geruststellen|-0.8
p:het daarom|afronding-aankondigen|-0.98
p:het dat|ik-boodschap|-0.93
p:het dat|parafrase|0.77
p:het dat|gevoelsreflectie|-0.98
p:het dat|argumenteren|-0.91
p:het dat|bedanken|0.97
p:het delen|bekritiseren|-0.83
p:het derde|ik-boodschap|1.26
p:het derde|parafrase|-0.88
p:het derde|afronding-aankondigen|-0.87
p:het derde|vervolgafspraak|-0.93
p:het doet|ik-boodschap|1.62
p:het doet|moraliseren|-0.92
p:het doet|interpreteren|-0.67
p:het echt|ik-boodschap|2.25
p:het echt|jij-boodschap|0.8
p:het echt|gevoelsreflectie|-1.8
p:het echt|bekritiseren|0.99
p:het een|adviseren|1.0
p:het eens|geruststellen|-1.0
p:het eens|vervolgafspraak|-1.0
p:het eerst|samenvatting|-0.99
p:het eerst|afleiden|0.99
p:het eerste|vervolgafspraak|0.92
p:het eind|ik-boodschap|-0.7
p:het eind|waarschuwen|0.91
p:het einde|afleiden|0.9
p:het eng|interpreteren|-0.94
p:het enorm|prijzen|0.92
p:het enorm|vervolgafspraak|-0.92
p:het enorm|bedanken|-0.75
p:het er|ik-boodschap|-0.88
p:het er|gevoelsreflectie|0.96
p:het er|open-vraag|-0.96
p:het erg|ik-boodschap|-0.79
p:het erop|samenvatting|-0.97
p:het even|ik-boodschap|-0.91
p:het even|samenvatting|0.91
p:het even|bevelen|-0.95
p:het even|prijzen|-0.91
p:het examen|argumenteren|0.83
p:het examenreglement|argumenteren|0.95
p:het examenreglement|interpreteren|-0.98
p:het fietsenhok|open-vraag|1.0
p:het fijn|bekritiseren|-0.9
p:het frustrerend|gevoelsreflectie|0.85
p:het gaat|ik-boodschap|-0.9
p:het gaat|parafrase|1.09
p:het gaat|gevoelsreflectie|-1.0
p:het gaat|samenvatting|1.03
p:het gaat|open-vraag|-1.0
p:het gaat|moraliseren|-1.0
p:het gaat|interpreteren|-0.97
p:het gaat|geruststellen|-1.88
p:het gaat|afleiden|-0.95
p:het gaat|afronding-aankondigen|-0.97
p:het gaat|vervolgafspraak|1.79
p:het gaat|bedanken|-0.12
p:het gangpad|waarschuwen|-0.92
p:het gebeurt|ik-boodschap|-0.98
p:het gebeurt|parafrase|-1.0
p:het gebeurt|samenvatting|0.8
p:het gecontroleerd|interpreteren|-0.47
p:het gedoe|adviseren|-1.0
p:het gedrag|argumenteren|-0.82
p:het gegaan|afleiden|-0.94
p:het gehad|open-vraag|0.94
p:het gehad|afleiden|-0.95
p:het gesprek|samenvatting|-0.75
p:het gesprek|interpreteren|-0.99
p:het gesprek|afronding-aankondigen|1.79
p:het gesprek|vervolgafspraak|0.8
p:het gesprek|bedanken|0.97
p:het gevoel|gevoelsreflectie|-1.76
p:het gevoel|open-vraag|1.0
p:het gewoon|argumenteren|0.93
p:het gewoon|afleiden|0.95
p:het goed|jij-boodschap|0.92
p:het goed|parafrase|0.97
p:het goed|samenvatting|-0.85
p:het goed|open-vraag|-0.7
p:het goed|moraliseren|-0.97
p:het goed|bekritiseren|0.83
p:het goede|adviseren|-0.92
p:het goede|prijzen|-0.65
p:het goedkomt|geruststellen|0.44
p:het groepswerk|ik-boodschap|0.98
p:het groepswerk|samenvatting|-0.98
p:het hebben|samenvatting|-0.83
p:het heeft|ik-boodschap|0.93
p:het heel|interpreteren|-0.98
p:het hek|bevelen|1.0
p:het hele|ik-boodschap|0.87
p:het hele|argumenteren|-0.62
p:het hele|bekritiseren|0.95
p:het helemaal|gevoelsreflectie|0.91
p:het helemaal|interpreteren|-0.8
p:het helpt|adviseren|0.95
p:het hem|jij-boodschap|0.83
p:het heus|gevoelsreflectie|0.92
p:het heus|geruststellen|0.92
p:het hier|ik-boodschap|-0.97
p:het hier|gevoelsreflectie|0.94
p:het hier|open-vraag|0.8
p:het hier|bevelen|-1.0
p:het hier|argumenteren|0.87
p:het hier|prijzen|-0.89
p:het hier|afleiden|-1.99
p:het hier|afronding-aankondigen|2.77
p:het hier|bedanken|0.67
p:het hierbij|samenvatting|0.74
p:het hierbij|afronding-aankondigen|0.98
p:het hierbij|vervolgafspraak|-0.94
p:het hierbij|bedanken|-0.98
p:het huiswerk|samenvatting|2.98
p:het huiswerk|open-vraag|0.94
p:het huiswerk|waarschuwen|0.96
p:het huiswerk|bedanken|1.0
p:het idee|interpreteren|1.68
p:het in|ik-boodschap|-0.99
p:het incident|gevoelsreflectie|-0.99
p:het interesseert|bekritiseren|0.93
p:het is|ik-boodschap|-0.88
p:het is|jij-boodschap|-1.0
p:het is|parafrase|-0.99
p:het is|samenvatting|-1.0
p:het is|aanmoediging|-1.0
p:het is|moraliseren|1.93
p:het is|adviseren|-0.89
p:het is|argumenteren|-0.67
p:het is|bekritiseren|-1.0
p:het is|prijzen|-1.0
p:het is|interpreteren|-0.99
p:het is|geruststellen|1.58
p:het is|bedanken|-1.0
p:het jaar|geruststellen|-0.87
p:het je|parafrase|-1.86
p:het je|gevoelsreflectie|-1.86
p:het je|interpreteren|1.86
p:het kamp|afleiden|0.95
p:het kan|ik-boodschap|-0.93
p:het kerstdiner|prijzen|0.92
p:het kerstdiner|vervolgafspraak|-0.92
p:het kerstdiner|bedanken|-0.75
p:het komt|open-vraag|0.67
p:het komt|adviseren|0.91
p:het komt|interpreteren|0.46
p:het komt|geruststellen|2.31
p:het komt|afleiden|-0.9
p:het kort|jij-boodschap|-0.98
p:het kunnen|bekritiseren|0.31
p:het kán|parafrase|-1.8
p:het kán|argumenteren|0.84
p:het laatste|ik-boodschap|0.87
p:het langst|moraliseren|0.9
p:het langst|geruststellen|-0.99
p:het lastig|gevoelsreflectie|-0.86
p:het lastig|bekritiseren|0.84
p:het lastig|vervolgafspraak|-0.97
p:het lastigst|open-vraag|0.94
p:het leren|afleiden|-0.97
p:het leven|parafrase|-1.0
p:het leven|gevoelsreflectie|-1.0
p:het leven|bevelen|-0.87
p:het leven|moraliseren|1.0
p:het leven|afleiden|1.82
p:het liefst|jij-boodschap|-0.96
p:het liever|afleiden|1.92
p:het ligt|argumenteren|0.98
p:het ligt|interpreteren|0.69
p:het lijkt|jij-boodschap|-1.0
p:het lijkt|gevoelsreflectie|1.0
p:het lijkt|samenvatting|-1.0
p:het lijkt|open-vraag|-0.67
p:het lijkt|aanmoediging|-1.0
p:het lijkt|moraliseren|-1.0
p:het lijkt|argumenteren|-0.93
p:het lijkt|bekritiseren|-1.0
p:het lijkt|prijzen|-1.0
p:het lijkt|geruststellen|0.98
p:het lijkt|afronding-aankondigen|-1.0
p:het lijkt|vervolgafspraak|-0.85
p:het lijkt|bedanken|-1.0
p:het lokaal|ik-boodschap|0.68
p:het loopt|parafrase|1.75
p:het luchtig|afronding-aankondigen|-0.76
p:het maar|ik-boodschap|0.89
p:het maar|open-vraag|0.94
p:het maar|aanmoediging|1.7
p:het meest|open-vraag|0.98
p:het meest|geruststellen|-0.95
p:het met|open-vraag|-0.98
p:het met|adviseren|-0.98
p:het met|afleiden|1.9
p:het middelpunt|interpreteren|0.99
p:het mij|vervolgafspraak|0.91
p:het minste|afleiden|-0.99
p:het mis|argumenteren|0.81
p:het moeilijk|jij-boodschap|-0.8
p:het moeilijk|bekritiseren|-0.99
p:het moeilijk|interpreteren|0.99
p:het moet|gevoelsreflectie|0.99
p:het mogelijk|jij-boodschap|0.94
p:het morgen|samenvatting|-1.0
p:het morgen|afronding-aankondigen|1.0
p:het morgen|vervolgafspraak|1.0
p:het morgen|bedanken|-1.0
p:het niet|ik-boodschap|-0.89
p:het niet|prijzen|0.82
p:het niet|interpreteren|1.68
p:het niet|geruststellen|-1.08
p:het nieuwe|open-vraag|-1.73
p:het nodig|etiketteren|-0.93
p:het nog|samenvatting|0.99
p:het nog|afronding-aankondigen|-0.94
p:het nu|ik-boodschap|0.97
p:het nu|jij-boodschap|-0.93
p:het nu|gevoelsreflectie|0.98
p:het nu|samenvatting|0.13
p:het nu|bevelen|0.94
p:het nu|argumenteren|-0.99
p:het nu|afronding-aankondigen|-0.83
p:het nu|bedanken|0.8
p:het om|jij-boodschap|0.19
p:het om|vervolgafspraak|-0.98
p:het onderwijs|bekritiseren|-0.94
p:het onderwijs|prijzen|0.85
p:het onderwijs|ondervragen|-0.93
p:het onrustig|parafrase|-0.96
p:het onrustig|waarschuwen|-0.92
p:het ook|ik-boodschap|-0.97
p:het ook|moraliseren|-0.91
p:het ook|argumenteren|0.64
p:het over|vervolgafspraak|-0.92
p:het overzicht|open-vraag|-0.99
p:het pesten|samenvatting|1.0
p:het pesten|bekritiseren|-0.2
p:het pesten|vervolgafspraak|-0.82
p:het plannen|samenvatting|0.98
p:het plannen|geruststellen|-0.98
p:het positief|afleiden|0.99
p:het prima|jij-boodschap|0.98
p:het prima|parafrase|-0.75
p:het prima|bekritiseren|0.94
p:het prima|geruststellen|0.99
p:het probleem|ik-boodschap|-0.98
p:het probleem|parafrase|0.96
p:het probleem|argumenteren|-0.96
p:het probleem|interpreteren|0.99
p:het profiel|open-vraag|1.0
p:het programma|afleiden|-0.92
p:het project|interpreteren|-0.99
p:het protocol|argumenteren|-1.0
p:het pta|ik-boodschap|-0.92
p:het pta|bekritiseren|-0.93
p:het pta|afleiden|-0.92
p:het raakt|parafrase|-0.9
p:het rapport|ik-boodschap|0.61
p:het rapport|bevelen|-0.97
p:het rapport|argumenteren|-0.9
p:het rapport|interpreteren|-0.99
p:het redelijk|parafrase|-1.0
p:het redelijk|samenvatting|1.0
p:het reglement|waarschuwen|-0.93
p:het reglement|moraliseren|-0.99
p:het reglement|argumenteren|0.99
p:het reglement|geruststellen|-0.99
p:het rooster|ik-boodschap|-0.93
p:het rooster|parafrase|1.87
p:het rooster|gevoelsreflectie|-1.98
p:het rooster|waarschuwen|-0.9
p:het rooster|adviseren|0.9
p:het rooster|geruststellen|-0.92
p:het rooster|afleiden|-1.82
p:het samen|adviseren|0.92
p:het samenvat|parafrase|1.0
p:het samenvat|gevoelsreflectie|-0.95
p:het samenvat|open-vraag|-1.0
p:het schoolplein|afleiden|0.95
p:het schoolvoetbalteam|waarschuwen|0.87
p:het slapen|samenvatting|1.0
p:het slapen|afronding-aankondigen|-1.0
p:het slim|adviseren|0.97
p:het snap|parafrase|0.96
p:het spanend|gevoelsreflectie|0.98
p:het spannend|open-vraag|1.0
p:het speelt|ik-boodschap|-0.98
p:het speelt|samenvatting|0.8
p:het staat|ik-boodschap|-0.92
p:het staat|bekritiseren|-0.93
p:het staat|afleiden|-0.92
p:het stond|argumenteren|1.0
p:het te|parafrase|-1.8
p:het te|gevoelsreflectie|-0.95
p:het te|samenvatting|0.95
p:het te|open-vraag|-0.99
p:het te|argumenteren|0.84
p:het te|interpreteren|0.94
p:het team|ik-boodschap|0.99
p:het teamoverleg|vervolgafspraak|0.99
p:het tenminste|afleiden|0.9
p:het thuis|interpreteren|-0.98
p:het toch|bedanken|0.82
p:het toen|open-vraag|0.6
p:het trouwens|open-vraag|-0.93
p:het tussen|open-vraag|0.7
p:het tweede|ik-boodschap|0.93
p:het tweede|open-vraag|-0.99
p:het tweede|vervolgafspraak|1.91
p:het tweede|bedanken|-0.66
p:het u|parafrase|-0.97
p:het u|gevoelsreflectie|1.0
p:het u|samenvatting|-0.74
p:het u|bedanken|-0.82
p:het uit|bevelen|0.91
p:het uit|afleiden|0.92
p:het valt|ik-boodschap|-0.94
p:het valt|samenvatting|-0.9
p:het valt|prijzen|-0.78
p:het valt|vervolgafspraak|0.93
p:het vast|parafrase|-1.0
p:het vast|bevelen|-0.83
p:het vast|waarschuwen|-0.78
p:het vast|adviseren|0.82
p:het vast|bekritiseren|-0.97
p:het vast|prijzen|1.89
p:het vast|geruststellen|0.5
p:het vast|afleiden|-0.99
p:het vast|vervolgafspraak|-0.92
p:het vast|bedanken|-0.75
p:het verder|afleiden|0.98
p:het verschil|samenvatting|0.89
p:het vertel|aanmoediging|0.99
p:het verzuim|waarschuwen|1.0
p:het verzuim|adviseren|-1.0
p:het verzuim|argumenteren|-1.81
p:het verzuim|ondervragen|-1.0
p:het verzuim|afleiden|-0.95
p:het verzuim|afronding-aankondigen|-0.83
p:het verzuim|bedanken|-0.92
p:het via|parafrase|0.97
p:het via|gevoelsreflectie|0.97
p:het via|adviseren|-0.97
p:het vijfde|ik-boodschap|0.97
p:het voetballen|open-vraag|-0.95
p:het voetballen|afleiden|0.95
p:het volgens|samenvatting|-1.0
p:het voor|etiketteren|-0.99
p:het vorig|afleiden|-0.95
p:het vroeg|aanmoediging|-0.73
p:het weekend|ik-boodschap|0.93
p:het weekend|jij-boodschap|-0.98
p:het weekend|vervolgafspraak|-0.79
p:het weer|etiketteren|0.91
p:het weer|afleiden|0.68
p:het wel|waarschuwen|-0.74
p:het wel|interpreteren|-0.73
p:het wel|geruststellen|1.0
p:het werk|ik-boodschap|0.98
p:het werk|samenvatting|-0.98
p:het werkstuk|argumenteren|-0.92
p:het wijkteam|adviseren|1.0
p:het woord|ik-boodschap|1.56
p:het zelf|gevoelsreflectie|0.98
p:het zelf|bevelen|-1.0
p:het zelf|adviseren|-1.0
p:het zelf|interpreteren|0.99
p:het zelf|bedanken|0.99
p:het zesde|afronding-aankondigen|0.89
p:het zesde|vervolgafspraak|0.94
p:het zijn|ik-boodschap|-0.98
p:het zijn|samenvatting|0.8
p:het zit|ik-boodschap|0.97
p:het zo|ik-boodschap|-0.97
p:het zo|jij-boodschap|0.79
p:het zo|waarschuwen|0.75
p:het zo|prijzen|0.99
p:het zonde|ik-boodschap|0.81
p:het zorgteam|afronding-aankondigen|-0.76
p:hetzelfde punt|ik-boodschap|0.97
p:hetzelfde punt|afronding-aankondigen|0.97
p:hetzelfde zien|argumenteren|0.98
p:heus lukken|geruststellen|0.74
p:heus niet|argumenteren|-0.93
p:heus niet|geruststellen|0.87
p:heus wel|gevoelsreflectie|0.92
p:heus wel|adviseren|-0.81
p:heus wel|geruststellen|1.84
p:hielp met|ik-boodschap|1.0
p:hier af|bevelen|-1.0
p:hier af|afleiden|-1.0
p:hier af|afronding-aankondigen|0.8
p:hier af|vervolgafspraak|-0.92
p:hier afronden|prijzen|-0.89
p:hier afronden|bedanken|0.96
p:hier bedankt|afronding-aankondigen|0.97
p:hier best|ik-boodschap|-0.97
p:hier boos|geruststellen|-0.67
p:hier duidelijk|aanmoediging|-0.93
p:hier echt|etiketteren|-1.0
p:hier een|afronding-aankondigen|-0.97
p:hier emotioneel|bedanken|0.82
p:hier erg|gevoelsreflectie|1.0
p:hier laten|afronding-aankondigen|1.85
p:hier laten|vervolgafspraak|0.94
p:hier leven|moraliseren|1.0
p:hier leven|vervolgafspraak|-1.0
p:hier niet|afleiden|0.93
p:hier nou|waarschuwen|-0.85
p:hier nu|ik-boodschap|-0.97
p:hier nu|samenvatting|-1.0
p:hier nu|afronding-aankondigen|1.0
p:hier nu|bedanken|-1.0
p:hier om|geruststellen|0.96
p:hier onzeker|gevoelsreflectie|0.93
p:hier onzeker|open-vraag|0.96
p:hier op|afronding-aankondigen|-0.96
p:hier op|bedanken|-0.96
p:hier stoppen|bedanken|-0.79
p:hier voor|gevoelsreflectie|-0.99
p:hier voor|afleiden|-0.99
p:hier voor|afronding-aankondigen|0.92
p:hier voor|bedanken|0.67
p:hier zeker|prijzen|0.97
p:hier zelf|gevoelsreflectie|-0.94
p:hier zichtbaar|gevoelsreflectie|0.94
p:hier zichtbaar|open-vraag|0.8
p:hier ziet|open-vraag|-0.99
p:hier zwart|argumenteren|0.87
p:hierbij afsluiten|bedanken|-0.92
p:hierbij laten|samenvatting|0.74
p:hierbij laten|afronding-aankondigen|0.98
p:hierbij laten|vervolgafspraak|-0.94
p:hierbij laten|bedanken|-0.98
p:hierdoor kan|ik-boodschap|-0.95
p:hierdoor kunnen|jij-boodschap|-1.0
p:hierdoor kunnen|bekritiseren|-1.0
p:hiermee wegkomt|waarschuwen|0.96
p:hiervan ?|gevoelsreflectie|-0.91
p:hij 's|parafrase|1.0
p:hij 's|adviseren|1.0
p:hij ?|adviseren|-0.93
p:hij ?|interpreteren|-0.6
p:hij aandacht|bevelen|-0.99
p:hij achter|ik-boodschap|1.0
p:hij achter|parafrase|-1.0
p:hij achter|gevoelsreflectie|-1.0
p:hij achterloopt|adviseren|-0.92
p:hij allemaal|ik-boodschap|0.81
p:hij altijd|jij-boodschap|-0.26
p:hij bij|parafrase|1.75
p:hij bij|open-vraag|-1.0
p:hij blijft|waarschuwen|-0.74
p:hij dan|ik-boodschap|-0.97
p:hij dan|open-vraag|-0.87
p:hij dan|interpreteren|-0.6
p:hij dan|ondervragen|0.9
p:hij dat|open-vraag|-1.0
p:hij de|parafrase|-0.99
p:hij de|adviseren|0.93
p:hij de|argumenteren|0.9
p:hij de|vervolgafspraak|1.0
p:hij definitief|interpreteren|-1.0
p:hij die|moraliseren|0.91
p:hij die|adviseren|-1.0
p:hij die|interpreteren|-1.0
p:hij die|ondervragen|-1.0
p:hij dingen|ik-boodschap|0.94
p:hij dinsdag|argumenteren|-0.91
p:hij dit|gevoelsreflectie|-0.88
p:hij dit|moraliseren|0.95
p:hij doet|bevelen|-0.99
p:hij doet|argumenteren|-1.0
p:hij doet|interpreteren|-0.99
p:hij een|moraliseren|-0.89
p:hij een|argumenteren|-0.96
p:hij eerst|adviseren|0.99
p:hij eigenlijk|afleiden|0.95
p:hij er|open-vraag|-1.0
p:hij fout|prijzen|-0.91
p:hij gaat|prijzen|0.82
p:hij gamet|adviseren|1.0
p:hij gamet|bekritiseren|0.78
p:hij geen|argumenteren|0.96
p:hij gepest|open-vraag|1.0
p:hij geschorst|waarschuwen|1.0
p:hij geschorst|adviseren|-1.0
p:hij geschorst|bekritiseren|-0.98
p:hij geschorst|prijzen|-1.0
p:hij gewoon|etiketteren|0.95
p:hij gewoon|interpreteren|0.95
p:hij gisteren|ik-boodschap|-0.63
p:hij gisteren|samenvatting|-0.99
p:hij haalt|samenvatting|0.99
p:hij had|parafrase|0.86
p:hij had|argumenteren|0.97
p:hij heeft|jij-boodschap|-0.99
p:hij heeft|gevoelsreflectie|-0.91
p:hij heeft|samenvatting|0.99
p:hij heeft|moraliseren|-0.9
p:hij heeft|argumenteren|0.81
p:hij heeft|interpreteren|-0.94
p:hij heeft|bedanken|-0.97
p:hij het|waarschuwen|-0.74
p:hij houdt|bekritiseren|0.98
p:hij in|interpreteren|0.46
p:hij in|geruststellen|0.88
p:hij is|jij-boodschap|-0.46
p:hij is|parafrase|-2.84
p:hij is|argumenteren|-1.53
p:hij is|bekritiseren|-1.73
p:hij is|geruststellen|0.74
p:hij is|afronding-aankondigen|-0.94
p:hij is|bedanken|-0.97
p:hij kijkt|ik-boodschap|-0.88
p:hij kijkt|gevoelsreflectie|0.96
p:hij komt|vervolgafspraak|-0.95
p:hij kreeg|gevoelsreflectie|0.94
p:hij kreeg|samenvatting|0.78
p:hij kreeg|vervolgafspraak|0.86
p:hij lapt|jij-boodschap|0.92
p:hij lapt|bekritiseren|0.83
p:hij moet|bekritiseren|-0.98
p:hij moet|geruststellen|1.69
p:hij morgen|etiketteren|-0.93
p:hij na|geruststellen|0.92
p:hij naar|ik-boodschap|-0.97
p:hij naar|gevoelsreflectie|0.98
p:hij nauwelijks|ik-boodschap|0.99
p:hij niet|ik-boodschap|-0.93
p:hij niet|parafrase|0.99
p:hij niet|bevelen|-0.94
p:hij niet|waarschuwen|0.91
p:hij niet|argumenteren|1.87
p:hij niet|interpreteren|-0.98
p:hij niet|geruststellen|-0.99
p:hij niet|afleiden|-0.97
p:hij niet|vervolgafspraak|-0.97
p:hij nodig|bekritiseren|-0.9
p:hij nog|jij-boodschap|-0.6
p:hij nog|open-vraag|0.6
p:hij nog|adviseren|-1.0
p:hij nog|interpreteren|0.99
p:hij nooit|ik-boodschap|-1.0
p:hij nooit|gevoelsreflectie|-1.0
p:hij nooit|geruststellen|-0.74
p:hij om|jij-boodschap|0.98
p:hij om|parafrase|-0.75
p:hij om|open-vraag|0.86
p:hij om|bekritiseren|0.94
p:hij om|interpreteren|0.6
p:hij onzeker|geruststellen|-0.9
p:hij op|jij-boodschap|-0.65
p:hij op|open-vraag|-0.87
p:hij op|ondervragen|0.94
p:hij slaapt|parafrase|-0.91
p:hij spijbelt|interpreteren|1.0
p:hij staat|ik-boodschap|0.93
p:hij staat|vervolgafspraak|-0.79
p:hij stelt|bekritiseren|1.68
p:hij stiekem|interpreteren|0.58
p:hij thuis|parafrase|0.96
p:hij thuis|gevoelsreflectie|0.86
p:hij thuis|samenvatting|-0.8
p:hij thuis|adviseren|-0.93
p:hij thuis|interpreteren|1.38
p:hij tijdens|waarschuwen|-0.99
p:hij toch|moraliseren|0.9
p:hij toch|prijzen|0.65
p:hij toen|gevoelsreflectie|-0.63
p:hij toen|aanmoediging|-0.73
p:hij toen|afleiden|-0.97
p:hij trekt|bekritiseren|-0.67
p:hij vaak|ik-boodschap|-0.99
p:hij van|waarschuwen|0.97
p:hij van|moraliseren|-0.98
p:hij vanzelf|argumenteren|-0.95
p:hij vastloopt|argumenteren|-0.98
p:hij verveelt|interpreteren|0.94
p:hij voelt|parafrase|-1.0
p:hij voelt|samenvatting|0.89
p:hij volgend|waarschuwen|0.93
p:hij volgend|geruststellen|-0.63
p:hij voor|afleiden|0.99
p:hij was|afleiden|-0.99
p:hij weer|parafrase|-0.92
p:hij weer|samenvatting|0.91
p:hij weer|moraliseren|-0.89
p:hij weer|bekritiseren|-0.81
p:hij woensdag|bekritiseren|-0.97
p:hij woensdag|prijzen|0.97
p:hij wordt|parafrase|1.0
p:hij wordt|samenvatting|-1.0
p:hij wordt|open-vraag|-1.0
p:hij zich|ik-boodschap|0.97
p:hij ziek|bevelen|0.95
p:hij ziek|ondervragen|0.9
p:hij zijn|ik-boodschap|-0.93
p:hij zijn|bevelen|0.99
p:hij zijn|waarschuwen|-0.16
p:hij zijn|geruststellen|-0.87
p:hij zijn|vervolgafspraak|-0.97
p:hij zit|waarschuwen|-1.0
p:hij zit|etiketteren|-0.94
p:hij zit|interpreteren|-0.99
p:hij zit|geruststellen|-0.96
p:hij zit|afleiden|-1.0
p:hij zitten|bevelen|-0.94
p:hij zitten|waarschuwen|0.92
p:hij zitten|prijzen|-0.92
p:hij zitten|geruststellen|-0.98
p:hij zo|argumenteren|-0.82
p:hij zo|etiketteren|-0.94
p:hij zo|geruststellen|0.96
p:hij zoekt|interpreteren|0.71
p:hm en|samenvatting|-0.96
p:hm en|aanmoediging|0.96
p:hockey ?|afleiden|0.95
p:hoe bevalt|open-vraag|-1.73
p:hoe bevalt|afleiden|0.87
p:hoe dat|parafrase|-1.0
p:hoe dat|samenvatting|1.0
p:hoe dat|ondervragen|-0.9
p:hoe de|vervolgafspraak|0.96
p:hoe denkt|gevoelsreflectie|-0.97
p:hoe dit|open-vraag|-0.99
p:hoe en|gevoelsreflectie|-0.95
p:hoe en|samenvatting|0.95
p:hoe gaat|ik-boodschap|1.87
p:hoe gaat|gevoelsreflectie|1.97
p:hoe gaat|samenvatting|-0.98
p:hoe gaat|open-vraag|3.49
p:hoe gaat|adviseren|-0.98
p:hoe gaat|afleiden|0.92
p:hoe ging|afleiden|-0.95
p:hoe hard|adviseren|-1.0
p:hoe heeft|gevoelsreflectie|-1.0
p:hoe heeft|open-vraag|1.0
p:hoe heeft|prijzen|-1.0
p:hoe het|ik-boodschap|-1.9
p:hoe het|parafrase|-0.9
p:hoe het|samenvatting|-0.91
p:hoe het|open-vraag|-1.98
p:hoe het|waarschuwen|-1.0
p:hoe het|moraliseren|-1.0
p:hoe het|interpreteren|-0.97
p:hoe het|afleiden|-0.95
p:hoe het|afronding-aankondigen|-0.97
p:hoe het|vervolgafspraak|2.75
p:hoe het|bedanken|0.83
p:hoe is|ik-boodschap|0.97
p:hoe is|jij-boodschap|0.94
p:hoe is|open-vraag|1.0
p:hoe kijk|open-vraag|1.84
p:hoe kijkt|parafrase|-0.78
p:hoe komt|samenvatting|-1.0
p:hoe kunnen|open-vraag|1.0
p:hoe kwam|gevoelsreflectie|-0.98
p:hoe laat|ik-boodschap|-0.97
p:hoe laat|open-vraag|-1.84
p:hoe laat|adviseren|-0.93
p:hoe laat|argumenteren|-0.91
p:hoe laat|interpreteren|-0.6
p:hoe laat|ondervragen|0.98
p:hoe merkt|ik-boodschap|0.73
p:hoe pakt|parafrase|0.92
p:hoe pakt|samenvatting|-0.77
p:hoe reageerde|aanmoediging|-0.73
p:hoe reageert|gevoelsreflectie|0.94
p:hoe reageert|open-vraag|0.8
p:hoe u|prijzen|1.91
p:hoe u|vervolgafspraak|-0.92
p:hoe u|bedanken|-0.75
p:hoe voel|open-vraag|0.98
p:hoe was|open-vraag|-2.01
p:hoe was|geruststellen|0.5
p:hoe was|ondervragen|-0.98
p:hoe was|afleiden|2.89
p:hoe we|moraliseren|1.0
p:hoe we|vervolgafspraak|-1.0
p:hoe ziet|parafrase|0.96
p:hoe ziet|open-vraag|1.0
p:hoe ziet|vervolgafspraak|-0.88
p:hoe ziet|bedanken|-0.99
p:hoe zijn|gevoelsreflectie|-0.98
p:hoe zou|jij-boodschap|-0.96
p:hoeft niet|interpreteren|-0.97
p:hoeft niet|geruststellen|1.84
p:hoeft u|bevelen|-0.92
p:hoeft u|moraliseren|-0.92
p:hoeft u|bekritiseren|-0.99
p:hoeft u|interpreteren|-0.7
p:hoeft u|afleiden|1.63
p:hoi bram|jij-boodschap|-0.77
p:hoi ga|bevelen|-0.91
p:hoi mark|ik-boodschap|-0.97
p:hond ?|open-vraag|-0.93
p:hoofd op|ik-boodschap|1.0
p:hoofd op|samenvatting|-0.96
p:hoofdstuk achter|waarschuwen|-0.5
p:hoogte heeft|adviseren|-0.82
p:hoogte volgende|samenvatting|0.8
p:hoogte volgende|bedanken|0.92
p:hoor bent|adviseren|-0.82
p:hoor daar|etiketteren|0.94
p:hoor dat|parafrase|1.0
p:hoor dat|gevoelsreflectie|2.15
p:hoor dat|open-vraag|-0.29
p:hoor dat|aanmoediging|-0.91
p:hoor dat|waarschuwen|-1.0
p:hoor dat|geruststellen|0.29
p:hoor dat|afleiden|-0.79
p:hoor de|moraliseren|-0.95
p:hoor het|gevoelsreflectie|-1.0
p:hoor hoe|prijzen|1.0
p:hoor ik|gevoelsreflectie|1.8
p:hoor ik|samenvatting|-1.0
p:hoor ik|aanmoediging|0.88
p:hoor ik|bevelen|-1.0
p:hoor ik|ondervragen|1.97
p:hoor is|gevoelsreflectie|0.83
p:hoor je|moraliseren|0.97
p:hoor je|argumenteren|0.96
p:hoor u|parafrase|-0.97
p:hoor u|gevoelsreflectie|-1.0
p:hoor wilt|gevoelsreflectie|-0.82
p:hoor ze|prijzen|-0.78
p:hoor zeggen|parafrase|0.99
p:hoor zeggen|geruststellen|-0.99
p:hoorde dat|ik-boodschap|0.84
p:hoorde dat|vervolgafspraak|-1.0
p:hoorde van|ik-boodschap|-0.99
p:hoort alleen|bekritiseren|0.19
p:hoort als|prijzen|-0.65
p:hoort bij|geruststellen|1.0
p:hoort bij|afleiden|-0.92
p:hoort bij|vervolgafspraak|-1.0
p:hoort dan|bekritiseren|-1.57
p:hoort een|moraliseren|0.76
p:hoort er|moraliseren|-0.99
p:hoort er|bekritiseren|-0.99
p:hoort er|interpreteren|-0.99
p:hoort er|geruststellen|-0.97
p:hoort er|afleiden|1.17
p:hoort gewoon|moraliseren|1.01
p:hoort hij|ik-boodschap|0.94
p:hoort ieder|jij-boodschap|-0.91
p:hoort ieder|bekritiseren|-0.96
p:hoort je|jij-boodschap|-0.97
p:hoort je|samenvatting|-0.96
p:hoort je|interpreteren|-0.8
p:hoort nu|bevelen|-0.92
p:hoort nu|argumenteren|-0.7
p:hoort nu|interpreteren|-0.7
p:hoort nu|geruststellen|-0.92
p:hoort nu|afleiden|1.63
p:hoort om|moraliseren|0.91
p:hoort op|jij-boodschap|-0.91
p:hoort op|bekritiseren|-0.96
p:hoort te|moraliseren|1.0
p:hoort te|argumenteren|-1.0
p:hoort te|bekritiseren|0.27
p:hoort te|prijzen|-1.0
p:hoort te|ondervragen|-1.0
p:hoort thuis|geruststellen|-0.99
p:hoort u|moraliseren|0.98
p:hoort zijn|waarschuwen|0.77
p:horen daarom|interpreteren|0.99
p:horen dat|interpreteren|-0.98
p:horen hoe|gevoelsreflectie|-0.98
p:horen hoe|samenvatting|-0.95
p:horen hoe|vervolgafspraak|1.93
p:horen hoe|bedanken|0.83
p:horen op|adviseren|-0.99
p:horen wat|bekritiseren|-0.34
p:hou daar|bevelen|0.97
p:hou daar|bekritiseren|0.84
p:hou hier|waarschuwen|-0.85
p:hou nou|bevelen|0.99
p:hou nou|bekritiseren|-0.12
p:houd de|samenvatting|0.8
p:houd de|bedanken|0.92
p:houd ik|ik-boodschap|1.0
p:houden alleen|gevoelsreflectie|-0.99
p:houden alleen|samenvatting|-0.99
p:houden anders|bekritiseren|-0.98
p:houden contact|aanmoediging|-0.97
p:houden en|afleiden|0.99
p:houden niet|moraliseren|1.0
p:houden zijn|bedanken|0.96
p:houden zo|moraliseren|0.97
p:houdt hem|bevelen|0.95
p:houdt hem|vervolgafspraak|-0.95
p:houdt hoe|parafrase|-0.78
p:houdt mist|vervolgafspraak|0.98
p:houdt zich|bevelen|-0.94
p:houdt zich|bekritiseren|0.98
p:huilend het|ik-boodschap|0.68
p:huilend in|afleiden|-0.98
p:huilt veel|open-vraag|-0.99
p:huis eigenlijk|open-vraag|-1.73
p:huis fietst|adviseren|-0.99
p:huisarts aankloppen|gevoelsreflectie|0.88
p:huisarts op|samenvatting|0.9
p:huisarts te|adviseren|1.0
p:huisarts te|vervolgafspraak|-0.85
p:huisarts was|samenvatting|-0.95
p:huisarts was|vervolgafspraak|0.95
p:huisarts was|bedanken|0.95
p:huiswerk ?|adviseren|-0.98
p:huiswerk afspreken|prijzen|-0.91
p:huiswerk bij|moraliseren|1.0
p:huiswerk bij|bekritiseren|1.0
p:huiswerk blijft|samenvatting|0.95
p:huiswerk dat|samenvatting|0.99
p:huiswerk de|samenvatting|1.0
p:huiswerk de|afronding-aankondigen|-1.0
p:huiswerk deze|waarschuwen|0.96
p:huiswerk gecontroleerd|jij-boodschap|-0.98
p:huiswerk gecontroleerd|ondervragen|0.98
p:huiswerk gewoon|interpreteren|-0.8
p:huiswerk maakt|ik-boodschap|-0.88
p:huiswerk maakt|samenvatting|-0.8
p:huiswerk maakt|adviseren|0.99
p:huiswerk meer|ik-boodschap|0.41
p:huiswerk niet|ik-boodschap|1.9
p:huiswerk niet|parafrase|-1.0
p:huiswerk niet|gevoelsreflectie|-1.0
p:huiswerk niet|waarschuwen|-0.96
p:huiswerk niet|argumenteren|-1.82
p:huiswerk niet|bekritiseren|-0.84
p:huiswerk niet|vervolgafspraak|0.81
p:huiswerk nooit|jij-boodschap|0.9
p:huiswerk te|waarschuwen|0.77
p:huiswerk thuis|open-vraag|0.94
p:huiswerk uren|samenvatting|1.0
p:huiswerk uren|afronding-aankondigen|1.0
p:huiswerk uren|bedanken|1.0
p:huiswerk vaak|open-vraag|0.94
p:huiswerk vergeet|ik-boodschap|-0.78
p:huiswerk vergeet|open-vraag|0.94
p:huiswerk wel|samenvatting|-0.96
p:huiswerkinstituut ?|adviseren|1.0
p:huiswerkinstituut ?|ondervragen|-1.0
p:huiswerkklas en|parafrase|-0.9
p:huiswerkklas en|samenvatting|0.85
p:huiswerkklas gaan|parafrase|-0.91
p:huiswerkklas zitten|ondervragen|-0.95
p:huiswerkopdracht ingeleverd|argumenteren|-0.96
p:huiswerkopdracht ingelevert|ik-boodschap|1.57
p:huiswerkopdracht ingelevert|jij-boodschap|-0.98
p:huiswerkopdracht ingelevert|bekritiseren|-0.65
p:huiswerkritme er|prijzen|1.0
p:huiswerktijd afspreken|adviseren|1.91
p:huiswerkuur in|adviseren|0.92
p:hulp kunnen|adviseren|1.0
p:hulp nodig|prijzen|0.96
p:hulp op|jij-boodschap|-0.98
p:hun kinderen|moraliseren|1.0
p:hun vraag|ik-boodschap|1.36
p:hun vraag|waarschuwen|-0.89
p:hysterisch en|bevelen|1.49
p:hè ?|gevoelsreflectie|0.98
p:hè ?|open-vraag|-0.66
p:hé bram|afleiden|-0.9
p:idee dat|gevoelsreflectie|-0.91
p:idee dat|interpreteren|1.68
p:idee om|moraliseren|-0.91
p:idee om|adviseren|1.81
p:idee om|argumenteren|-0.8
p:idee zou|moraliseren|-0.97
p:ideeen dus|bekritiseren|-0.99
p:ideeën dan|prijzen|0.99
p:ideeën heeft|ondervragen|-0.93
p:ieder kind|jij-boodschap|-0.91
p:ieder kind|bekritiseren|-0.96
p:iedereen een|afleiden|-0.92
p:iedereen gekregen|bekritiseren|-0.93
p:iedereen haalt|argumenteren|-0.9
p:iedereen haalt|geruststellen|-0.88
p:iedereen heeft|open-vraag|-0.95
p:iedereen heeft|afleiden|0.95
p:iedereen hier|etiketteren|1.0
p:iedereen is|jij-boodschap|0.99
p:iedereen is|samenvatting|-0.99
p:iedereen is|moraliseren|-0.99
p:iedereen is|interpreteren|-0.99
p:iedereen is|afleiden|0.99
p:iedereen ook|argumenteren|0.99
p:iedereen spiekt|afleiden|0.92
p:iedereen wel|waarschuwen|-1.0
p:iedereen wel|geruststellen|-0.35
p:iemand anders|open-vraag|-0.96
p:iemand met|bekritiseren|-0.94
p:iemand met|prijzen|0.85
p:iemand niet|moraliseren|0.92
p:iemand pijn|jij-boodschap|-0.97
p:iemand pijn|samenvatting|-0.96
p:iemand uitlachen|moraliseren|1.0
p:iets aan|jij-boodschap|1.0
p:iets aan|waarschuwen|0.97
p:iets aan|bekritiseren|1.0
p:iets aan|geruststellen|-1.0
p:iets en|afronding-aankondigen|-0.98
p:iets heel|bevelen|-1.0
p:iets heel|geruststellen|-1.0
p:iets heel|afleiden|0.91
p:iets is|jij-boodschap|-0.85
p:iets is|vervolgafspraak|0.91
p:iets meer|parafrase|-0.96
p:iets meer|afleiden|-0.88
p:iets nodig|waarschuwen|-0.98
p:iets terug|ik-boodschap|-0.97
p:iets terug|jij-boodschap|-0.81
p:iets terug|bekritiseren|0.97
p:iets van|samenvatting|-0.97
p:iets verandert|gevoelsreflectie|-0.82
p:iets zei|gevoelsreflectie|0.94
p:ik aan|parafrase|-0.91
p:ik aan|bevelen|-0.96
p:ik alles|gevoelsreflectie|-0.98
p:ik alles|samenvatting|0.99
p:ik alles|vervolgafspraak|-1.89
p:ik app|samenvatting|-0.81
p:ik app|vervolgafspraak|0.96
p:ik baal|ik-boodschap|1.0
p:ik baal|etiketteren|-1.0
p:ik balen|open-vraag|0.96
p:ik begrijp|open-vraag|0.99
p:ik begrijp|aanmoediging|0.99
p:ik begrijp|argumenteren|0.83
p:ik begrijp|geruststellen|0.95
p:ik begrijp|afleiden|0.9
p:ik bel|samenvatting|-0.79
p:ik bel|vervolgafspraak|3.88
p:ik ben|ik-boodschap|2.23
p:ik ben|jij-boodschap|-1.06
p:ik ben|gevoelsreflectie|-0.96
p:ik ben|aanmoediging|-0.93
p:ik ben|bevelen|-1.25
p:ik ben|bekritiseren|-1.68
p:ik ben|prijzen|-0.98
p:ik ben|afronding-aankondigen|-1.0
p:ik beëindig|afronding-aankondigen|0.94
p:ik breek|afronding-aankondigen|0.8
p:ik dat|ik-boodschap|0.99
p:ik dat|parafrase|-1.91
p:ik dat|samenvatting|-0.96
p:ik dat|bevelen|1.0
p:ik de|ik-boodschap|-0.98
p:ik de|parafrase|0.91
p:ik de|open-vraag|0.87
p:ik de|bevelen|0.9
p:ik de|argumenteren|-0.71
p:ik de|prijzen|-0.84
p:ik de|vervolgafspraak|-0.99
p:ik denk|jij-boodschap|0.88
p:ik denk|waarschuwen|-0.97
p:ik denk|adviseren|-1.0
p:ik denk|bekritiseren|1.16
p:ik denk|interpreteren|2.01
p:ik die|parafrase|1.0
p:ik die|adviseren|2.0
p:ik die|bekritiseren|0.78
p:ik dit|ik-boodschap|-0.87
p:ik dit|jij-boodschap|1.74
p:ik dit|samenvatting|-1.0
p:ik dit|waarschuwen|0.99
p:ik dit|bekritiseren|0.91
p:ik dit|prijzen|-0.91
p:ik dit|etiketteren|0.91
p:ik dit|ondervragen|1.0
p:ik dit|vervolgafspraak|-0.99
p:ik drie|ik-boodschap|1.0
p:ik echt|ik-boodschap|0.99
p:ik echt|gevoelsreflectie|-0.99
p:ik een|argumenteren|-0.71
p:ik een|vervolgafspraak|-0.95
p:ik eerlijk|ik-boodschap|0.87
p:ik eerlijk|parafrase|-0.91
p:ik eerlijk|waarschuwen|-0.99
p:ik eerlijk|etiketteren|-0.91
p:ik en|aanmoediging|1.0
p:ik erger|bekritiseren|-0.19
p:ik even|ik-boodschap|0.93
p:ik even|gevoelsreflectie|-0.83
p:ik ga|ik-boodschap|-1.0
p:ik ga|bevelen|-0.97
p:ik ga|afronding-aankondigen|1.0
p:ik ga|vervolgafspraak|-1.92
p:ik ga|bedanken|-0.96
p:ik geen|ik-boodschap|-0.92
p:ik geen|afleiden|-0.92
p:ik geen|vervolgafspraak|-0.95
p:ik gehoord|ik-boodschap|-0.72
p:ik gelezen|afleiden|-0.95
p:ik gewoon|bekritiseren|0.97
p:ik goed|parafrase|0.84
p:ik haar|ik-boodschap|-0.2
p:ik had|bekritiseren|-2.44
p:ik heb|ik-boodschap|-1.98
p:ik heb|jij-boodschap|-0.81
p:ik heb|gevoelsreflectie|-1.85
p:ik heb|waarschuwen|-1.0
p:ik heb|adviseren|-1.0
p:ik heb|argumenteren|0.75
p:ik heb|bekritiseren|0.97
p:ik heb|interpreteren|0.52
p:ik heb|vervolgafspraak|-0.97
p:ik hem|ik-boodschap|0.3
p:ik hem|jij-boodschap|-1.58
p:ik hem|bevelen|1.78
p:ik hem|waarschuwen|2.89
p:ik hem|bekritiseren|-0.98
p:ik hem|prijzen|0.92
p:ik het|jij-boodschap|0.79
p:ik het|parafrase|2.92
p:ik het|gevoelsreflectie|-0.94
p:ik het|samenvatting|-0.81
p:ik het|open-vraag|-2.67
p:ik het|bevelen|-0.95
p:ik het|moraliseren|-0.97
p:ik het|afleiden|0.95
p:ik het|afronding-aankondigen|0.9
p:ik het|bedanken|-0.92
p:ik hier|afronding-aankondigen|-0.97
p:ik hoor|parafrase|-0.97
p:ik hoor|gevoelsreflectie|0.98
p:ik hoor|open-vraag|-0.29
p:ik hoor|geruststellen|-0.71
p:ik hoorde|ik-boodschap|-0.15
p:ik hoorde|vervolgafspraak|-1.0
p:ik houd|samenvatting|0.8
p:ik houd|bedanken|0.92
p:ik jammer|ik-boodschap|0.99
p:ik jammer|parafrase|-0.99
p:ik jammer|open-vraag|1.0
p:ik jammer|adviseren|0.93
p:ik jammer|vervolgafspraak|0.81
p:ik jammer|bedanken|-0.79
p:ik je|ik-boodschap|1.0
p:ik je|parafrase|0.9
p:ik je|waarschuwen|1.77
p:ik je|moraliseren|-1.0
p:ik je|geruststellen|-0.92
p:ik je|afleiden|-0.92
p:ik je|afronding-aankondigen|0.89
p:ik je|vervolgafspraak|2.8
p:ik jullie|waarschuwen|1.0
p:ik jullie|bekritiseren|0.78
p:ik jullie|ondervragen|-1.0
p:ik kan|ik-boodschap|-0.61
p:ik kan|parafrase|-1.0
p:ik kan|gevoelsreflectie|1.94
p:ik kan|waarschuwen|-1.0
p:ik kijk|samenvatting|-0.74
p:ik kijk|bedanken|-0.82
p:ik lastig|argumenteren|-0.71
p:ik luister|ik-boodschap|-1.0
p:ik luister|gevoelsreflectie|0.82
p:ik luister|open-vraag|-0.99
p:ik luister|aanmoediging|1.93
p:ik luister|interpreteren|-1.0
p:ik maak|ik-boodschap|-0.92
p:ik maak|samenvatting|-0.96
p:ik maak|aanmoediging|-1.0
p:ik maak|waarschuwen|-0.96
p:ik maak|argumenteren|-0.96
p:ik maak|geruststellen|-1.0
p:ik maak|ondervragen|-1.0
p:ik maandag|ik-boodschap|0.93
p:ik maandag|vervolgafspraak|-0.79
p:ik maar|jij-boodschap|-0.9
p:ik maar|parafrase|-0.99
p:ik maar|gevoelsreflectie|0.81
p:ik maar|geruststellen|0.99
p:ik maar|ondervragen|0.97
p:ik me|ik-boodschap|1.69
p:ik me|bekritiseren|-0.95
p:ik merk|ik-boodschap|-0.72
p:ik merk|parafrase|-1.0
p:ik merk|gevoelsreflectie|0.8
p:ik merk|afronding-aankondigen|0.77
p:ik merk|bedanken|0.82
p:ik met|ik-boodschap|-0.9
p:ik met|samenvatting|0.9
p:ik met|afronding-aankondigen|-0.97
p:ik met|vervolgafspraak|0.97
p:ik mijn|bekritiseren|-0.84
p:ik mijn|geruststellen|-0.99
p:ik mijn|afronding-aankondigen|-0.95
p:ik minder|ik-boodschap|1.0
p:ik misschien|gevoelsreflectie|0.88
p:ik mo|ik-boodschap|0.98
p:ik mo|waarschuwen|-0.98
p:ik moet|ik-boodschap|0.54
p:ik moet|argumenteren|-0.94
p:ik moet|prijzen|-0.89
p:ik moet|interpreteren|-0.99
p:ik moet|vervolgafspraak|-0.99
p:ik na|bedanken|-0.66
p:ik naar|ik-boodschap|0.95
p:ik naar|parafrase|-0.91
p:ik niet|open-vraag|-1.81
p:ik niet|argumenteren|-0.98
p:ik niet|geruststellen|-0.99
p:ik niks|adviseren|-0.94
p:ik niks|argumenteren|0.98
p:ik niks|etiketteren|-0.98
p:ik nodig|geruststellen|-0.97
p:ik nodig|vervolgafspraak|0.77
p:ik nu|bevelen|-0.8
p:ik nu|afleiden|0.98
p:ik ook|ik-boodschap|0.63
p:ik overleg|ik-boodschap|-0.91
p:ik overleg|samenvatting|0.9
p:ik plan|samenvatting|0.78
p:ik plan|afronding-aankondigen|-1.76
p:ik plan|vervolgafspraak|1.86
p:ik praat|parafrase|-0.9
p:ik praat|samenvatting|0.85
p:ik praat|etiketteren|-0.91
p:ik regel|parafrase|0.8
p:ik regel|vervolgafspraak|0.91
p:ik reken|prijzen|0.98
p:ik rond|afronding-aankondigen|0.95
p:ik rond|bedanken|0.75
p:ik schrik|afleiden|-0.98
p:ik schrok|gevoelsreflectie|-0.97
p:ik schrok|vervolgafspraak|-1.0
p:ik snap|gevoelsreflectie|0.92
p:ik snap|bevelen|0.97
p:ik snap|adviseren|0.97
p:ik snap|interpreteren|-0.94
p:ik snap|geruststellen|1.68
p:ik spreek|samenvatting|0.99
p:ik spreken|afronding-aankondigen|-0.85
p:ik steeds|waarschuwen|-0.99
p:ik stel|samenvatting|-1.0
p:ik stel|vervolgafspraak|1.0
p:ik stel|bedanken|-1.0
p:ik stop|bedanken|-0.99
p:ik stuur|ik-boodschap|-1.0
p:ik stuur|samenvatting|-0.89
p:ik stuur|waarschuwen|0.98
p:ik stuur|vervolgafspraak|1.0
p:ik tegen|ik-boodschap|-0.93
p:ik typerend|bekritiseren|0.91
p:ik u|ik-boodschap|-1.98
p:ik u|parafrase|0.99
p:ik u|gevoelsreflectie|0.96
p:ik u|samenvatting|-0.12
p:ik u|open-vraag|0.88
p:ik u|aanmoediging|-0.99
p:ik u|argumenteren|-0.81
p:ik u|geruststellen|-0.43
p:ik u|vervolgafspraak|1.91
p:ik u|bedanken|1.17
p:ik van|ik-boodschap|1.82
p:ik van|jij-boodschap|-0.98
p:ik van|parafrase|0.97
p:ik van|bekritiseren|-0.98
p:ik vervelend|ik-boodschap|0.9
p:ik verwijt|vervolgafspraak|-0.88
p:ik vind|ik-boodschap|0.37
p:ik vind|jij-boodschap|0.87
p:ik vind|gevoelsreflectie|-1.73
p:ik vind|open-vraag|-0.99
p:ik vind|adviseren|-1.0
p:ik vind|bekritiseren|1.02
p:ik vind|geruststellen|-0.99
p:ik vind|vervolgafspraak|-1.88
p:ik voel|bevelen|-1.0
p:ik voel|afronding-aankondigen|-0.94
p:ik volg|aanmoediging|0.97
p:ik vond|ik-boodschap|1.9
p:ik vond|interpreteren|-0.98
p:ik vraag|jij-boodschap|0.98
p:ik vraag|vervolgafspraak|0.94
p:ik waardeer|prijzen|0.92
p:ik waardeer|vervolgafspraak|-0.92
p:ik waardeer|bedanken|0.22
p:ik waarschuw|waarschuwen|0.98
p:ik weet|moraliseren|-1.0
p:ik weet|prijzen|0.98
p:ik weet|geruststellen|0.44
p:ik wel|afronding-aankondigen|-0.94
p:ik wil|ik-boodschap|-0.97
p:ik wil|samenvatting|0.74
p:ik wil|open-vraag|1.0
p:ik wil|aanmoediging|-0.96
p:ik wil|waarschuwen|-0.85
p:ik wil|prijzen|-0.91
p:ik wil|interpreteren|-0.97
p:ik wil|afronding-aankondigen|1.96
p:ik wil|vervolgafspraak|-1.01
p:ik wil|bedanken|0.83
p:ik word|ik-boodschap|0.97
p:ik word|gevoelsreflectie|-0.94
p:ik zag|ik-boodschap|-0.9
p:ik zag|gevoelsreflectie|-0.97
p:ik zeg|ik-boodschap|-0.99
p:ik zeg|samenvatting|0.99
p:ik zeg|geruststellen|0.24
p:ik zeg|afleiden|-1.0
p:ik zet|ik-boodschap|-0.94
p:ik zet|samenvatting|-0.79
p:ik zet|vervolgafspraak|0.99
p:ik zie|ik-boodschap|0.5
p:ik zie|jij-boodschap|-0.7
p:ik zie|parafrase|-0.97
p:ik zie|gevoelsreflectie|1.04
p:ik zie|aanmoediging|-0.65
p:ik zie|bekritiseren|-0.99
p:ik zie|interpreteren|-0.99
p:ik zie|geruststellen|0.3
p:ik zie|vervolgafspraak|-0.92
p:ik zonde|vervolgafspraak|1.0
p:ik zou|adviseren|0.95
p:ik zwaar|ik-boodschap|0.61
p:in ?|adviseren|0.92
p:in als|adviseren|1.0
p:in als|bekritiseren|0.78
p:in bed|moraliseren|0.91
p:in bed|adviseren|-0.99
p:in bescherming|jij-boodschap|1.0
p:in bescherming|adviseren|-1.0
p:in bescherming|bekritiseren|1.0
p:in bij|ik-boodschap|-0.92
p:in bij|bevelen|1.0
p:in bij|afleiden|-0.92
p:in dat|bekritiseren|-0.94
p:in dat|prijzen|1.81
p:in dat|interpreteren|-0.99
p:in de|ik-boodschap|0.4
p:in de|parafrase|1.83
p:in de|gevoelsreflectie|-0.17
p:in de|samenvatting|0.86
p:in de|open-vraag|0.81
p:in de|bevelen|-0.89
p:in de|waarschuwen|0.93
p:in de|adviseren|-1.0
p:in de|bekritiseren|1.92
p:in de|etiketteren|-0.9
p:in de|interpreteren|0.46
p:in de|geruststellen|-0.72
p:in de|ondervragen|0.9
p:in de|afronding-aankondigen|-0.94
p:in de|vervolgafspraak|-0.99
p:in dezelfde|ik-boodschap|-0.94
p:in dit|geruststellen|-0.85
p:in een|waarschuwen|-1.0
p:in een|bekritiseren|-0.97
p:in een|geruststellen|0.88
p:in een|afleiden|-1.0
p:in elke|afleiden|0.92
p:in gaat|jij-boodschap|-0.97
p:in groep|jij-boodschap|-0.37
p:in haar|bekritiseren|-0.96
p:in havo|aanmoediging|-0.95
p:in hebt|jij-boodschap|1.65
p:in hebt|bekritiseren|1.15
p:in hebt|interpreteren|-1.56
p:in het|ik-boodschap|0.89
p:in het|jij-boodschap|-0.98
p:in het|parafrase|-1.88
p:in het|gevoelsreflectie|-1.0
p:in het|bevelen|-0.87
p:in het|waarschuwen|-0.92
p:in het|moraliseren|1.0
p:in het|bekritiseren|-1.87
p:in het|prijzen|0.85
p:in het|interpreteren|0.99
p:in het|afleiden|0.89
p:in het|vervolgafspraak|-1.72
p:in je|jij-boodschap|0.92
p:in je|samenvatting|-0.9
p:in je|moraliseren|-1.86
p:in je|bekritiseren|0.96
p:in je|interpreteren|-0.67
p:in je|geruststellen|1.64
p:in jouw|adviseren|0.95
p:in kringetjes|afronding-aankondigen|0.77
p:in lokaal|vervolgafspraak|0.92
p:in magister|ik-boodschap|0.94
p:in magister|jij-boodschap|0.97
p:in magister|bevelen|-0.97
p:in met|gevoelsreflectie|-0.94
p:in met|afronding-aankondigen|-1.76
p:in met|vervolgafspraak|1.0
p:in mijn|moraliseren|-1.0
p:in nederland|moraliseren|1.0
p:in nederland|vervolgafspraak|-1.0
p:in orde|geruststellen|-0.94
p:in plaats|adviseren|-0.96
p:in plaats|interpreteren|-0.99
p:in samen|afronding-aankondigen|0.94
p:in school|parafrase|-0.92
p:in september|jij-boodschap|-0.92
p:in te|argumenteren|-0.96
p:in tot|vervolgafspraak|-0.8
p:in uw|prijzen|-0.84
p:in vier|ik-boodschap|-0.99
p:in vier|argumenteren|0.87
p:in voor|gevoelsreflectie|0.94
p:in voor|samenvatting|0.78
p:in voor|vervolgafspraak|0.86
p:in welke|ondervragen|-0.99
p:in wiskunde|interpreteren|0.66
p:in zijn|etiketteren|-0.94
p:in zijn|afleiden|-0.97
p:in één|ik-boodschap|0.73
p:incident op|afleiden|0.95
p:incident zouden|gevoelsreflectie|-0.99
p:informatie u|samenvatting|1.0
p:informatie u|bekritiseren|-0.2
p:informatie u|vervolgafspraak|-0.82
p:informatie van|parafrase|-0.71
p:informatieavond geweest|gevoelsreflectie|-0.93
p:ingeleverd dus|ik-boodschap|0.94
p:ingeleverd dus|waarschuwen|-1.0
p:ingeleverd en|argumenteren|-0.96
p:ingeleverd maar|parafrase|1.0
p:ingeleverd maar|gevoelsreflectie|-1.0
p:ingeleverd maar|geruststellen|-0.74
p:ingeleverd werkstuk|argumenteren|0.96
p:ingewikkelder dan|geruststellen|-0.85
p:inhalen en|ik-boodschap|0.61
p:inlevert kan|argumenteren|-0.98
p:inlevert krijgt|interpreteren|-0.99
p:inlevert mag|waarschuwen|0.91
p:inpakt ?|open-vraag|-1.8
p:inpakt ?|adviseren|1.8
p:inplannen met|bedanken|-0.66
p:inschrijven voor|waarschuwen|-1.0
p:inspectie gedreigd|bekritiseren|0.93
p:instructie en|vervolgafspraak|0.98
p:instructie niet|samenvatting|-0.96
p:interesse toont|bekritiseren|-0.95
p:interesseert u|bekritiseren|0.93
p:internet doet|waarschuwen|-1.0
p:iris de|ik-boodschap|-0.97
p:irritant dat|bekritiseren|0.99
p:is ?|vervolgafspraak|0.91
p:is aangekomen|parafrase|1.0
p:is aangekomen|gevoelsreflectie|-1.0
p:is aangekomen|geruststellen|-0.74
p:is allemaal|jij-boodschap|-1.0
p:is allemaal|samenvatting|-1.0
p:is allemaal|aanmoediging|-1.0
p:is allemaal|moraliseren|-1.0
p:is allemaal|bekritiseren|-1.0
p:is allemaal|prijzen|-1.0
p:is allemaal|geruststellen|1.0
p:is allemaal|afronding-aankondigen|-1.0
p:is allemaal|bedanken|-1.0
p:is als|ik-boodschap|0.9
p:is als|adviseren|0.99
p:is als|argumenteren|0.91
p:is begrijp|parafrase|1.75
p:is beter|samenvatting|0.95
p:is bewezen|argumenteren|0.96
p:is daar|ik-boodschap|-0.99
p:is daar|argumenteren|0.87
p:is dat|ik-boodschap|-1.0
p:is dat|parafrase|0.96
p:is dat|gevoelsreflectie|0.85
p:is dat|open-vraag|1.0
p:is dat|bevelen|0.85
p:is dat|argumenteren|0.7
p:is dat|geruststellen|-0.99
p:is de|moraliseren|-0.99
p:is de|bekritiseren|-0.99
p:is de|etiketteren|1.0
p:is de|interpreteren|-1.8
p:is de|afleiden|0.99
p:is degene|jij-boodschap|1.69
p:is degene|bekritiseren|1.78
p:is dex|parafrase|-0.99
p:is dit|bekritiseren|1.95
p:is duidelijk|moraliseren|-0.99
p:is duidelijk|argumenteren|1.95
p:is duidelijk|geruststellen|-0.99
p:is echt|jij-boodschap|-1.82
p:is echt|bekritiseren|1.94
p:is echt|geruststellen|-0.67
p:is een|bevelen|-1.0
p:is een|moraliseren|-1.0
p:is een|argumenteren|-2.79
p:is een|bekritiseren|-0.93
p:is een|interpreteren|-0.99
p:is een|geruststellen|0.99
p:is een|afleiden|-0.11
p:is er|parafrase|-0.99
p:is er|gevoelsreflectie|0.97
p:is er|open-vraag|0.67
p:is er|geruststellen|0.95
p:is fijn|bekritiseren|-0.74
p:is gebeurd|ik-boodschap|0.97
p:is geduwd|gevoelsreflectie|0.98
p:is gegaan|samenvatting|-0.94
p:is gegaan|vervolgafspraak|0.96
p:is gekomen|argumenteren|-0.92
p:is gestopt|open-vraag|-1.0
p:is gewoon|jij-boodschap|-0.42
p:is gewoon|moraliseren|1.82
p:is gewoon|adviseren|-1.94
p:is gewoon|argumenteren|0.38
p:is gewoon|bekritiseren|-2.58
p:is gewoon|etiketteren|0.95
p:is gewoon|interpreteren|-0.47
p:is gewoon|geruststellen|-0.97
p:is geworden|etiketteren|0.95
p:is geworden|interpreteren|0.95
p:is geworden|ondervragen|-0.95
p:is gezakt|ik-boodschap|0.73
p:is heel|argumenteren|0.91
p:is heel|bekritiseren|-0.96
p:is heel|geruststellen|1.85
p:is heel|afleiden|-0.87
p:is het|ik-boodschap|1.86
p:is het|jij-boodschap|0.94
p:is het|open-vraag|0.94
p:is het|moraliseren|0.97
p:is het|adviseren|0.97
p:is het|argumenteren|0.31
p:is het|afleiden|-0.95
p:is heus|argumenteren|-0.93
p:is heus|geruststellen|0.87
p:is hij|interpreteren|0.39
p:is in|geruststellen|-0.85
p:is ingewikkelder|geruststellen|-0.85
p:is jouw|moraliseren|1.0
p:is kader|adviseren|-0.96
p:is kunnen|etiketteren|-0.93
p:is logisch|moraliseren|-0.91
p:is maar|gevoelsreflectie|-0.86
p:is maar|argumenteren|-0.82
p:is maar|bekritiseren|0.87
p:is maar|geruststellen|1.88
p:is maar|afleiden|0.91
p:is met|adviseren|0.98
p:is misschien|moraliseren|-0.91
p:is misschien|argumenteren|-0.8
p:is misschien|interpreteren|0.94
p:is moe|samenvatting|0.99
p:is niet|ik-boodschap|-0.88
p:is niet|parafrase|-0.97
p:is niet|waarschuwen|-1.0
p:is niet|moraliseren|0.93
p:is niet|adviseren|-0.89
p:is niet|argumenteren|-0.27
p:is niet|geruststellen|1.74
p:is niet|afleiden|-0.79
p:is niet|bedanken|-0.97
p:is nooit|bekritiseren|-0.74
p:is normaal|afleiden|-0.97
p:is nou|jij-boodschap|0.4
p:is nou|moraliseren|-0.79
p:is nou|argumenteren|0.85
p:is nu|moraliseren|0.96
p:is om|interpreteren|0.58
p:is omdat|interpreteren|0.97
p:is op|waarschuwen|-0.97
p:is over|geruststellen|0.92
p:is pieter|vervolgafspraak|-0.99
p:is prikkelbaar|parafrase|-0.91
p:is prima|geruststellen|-0.96
p:is rekenen|argumenteren|0.98
p:is rekenen|etiketteren|-0.98
p:is samen|argumenteren|0.98
p:is samen|etiketteren|-0.98
p:is sophie|gevoelsreflectie|0.83
p:is tegen|jij-boodschap|0.99
p:is tegen|samenvatting|-0.99
p:is tegen|bekritiseren|0.99
p:is tegenwoordig|geruststellen|-0.92
p:is tegenwoordig|afleiden|0.92
p:is terwijl|afronding-aankondigen|-0.94
p:is thuis|gevoelsreflectie|-0.99
p:is tijd|afronding-aankondigen|1.0
p:is toch|afleiden|0.9
p:is typisch|etiketteren|0.99
p:is uitgelachen|interpreteren|-0.98
p:is uw|jij-boodschap|0.79
p:is uw|moraliseren|1.75
p:is verplaatst|afleiden|-0.98
p:is verstandig|parafrase|-0.99
p:is verstandig|argumenteren|-0.99
p:is volgende|afleiden|1.0
p:is volgens|argumenteren|-0.97
p:is voor|parafrase|1.84
p:is voor|bevelen|-1.0
p:is voor|moraliseren|-0.96
p:is voor|argumenteren|1.93
p:is voor|geruststellen|-1.0
p:is voor|afleiden|-0.7
p:is vooral|adviseren|0.92
p:is voorzichtig|parafrase|-0.97
p:is ze|adviseren|-0.91
p:is ze|interpreteren|0.99
p:is zijn|etiketteren|-0.98
p:is zijn|ondervragen|-0.98
p:is zo|vervolgafspraak|-0.92
p:ja dat|etiketteren|-0.88
p:ja dat|afleiden|-0.95
p:ja ga|open-vraag|-0.99
p:ja ga|afleiden|-0.91
p:ja hoor|gevoelsreflectie|-0.83
p:ja hoor|aanmoediging|-0.91
p:ja hoor|etiketteren|0.94
p:ja ik|aanmoediging|0.97
p:ja ja|etiketteren|0.91
p:ja ja|ondervragen|-0.99
p:ja maar|ondervragen|-0.99
p:ja maar|afleiden|0.99
p:ja meneer|etiketteren|0.91
p:ja precies|aanmoediging|-0.81
p:ja pubers|afleiden|0.94
p:ja vertel|aanmoediging|1.6
p:ja we|afleiden|0.98
p:jaar ?|afleiden|-0.95
p:jaar al|argumenteren|-0.96
p:jaar bent|geruststellen|0.92
p:jaar een|parafrase|-0.91
p:jaar een|etiketteren|-0.91
p:jaar heb|jij-boodschap|1.74
p:jaar heb|prijzen|-0.91
p:jaar heb|etiketteren|0.91
p:jaar lachen|geruststellen|0.96
p:jaar ook|gevoelsreflectie|-0.93
p:jaar over|geruststellen|-0.87
p:jaar te|parafrase|0.98
p:jaar weer|ik-boodschap|-0.94
p:jaar weer|waarschuwen|0.93
p:jaar weer|geruststellen|-0.63
p:jaloers is|waarschuwen|-0.97
p:jaloers op|interpreteren|0.98
p:jammer hoe|parafrase|-0.99
p:jammer hoe|open-vraag|1.0
p:jammer ik|afronding-aankondigen|0.95
p:jammer ik|bedanken|-0.79
p:jammer misschien|adviseren|0.93
p:jammer voor|gevoelsreflectie|-0.9
p:jammer voor|vervolgafspraak|-0.9
p:jammer want|afronding-aankondigen|-0.89
p:jammer zullen|vervolgafspraak|0.81
p:jansen erbij|afronding-aankondigen|-0.85
p:januari weer|ik-boodschap|0.91
p:jayden in|gevoelsreflectie|0.98
p:jayden sinds|ik-boodschap|0.41
p:jayden zich|parafrase|-0.78
p:je aan|moraliseren|0.97
p:je aan|argumenteren|0.96
p:je aansprak|gevoelsreflectie|-0.88
p:je achter|bekritiseren|-0.95
p:je afmeldt|moraliseren|0.93
p:je afspraken|jij-boodschap|0.92
p:je afspraken|bekritiseren|0.96
p:je alleen|interpreteren|0.66
p:je als|ik-boodschap|-0.87
p:je als|samenvatting|0.96
p:je als|open-vraag|0.87
p:je altijd|bekritiseren|0.9
p:je amira|ik-boodschap|0.99
p:je amira|gevoelsreflectie|-0.99
p:je baalt|ik-boodschap|-0.9
p:je baalt|gevoelsreflectie|0.84
p:je baalt|geruststellen|-0.97
p:je baalt|afleiden|0.98
p:je bedoelt|parafrase|0.94
p:je behandelt|moraliseren|0.92
p:je behoorlijk|gevoelsreflectie|0.94
p:je belt|gevoelsreflectie|-1.0
p:je belt|bevelen|1.95
p:je belt|vervolgafspraak|-0.95
p:je bent|jij-boodschap|1.0
p:je bent|parafrase|-0.99
p:je bent|gevoelsreflectie|-0.15
p:je bent|samenvatting|0.95
p:je bent|moraliseren|-0.94
p:je bent|bekritiseren|0.91
p:je bent|prijzen|0.91
p:je bent|etiketteren|1.04
p:je bent|geruststellen|0.99
p:je bent|ondervragen|0.97
p:je best|moraliseren|1.0
p:je beter|bekritiseren|1.0
p:je biedt|bevelen|0.92
p:je biedt|moraliseren|-0.87
p:je bij|ik-boodschap|1.86
p:je bij|gevoelsreflectie|-1.83
p:je bij|waarschuwen|-1.46
p:je bij|adviseren|-0.92
p:je bij|vervolgafspraak|1.87
p:je bijna|ik-boodschap|0.94
p:je binnenkomt|ik-boodschap|0.9
p:je blijft|parafrase|-0.99
p:je blijft|geruststellen|0.99
p:je boeken|bekritiseren|0.84
p:je boos|gevoelsreflectie|0.24
p:je boos|bevelen|0.97
p:je boos|geruststellen|-0.97
p:je capuchon|ik-boodschap|-0.93
p:je cijfers|ik-boodschap|-0.87
p:je cijfers|samenvatting|0.96
p:je cijfers|open-vraag|0.87
p:je daar|ik-boodschap|-0.61
p:je daarin|parafrase|0.79
p:je daarin|samenvatting|-0.93
p:je daarom|parafrase|0.97
p:je daarom|moraliseren|-0.97
p:je dan|ik-boodschap|-0.59
p:je dan|bekritiseren|-0.97
p:je dat|jij-boodschap|0.8
p:je dat|gevoelsreflectie|0.81
p:je dat|waarschuwen|0.77
p:je dat|ondervragen|1.96
p:je de|parafrase|1.0
p:je de|gevoelsreflectie|-1.0
p:je de|open-vraag|0.96
p:je de|geruststellen|-0.74
p:je deze|open-vraag|-0.98
p:je deze|interpreteren|-0.69
p:je deze|afleiden|0.98
p:je die|parafrase|0.97
p:je die|moraliseren|-0.97
p:je die|prijzen|1.0
p:je dit|jij-boodschap|-1.82
p:je dit|moraliseren|-0.94
p:je dit|bekritiseren|-2.04
p:je dit|ondervragen|0.99
p:je docent|ik-boodschap|-0.9
p:je docent|parafrase|-0.9
p:je docent|samenvatting|1.75
p:je dochter|ik-boodschap|0.79
p:je doet|jij-boodschap|0.98
p:je donderdag|afronding-aankondigen|0.89
p:je donderdag|vervolgafspraak|0.94
p:je donderdagavond|samenvatting|-0.95
p:je donderdagavond|vervolgafspraak|0.95
p:je donderdagavond|bedanken|0.95
p:je door|waarschuwen|1.0
p:je durft|samenvatting|0.98
p:je durft|geruststellen|-0.98
p:je echt|geruststellen|-0.99
p:je een|bevelen|-0.97
p:je eentje|ik-boodschap|-0.9
p:je eentje|samenvatting|-0.9
p:je eentje|moraliseren|-0.92
p:je eentje|interpreteren|-0.67
p:je eerlijkheid|bedanken|0.92
p:je eigenlijk|ik-boodschap|-0.89
p:je eigenlijk|open-vraag|0.98
p:je eigenlijk|geruststellen|-0.99
p:je eindelijk|bekritiseren|1.0
p:je er|bekritiseren|-0.95
p:je er|geruststellen|0.97
p:je er|afronding-aankondigen|0.95
p:je er|bedanken|0.75
p:je eruit|jij-boodschap|2.34
p:je eruit|bevelen|0.86
p:je eruit|waarschuwen|0.92
p:je eruit|bekritiseren|1.87
p:je examen|gevoelsreflectie|0.92
p:je examen|geruststellen|0.92
p:je excuses|jij-boodschap|-0.17
p:je excuses|samenvatting|-0.96
p:je excuses|bevelen|1.88
p:je excuses|moraliseren|-0.87
p:je excuses|bekritiseren|-0.96
p:je gaat|bevelen|1.8
p:je gaat|argumenteren|-0.96
p:je gaat|geruststellen|1.01
p:je geen|ik-boodschap|1.0
p:je geen|interpreteren|0.66
p:je gekozen|open-vraag|-1.0
p:je gekozen|ondervragen|-1.0
p:je geweldige|bekritiseren|1.78
p:je geweldige|bedanken|-1.6
p:je gewoon|jij-boodschap|-0.75
p:je gewoon|parafrase|-0.93
p:je gewoon|gevoelsreflectie|-0.93
p:je gewoon|waarschuwen|-0.91
p:je gewoon|argumenteren|0.81
p:je gewoon|bekritiseren|-0.81
p:je gewoon|interpreteren|0.93
p:je gisteren|ik-boodschap|2.46
p:je gisteren|gevoelsreflectie|-0.83
p:je goed|parafrase|0.9
p:je goed|waarschuwen|-0.9
p:je goed|bekritiseren|-0.89
p:je goed|geruststellen|-0.92
p:je goed|afleiden|-0.92
p:je goed|bedanken|-0.92
p:je groepsgenoten|jij-boodschap|0.99
p:je groepsgenoten|bekritiseren|0.55
p:je haalt|gevoelsreflectie|0.92
p:je haalt|geruststellen|2.83
p:je had|gevoelsreflectie|-0.91
p:je hebt|ik-boodschap|0.22
p:je hebt|jij-boodschap|0.97
p:je hebt|parafrase|0.93
p:je hebt|gevoelsreflectie|0.93
p:je hebt|samenvatting|-0.9
p:je hebt|open-vraag|0.96
p:je hebt|bevelen|-0.91
p:je hebt|argumenteren|0.15
p:je hebt|bekritiseren|0.99
p:je heel|gevoelsreflectie|0.99
p:je heel|bekritiseren|0.11
p:je heen|gevoelsreflectie|0.67
p:je helemaal|interpreteren|0.81
p:je helemaal|geruststellen|0.97
p:je helpen|open-vraag|0.96
p:je hem|ik-boodschap|-0.91
p:je het|ik-boodschap|-0.18
p:je het|jij-boodschap|-0.8
p:je het|gevoelsreflectie|0.91
p:je het|open-vraag|-0.96
p:je het|moraliseren|-0.91
p:je het|argumenteren|1.0
p:je het|bekritiseren|-0.99
p:je het|geruststellen|-1.85
p:je het|bedanken|0.99
p:je heus|geruststellen|0.74
p:je hier|gevoelsreflectie|0.93
p:je hiermee|waarschuwen|0.96
p:je hoort|jij-boodschap|-0.97
p:je hoort|samenvatting|-0.96
p:je hoort|moraliseren|0.76
p:je hoort|interpreteren|-0.8
p:je houdt|bevelen|0.95
p:je houdt|vervolgafspraak|-0.95
p:je huiswerk|ik-boodschap|0.91
p:je huiswerk|open-vraag|0.94
p:je huiswerk|waarschuwen|-0.96
p:je huiswerk|moraliseren|1.0
p:je huiswerk|argumenteren|-0.84
p:je huiswerk|bekritiseren|0.16
p:je huiswerk|interpreteren|-0.8
p:je iemand|jij-boodschap|-0.97
p:je iemand|samenvatting|-0.96
p:je iets|waarschuwen|-0.98
p:je in|ik-boodschap|1.59
p:je in|jij-boodschap|-0.92
p:je in|parafrase|-0.88
p:je in|samenvatting|-0.9
p:je in|vervolgafspraak|-0.93
p:je je|ik-boodschap|0.77
p:je je|parafrase|-0.88
p:je je|gevoelsreflectie|1.93
p:je je|open-vraag|-1.74
p:je je|bevelen|-0.97
p:je je|waarschuwen|0.91
p:je je|moraliseren|0.9
p:je je|adviseren|1.8
p:je je|argumenteren|0.96
p:je je|bekritiseren|2.16
p:je je|vervolgafspraak|-1.86
p:je kamer|ik-boodschap|1.48
p:je kijkt|gevoelsreflectie|2.55
p:je kinderen|jij-boodschap|0.97
p:je klasgenoten|jij-boodschap|-1.3
p:je klasgenoten|moraliseren|0.91
p:je klasgenoten|bekritiseren|-1.57
p:je klasgenoten|geruststellen|-0.99
p:je klasgenoten|afleiden|-0.7
p:je kleren|ik-boodschap|-1.0
p:je kleren|jij-boodschap|-1.0
p:je kleren|parafrase|1.0
p:je kleren|gevoelsreflectie|1.0
p:je kleren|samenvatting|-1.0
p:je kleren|open-vraag|-1.0
p:je kleren|aanmoediging|-1.0
p:je kleren|bevelen|-1.0
p:je kleren|waarschuwen|-1.0
p:je kleren|moraliseren|-1.0
p:je kleren|adviseren|-1.0
p:je kleren|argumenteren|-1.0
p:je kleren|bekritiseren|-1.0
p:je kleren|prijzen|-1.0
p:je kleren|etiketteren|-1.0
p:je kleren|interpreteren|-1.0
p:je kleren|geruststellen|-1.0
p:je kleren|ondervragen|-1.0
p:je kleren|afleiden|-1.0
p:je kleren|afronding-aankondigen|-1.0
p:je kleren|vervolgafspraak|-1.0
p:je kleren|bedanken|-1.0
p:je komt|jij-boodschap|0.92
p:je komt|waarschuwen|-0.98
p:je komt|bekritiseren|0.96
p:je komt|geruststellen|0.97
p:je kunt|bevelen|-0.9
p:je kunt|adviseren|0.89
p:je laptop|ik-boodschap|1.78
p:je laptop|parafrase|-0.88
p:je laptop|vervolgafspraak|-0.93
p:je levert|bevelen|1.0
p:je lijkt|open-vraag|1.0
p:je lui|geruststellen|-0.81
p:je maakt|jij-boodschap|0.83
p:je maandag|bedanken|-0.94
p:je maar|adviseren|-0.83
p:je mag|bekritiseren|-0.94
p:je me|bekritiseren|0.32
p:je mee|bedanken|0.98
p:je meedoet|open-vraag|-0.87
p:je meer|moraliseren|0.94
p:je meer|argumenteren|-1.0
p:je mentor|vervolgafspraak|0.84
p:je met|geruststellen|1.64
p:je misschien|adviseren|0.98
p:je mist|ik-boodschap|-0.87
p:je mist|samenvatting|0.96
p:je mist|open-vraag|0.87
p:je moe|gevoelsreflectie|0.99
p:je moe|adviseren|0.99
p:je moeder|moraliseren|1.0
p:je moeder|vervolgafspraak|0.94
p:je moet|parafrase|-1.0
p:je moet|gevoelsreflectie|-1.0
p:je moet|geruststellen|-0.93
p:je naar|waarschuwen|0.98
p:je naast|ik-boodschap|0.94
p:je neus|geruststellen|1.64
p:je niet|ik-boodschap|-0.54
p:je niet|parafrase|0.9
p:je niet|waarschuwen|-0.9
p:je niet|moraliseren|-0.64
p:je niet|bekritiseren|-1.97
p:je niet|etiketteren|1.0
p:je niet|afleiden|-0.92
p:je niks|parafrase|-0.93
p:je niks|gevoelsreflectie|-0.93
p:je niks|bekritiseren|-0.95
p:je niks|interpreteren|0.93
p:je nodig|gevoelsreflectie|-0.99
p:je nodig|open-vraag|0.99
p:je nodig|moraliseren|-0.99
p:je nog|ik-boodschap|-0.9
p:je nog|bevelen|-0.97
p:je nog|adviseren|-0.94
p:je nooit|jij-boodschap|0.8
p:je nooit|bekritiseren|0.84
p:je nou|jij-boodschap|0.87
p:je nou|moraliseren|1.76
p:je nou|argumenteren|-0.9
p:je nou|ondervragen|-0.97
p:je nu|bevelen|0.9
p:je ogen|bevelen|0.97
p:je ogen|bekritiseren|0.84
p:je om|ik-boodschap|-0.9
p:je omar|ik-boodschap|0.84
p:je oortjes|ik-boodschap|-0.9
p:je oortjes|samenvatting|-0.9
p:je op|moraliseren|0.97
p:je op|adviseren|1.72
p:je opdrachten|ik-boodschap|0.94
p:je oude|ik-boodschap|-0.87
p:je oude|samenvatting|0.96
p:je oude|open-vraag|0.87
p:je ouders|moraliseren|1.0
p:je overal|bevelen|0.94
p:je overal|bekritiseren|1.92
p:je pasje|ik-boodschap|-0.68
p:je pijn|parafrase|-0.93
p:je pijn|gevoelsreflectie|-0.93
p:je pijn|interpreteren|0.93
p:je plannen|jij-boodschap|-0.93
p:je planner|samenvatting|0.9
p:je planning|samenvatting|0.91
p:je planning|bekritiseren|-0.95
p:je pols|gevoelsreflectie|-0.97
p:je praat|ik-boodschap|-0.93
p:je presentatie|ik-boodschap|0.87
p:je rekenmachine|open-vraag|0.96
p:je rooster|vervolgafspraak|-0.93
p:je samen|moraliseren|0.99
p:je samen|argumenteren|-0.7
p:je sanne|samenvatting|-0.95
p:je sanne|vervolgafspraak|0.95
p:je sanne|bedanken|0.95
p:je schrift|moraliseren|-1.0
p:je slaap|ik-boodschap|1.48
p:je slaapt|ik-boodschap|-0.87
p:je slaapt|samenvatting|0.96
p:je slaapt|open-vraag|0.87
p:je slecht|bekritiseren|1.98
p:je snapt|ik-boodschap|0.9
p:je snapt|moraliseren|-0.94
p:je snapt|argumenteren|-0.84
p:je snapt|bekritiseren|-0.84
p:je speelt|bevelen|-0.93
p:je speelt|waarschuwen|0.83
p:je spullen|bekritiseren|0.99
p:je staat|waarschuwen|1.0
p:je staat|argumenteren|0.99
p:je stage|jij-boodschap|-0.93
p:je stage|afleiden|0.9
p:je stage|vervolgafspraak|-0.92
p:je stagebegeleider|gevoelsreflectie|-1.0
p:je stagebegeleider|bevelen|1.0
p:je steeds|moraliseren|-0.92
p:je steeds|bekritiseren|-0.84
p:je steeds|interpreteren|-0.67
p:je tas|open-vraag|-1.8
p:je tas|adviseren|1.8
p:je telefoon|ik-boodschap|0.78
p:je telefoon|open-vraag|-0.87
p:je telefoon|bevelen|1.0
p:je telefoon|waarschuwen|0.16
p:je telefoon|adviseren|-0.94
p:je telefoon|bekritiseren|-0.84
p:je tien|open-vraag|0.87
p:je tijd|aanmoediging|0.99
p:je tijd|bevelen|-0.84
p:je tijd|vervolgafspraak|-0.92
p:je toch|moraliseren|0.92
p:je toch|prijzen|1.0
p:je twee|bevelen|-0.95
p:je uit|waarschuwen|0.87
p:je uitlachen|ik-boodschap|-1.0
p:je uitlachen|jij-boodschap|-1.0
p:je uitlachen|parafrase|1.0
p:je uitlachen|gevoelsreflectie|1.0
p:je uitlachen|samenvatting|-1.0
p:je uitlachen|open-vraag|-1.0
p:je uitlachen|aanmoediging|-1.0
p:je uitlachen|bevelen|-1.0
p:je uitlachen|waarschuwen|-1.0
p:je uitlachen|moraliseren|-1.0
p:je uitlachen|adviseren|-1.0
p:je uitlachen|argumenteren|-1.0
p:je uitlachen|bekritiseren|-1.0
p:je uitlachen|prijzen|-1.0
p:je uitlachen|etiketteren|-1.0
p:je uitlachen|interpreteren|-1.0
p:je uitlachen|geruststellen|-1.0
p:je uitlachen|ondervragen|-1.0
p:je uitlachen|afleiden|-1.0
p:je uitlachen|afronding-aankondigen|-1.0
p:je uitlachen|vervolgafspraak|-1.0
p:je uitlachen|bedanken|-1.0
p:je vader|parafrase|0.97
p:je vader|samenvatting|-0.81
p:je vader|bevelen|-0.91
p:je vader|waarschuwen|0.8
p:je vader|moraliseren|-0.97
p:je vandaag|gevoelsreflectie|-0.97
p:je vandaag|afronding-aankondigen|-0.92
p:je vanochtend|ik-boodschap|0.1
p:je vast|etiketteren|-0.94
p:je verantwoordelijkheid|parafrase|-1.0
p:je verantwoordelijkheid|gevoelsreflectie|-1.0
p:je verantwoordelijkheid|bevelen|-0.87
p:je verantwoordelijkheid|moraliseren|1.0
p:je verbeteringen|moraliseren|-1.0
p:je verdrietig|ik-boodschap|-1.0
p:je verdrietig|jij-boodschap|-1.0
p:je verdrietig|parafrase|1.0
p:je verdrietig|gevoelsreflectie|1.0
p:je verdrietig|samenvatting|-1.0
p:je verdrietig|open-vraag|-1.0
p:je verdrietig|aanmoediging|-1.0
p:je verdrietig|bevelen|-1.0
p:je verdrietig|waarschuwen|-1.0
p:je verdrietig|moraliseren|-1.0
p:je verdrietig|adviseren|-1.0
p:je verdrietig|argumenteren|-1.0
p:je verdrietig|bekritiseren|-1.0
p:je verdrietig|prijzen|-1.0
p:je verdrietig|etiketteren|-1.0
p:je verdrietig|interpreteren|-1.0
p:je verdrietig|geruststellen|-1.0
p:je verdrietig|ondervragen|-1.0
p:je verdrietig|afleiden|-1.0
p:je verdrietig|afronding-aankondigen|-1.0
p:je verdrietig|vervolgafspraak|-1.0
p:je verdrietig|bedanken|-1.0
p:je vergist|argumenteren|1.0
p:je verslagen|bevelen|-0.96
p:je vertellen|ik-boodschap|-0.92
p:je verzuim|jij-boodschap|-0.93
p:je verzuim|bekritiseren|-0.95
p:je vindt|gevoelsreflectie|0.93
p:je vindt|samenvatting|-0.9
p:je vindt|open-vraag|-0.96
p:je vindt|bekritiseren|1.0
p:je voetbalwedstrijd|open-vraag|-1.66
p:je voetbalwedstrijd|afleiden|0.95
p:je volgend|ik-boodschap|-0.94
p:je voor|vervolgafspraak|-0.92
p:je vorige|ik-boodschap|0.87
p:je vrienden|ik-boodschap|-0.87
p:je vrienden|samenvatting|0.96
p:je vrienden|open-vraag|0.87
p:je vrijdag|waarschuwen|0.77
p:je vrije|moraliseren|-0.94
p:je want|jij-boodschap|0.92
p:je wat|gevoelsreflectie|0.99
p:je wat|open-vraag|0.96
p:je wat|adviseren|0.99
p:je weer|open-vraag|0.97
p:je weer|vervolgafspraak|0.94
p:je weer|bedanken|0.94
p:je weet|gevoelsreflectie|-0.95
p:je weet|samenvatting|0.95
p:je weet|adviseren|-0.94
p:je weinig|gevoelsreflectie|-0.99
p:je wel|interpreteren|-0.92
p:je wel|afronding-aankondigen|0.92
p:je wel|vervolgafspraak|0.94
p:je wel|bedanken|0.94
p:je wens|samenvatting|0.91
p:je werk|ik-boodschap|-0.99
p:je werk|bevelen|-0.96
p:je werk|moraliseren|0.96
p:je werk|argumenteren|-0.96
p:je werk|geruststellen|-0.75
p:je werkstuk|bekritiseren|-0.95
p:je wil|parafrase|-0.17
p:je wil|gevoelsreflectie|-0.95
p:je wil|samenvatting|1.0
p:je wil|open-vraag|-1.92
p:je wil|prijzen|0.91
p:je wil|geruststellen|-0.98
p:je wilt|samenvatting|0.82
p:je wilt|bevelen|-0.95
p:je wiskunde|bevelen|-0.9
p:je wiskunde|adviseren|0.89
p:je wist|gevoelsreflectie|-0.91
p:je woensdag|vervolgafspraak|1.94
p:je woordjes|ik-boodschap|0.93
p:je woordjes|vervolgafspraak|0.93
p:je wordt|ik-boodschap|0.9
p:je zegt|ik-boodschap|-1.91
p:je zegt|jij-boodschap|-1.0
p:je zegt|parafrase|-0.83
p:je zegt|gevoelsreflectie|-0.65
p:je zegt|samenvatting|-1.0
p:je zegt|open-vraag|-1.0
p:je zegt|aanmoediging|-1.0
p:je zegt|bevelen|-1.0
p:je zegt|waarschuwen|-1.0
p:je zegt|moraliseren|-1.0
p:je zegt|adviseren|-1.0
p:je zegt|argumenteren|0.66
p:je zegt|bekritiseren|-1.0
p:je zegt|prijzen|-1.0
p:je zegt|etiketteren|-1.0
p:je zegt|geruststellen|-1.0
p:je zegt|ondervragen|-1.0
p:je zegt|afleiden|-1.0
p:je zegt|afronding-aankondigen|-1.0
p:je zegt|vervolgafspraak|-1.0
p:je zegt|bedanken|-1.0
p:je zelf|open-vraag|0.97
p:je zelf|moraliseren|0.92
p:je zelf|afronding-aankondigen|0.92
p:je zenuwachtig|parafrase|-1.0
p:je zenuwachtig|gevoelsreflectie|1.92
p:je zenuwachtig|geruststellen|2.65
p:je ziek|moraliseren|0.93
p:je ziet|gevoelsreflectie|0.97
p:je zit|ik-boodschap|1.48
p:je zit|interpreteren|0.81
p:je zo|ik-boodschap|-0.89
p:je zo|jij-boodschap|-0.8
p:je zo|gevoelsreflectie|-0.98
p:je zo|bevelen|-0.99
p:je zo|waarschuwen|0.88
p:je zo|adviseren|-0.83
p:je zo|bekritiseren|-0.99
p:je zo|geruststellen|-0.99
p:je zonder|ik-boodschap|0.96
p:je zoveel|interpreteren|1.68
p:je zus|open-vraag|-0.98
p:jesse dit|adviseren|-1.0
p:jesse een|parafrase|0.96
p:jesse een|adviseren|0.98
p:jesse en|afronding-aankondigen|0.95
p:jesse en|bedanken|0.75
p:jesse geen|ik-boodschap|0.98
p:jesse geen|jij-boodschap|-0.98
p:jesse geen|bekritiseren|-0.98
p:jesse jij|bevelen|-0.96
p:jesse zijn|argumenteren|-0.98
p:jezelf naar|ik-boodschap|0.9
p:jij altijd|parafrase|-0.99
p:jij altijd|bekritiseren|1.81
p:jij baalt|gevoelsreflectie|0.98
p:jij baalt|open-vraag|-0.66
p:jij bent|samenvatting|-0.78
p:jij bent|bevelen|-0.96
p:jij bent|adviseren|-0.9
p:jij bent|bekritiseren|-3.02
p:jij bent|prijzen|1.9
p:jij bent|etiketteren|0.97
p:jij blijft|bevelen|0.97
p:jij daartegenaan|open-vraag|0.87
p:jij denkt|bekritiseren|0.97
p:jij doet|bekritiseren|-0.75
p:jij doet|interpreteren|0.99
p:jij doet|afleiden|-0.99
p:jij door|ik-boodschap|1.36
p:jij door|waarschuwen|-0.89
p:jij een|jij-boodschap|1.0
p:jij een|bekritiseren|-1.0
p:jij er|ik-boodschap|0.95
p:jij er|jij-boodschap|0.88
p:jij er|bekritiseren|1.15
p:jij er|interpreteren|-1.56
p:jij eruit|prijzen|-0.93
p:jij gaat|parafrase|-0.9
p:jij gaat|samenvatting|0.85
p:jij gaat|bevelen|0.96
p:jij gaat|bekritiseren|-0.96
p:jij gaat|vervolgafspraak|-0.96
p:jij had|bekritiseren|1.0
p:jij hebt|jij-boodschap|0.99
p:jij hebt|samenvatting|-0.99
p:jij het|jij-boodschap|-0.96
p:jij hiervan|gevoelsreflectie|-0.91
p:jij je|ik-boodschap|-0.9
p:jij je|samenvatting|0.9
p:jij je|open-vraag|0.98
p:jij je|geruststellen|-0.99
p:jij kan|samenvatting|-0.78
p:jij kan|waarschuwen|-0.9
p:jij kan|prijzen|1.84
p:jij komt|bevelen|-1.0
p:jij komt|bekritiseren|-0.96
p:jij komt|interpreteren|-0.96
p:jij kunt|adviseren|-0.9
p:jij kunt|prijzen|0.9
p:jij kunt|etiketteren|-0.9
p:jij laat|bevelen|-0.96
p:jij laat|prijzen|0.97
p:jij lui|ik-boodschap|-0.99
p:jij lui|geruststellen|1.72
p:jij neemt|prijzen|-0.91
p:jij ook|afronding-aankondigen|0.95
p:jij ook|bedanken|0.75
p:jij ruimt|jij-boodschap|-0.9
p:jij snapt|bevelen|-0.96
p:jij verpest|ik-boodschap|-0.97
p:jij verpest|jij-boodschap|2.34
p:jij verpest|waarschuwen|0.92
p:jij verpest|bekritiseren|1.87
p:jij verpest|etiketteren|-0.99
p:jij vindt|bekritiseren|0.94
p:jij zegt|parafrase|1.0
p:jij zegt|gevoelsreflectie|-1.0
p:jij zegt|prijzen|-0.93
p:jij zegt|geruststellen|-0.74
p:jij zit|bevelen|0.97
p:joep en|jij-boodschap|1.6
p:joep en|bekritiseren|1.87
p:joh daar|bekritiseren|-0.99
p:joh een|gevoelsreflectie|0.84
p:joh een|afleiden|0.98
p:joh iedereen|open-vraag|-0.95
p:joh iedereen|afleiden|0.95
p:joh over|geruststellen|0.97
p:joh wat|afleiden|0.92
p:jongen als|waarschuwen|-0.9
p:jongen jij|bevelen|-0.96
p:jongens van|argumenteren|-0.96
p:jou ?|jij-boodschap|0.99
p:jou ?|samenvatting|-0.99
p:jou ?|bekritiseren|0.99
p:jou echt|gevoelsreflectie|0.93
p:jou en|samenvatting|-0.79
p:jou en|vervolgafspraak|0.99
p:jou gebeurd|parafrase|-0.99
p:jou goed|parafrase|0.99
p:jou herhalen|open-vraag|0.87
p:jou thuis|ik-boodschap|0.89
p:jou thuis|open-vraag|0.94
p:jou wacht|bevelen|-1.0
p:jou was|parafrase|-0.91
p:jouw plaats|adviseren|0.95
p:jouw verantwoordelijkheid|moraliseren|1.0
p:jullie ?|open-vraag|0.7
p:jullie allebei|afronding-aankondigen|0.97
p:jullie bemoeien|bevelen|0.94
p:jullie bemoeien|bekritiseren|0.94
p:jullie beter|bekritiseren|-0.7
p:jullie daar|jij-boodschap|0.94
p:jullie de|ik-boodschap|0.98
p:jullie de|waarschuwen|-0.98
p:jullie denken|bekritiseren|-0.97
p:jullie denken|prijzen|0.97
p:jullie doen|waarschuwen|0.97
p:jullie elke|bekritiseren|-0.78
p:jullie geven|ik-boodschap|-0.98
p:jullie grijpen|adviseren|1.0
p:jullie grijpen|bekritiseren|0.78
p:jullie hebben|jij-boodschap|-0.95
p:jullie het|bekritiseren|-0.97
p:jullie het|prijzen|0.97
p:jullie hier|geruststellen|0.96
p:jullie kijken|jij-boodschap|1.0
p:jullie kunnen|bevelen|-0.93
p:jullie laten|interpreteren|-0.94
p:jullie letten|bekritiseren|0.99
p:jullie letten|ondervragen|-0.9
p:jullie melden|waarschuwen|1.0
p:jullie melden|adviseren|-1.0
p:jullie melden|ondervragen|-1.0
p:jullie moeten|waarschuwen|-0.99
p:jullie pws|ik-boodschap|-0.41
p:jullie reageren|jij-boodschap|0.97
p:jullie reageren|bekritiseren|0.97
p:jullie thuis|vervolgafspraak|-0.88
p:jullie verwennen|etiketteren|-1.0
p:jullie was|adviseren|1.0
p:jullie was|bekritiseren|0.78
p:jullie wonen|prijzen|-0.95
p:jullie wonen|afleiden|-0.95
p:jullie zijn|jij-boodschap|-0.79
p:jullie zijn|aanmoediging|-1.0
p:jullie zijn|adviseren|-0.97
p:jullie zijn|bekritiseren|-0.96
p:jullie zijn|etiketteren|0.98
p:jullie zijn|geruststellen|-0.94
p:jullie zorgen|geruststellen|-0.94
p:kader in|adviseren|-0.96
p:kamer leggen|ik-boodschap|1.48
p:kamp ?|afleiden|0.95
p:kamp hè|gevoelsreflectie|0.98
p:kamp hè|open-vraag|-0.66
p:kampweek en|parafrase|-1.0
p:kan afronden|ik-boodschap|0.79
p:kan concentreren|ik-boodschap|0.97
p:kan dan|open-vraag|-0.99
p:kan dat|prijzen|1.0
p:kan dat|interpreteren|-0.98
p:kan dit|waarschuwen|-0.9
p:kan dit|prijzen|0.91
p:kan geven|ik-boodschap|0.98
p:kan geven|jij-boodschap|-0.98
p:kan geven|bekritiseren|-0.98
p:kan het|prijzen|0.82
p:kan ik|waarschuwen|0.15
p:kan ik|moraliseren|-1.0
p:kan ik|adviseren|-0.94
p:kan ik|argumenteren|-0.72
p:kan ik|prijzen|-0.92
p:kan ik|etiketteren|-0.98
p:kan ik|vervolgafspraak|-0.93
p:kan leren|interpreteren|-0.98
p:kan me|ik-boodschap|-0.61
p:kan me|parafrase|-1.0
p:kan me|gevoelsreflectie|1.94
p:kan missen|moraliseren|0.91
p:kan na|vervolgafspraak|0.92
p:kan niet|argumenteren|1.94
p:kan schelen|parafrase|-0.93
p:kan schelen|gevoelsreflectie|-0.93
p:kan schelen|interpreteren|0.93
p:kan vast|samenvatting|-0.78
p:kan vast|prijzen|0.93
p:kan ze|ik-boodschap|0.93
p:kan ze|open-vraag|1.0
p:kan zijn|ik-boodschap|-0.93
p:kan zijn|vervolgafspraak|0.94
p:kan zo|bekritiseren|0.82
p:kans om|ik-boodschap|0.81
p:kapot van|aanmoediging|-0.93
p:kast zetten|argumenteren|-0.96
p:kast zetten|prijzen|-0.84
p:keer afgaat|vervolgafspraak|-0.8
p:keer afwezig|afleiden|-0.99
p:keer apart|vervolgafspraak|-0.91
p:keer bij|vervolgafspraak|0.94
p:keer dezelfde|ik-boodschap|1.0
p:keer een|argumenteren|-0.96
p:keer een|vervolgafspraak|0.91
p:keer gebeurt|waarschuwen|1.0
p:keer gebeurt|prijzen|-1.0
p:keer gemaild|ik-boodschap|-0.97
p:keer gemaild|jij-boodschap|-0.81
p:keer gemaild|bekritiseren|0.97
p:keer heb|bekritiseren|0.91
p:keer je|ik-boodschap|0.9
p:keer je|open-vraag|0.96
p:keer je|adviseren|-0.94
p:keer je|argumenteren|-0.84
p:keer je|bekritiseren|-0.84
p:keer kort|samenvatting|0.99
p:keer mee|bekritiseren|-0.96
p:keer niet|etiketteren|-0.99
p:keer schuift|vervolgafspraak|1.74
p:keer te|ik-boodschap|-0.9
p:keer te|bevelen|-0.97
p:keer te|waarschuwen|-0.93
p:keer te|moraliseren|-0.99
p:keer te|argumenteren|0.99
p:keer te|geruststellen|-0.99
p:keer te|afleiden|0.93
p:keer tijdens|ik-boodschap|0.97
p:keer vecht|adviseren|-1.0
p:keer voor|ik-boodschap|-0.97
p:keer zie|bevelen|0.89
p:keer zie|waarschuwen|0.99
p:keer zijn|jij-boodschap|-0.6
p:keer zijn|open-vraag|-1.0
p:keer zo'n|bekritiseren|-0.94
p:keer zonder|interpreteren|-0.69
p:kees van|afronding-aankondigen|-0.76
p:kerst vanzelf|geruststellen|0.92
p:kerstdiner te|prijzen|0.92
p:kerstdiner te|vervolgafspraak|-0.92
p:kerstdiner te|bedanken|-0.75
p:keulen hebben|afronding-aankondigen|-0.94
p:keuzevak ?|open-vraag|-1.0
p:keuzevak ?|ondervragen|-1.0
p:kevin ga|waarschuwen|-0.97
p:kevin gaan|samenvatting|-0.78
p:kevin gaan|prijzen|0.93
p:kevin loopt|afronding-aankondigen|-0.94
p:kiezen ?|ondervragen|-0.98
p:kijk als|moraliseren|-0.91
p:kijk als|argumenteren|0.25
p:kijk donderdag|samenvatting|-0.74
p:kijk donderdag|bedanken|-0.82
p:kijk een|argumenteren|0.98
p:kijk een|etiketteren|-0.98
p:kijk eens|afleiden|0.99
p:kijk je|ik-boodschap|0.9
p:kijk je|open-vraag|0.97
p:kijk je|argumenteren|-0.84
p:kijk je|bekritiseren|-0.84
p:kijk jij|open-vraag|0.87
p:kijk maar|adviseren|0.9
p:kijk maar|afleiden|-0.9
p:kijk me|ik-boodschap|-0.93
p:kijk me|jij-boodschap|-0.87
p:kijk me|bevelen|1.0
p:kijk me|waarschuwen|-1.0
p:kijk me|argumenteren|-1.0
p:kijk me|etiketteren|-1.0
p:kijk met|jij-boodschap|-0.75
p:kijk met|argumenteren|0.81
p:kijk met|bekritiseren|-0.81
p:kijken gewoon|jij-boodschap|1.0
p:kijken hoe|afleiden|-0.95
p:kijken hoe|vervolgafspraak|0.81
p:kijken naar|afleiden|0.99
p:kijken we|ik-boodschap|-0.9
p:kijken we|parafrase|-0.9
p:kijken we|samenvatting|0.94
p:kijken we|afronding-aankondigen|-0.97
p:kijken we|vervolgafspraak|0.97
p:kijkt daarnaar|interpreteren|-0.6
p:kijkt de|ik-boodschap|-0.88
p:kijkt de|gevoelsreflectie|0.96
p:kijkt een|gevoelsreflectie|1.0
p:kijkt er|gevoelsreflectie|1.55
p:kijkt moet|open-vraag|-0.94
p:kijkt u|parafrase|-0.78
p:kijkt u|argumenteren|0.91
p:kijkt zondag|bedanken|-0.91
p:kim haar|open-vraag|0.94
p:kind moet|gevoelsreflectie|-0.88
p:kind moet|moraliseren|0.95
p:kind te|jij-boodschap|-0.91
p:kind te|bekritiseren|-0.96
p:kind thuis|gevoelsreflectie|0.91
p:kind van|moraliseren|1.91
p:kind van|argumenteren|-1.0
p:kind van|prijzen|-1.0
p:kind van|ondervragen|-1.0
p:kinderen bij|bekritiseren|-0.96
p:kinderen gaat|jij-boodschap|0.97
p:kinderen gewoon|moraliseren|1.0
p:kinderen hebben|geruststellen|1.85
p:kinderen hebben|afleiden|-0.87
p:kinderen horen|adviseren|-0.99
p:kinderen op|jij-boodschap|-0.95
p:kinderen van|geruststellen|0.42
p:klaagt hoe|parafrase|0.99
p:klaar is|interpreteren|-0.99
p:klaarstaat dus|prijzen|0.92
p:klaarstaat dus|vervolgafspraak|-0.92
p:klaarstaat dus|bedanken|-0.75
p:klager eerlijk|etiketteren|0.89
p:klap is|geruststellen|0.92
p:klas ?|open-vraag|1.84
p:klas bij|moraliseren|0.76
p:klas bram|jij-boodschap|0.74
p:klas bram|waarschuwen|0.92
p:klas dat|etiketteren|1.0
p:klas dat|geruststellen|1.85
p:klas dat|afleiden|-0.87
p:klas dus|samenvatting|-0.78
p:klas dus|adviseren|-0.9
p:klas dus|prijzen|1.83
p:klas dus|etiketteren|-0.9
p:klas en|jij-boodschap|-0.78
p:klas en|gevoelsreflectie|-0.83
p:klas en|samenvatting|-0.19
p:klas en|vervolgafspraak|-0.98
p:klas gelijk|parafrase|0.86
p:klas gelijk|argumenteren|0.97
p:klas haalde|parafrase|0.91
p:klas haalde|argumenteren|0.82
p:klas had|parafrase|-1.8
p:klas had|argumenteren|0.84
p:klas hè|bekritiseren|-0.91
p:klas hè|etiketteren|0.91
p:klas is|ik-boodschap|-1.0
p:klas is|samenvatting|0.95
p:klas is|bevelen|0.85
p:klas joep|jij-boodschap|1.6
p:klas joep|bekritiseren|1.87
p:klas krijgt|parafrase|0.96
p:klas maar|parafrase|0.9
p:klas maar|waarschuwen|-0.9
p:klas maar|afleiden|-0.92
p:klas roept|ik-boodschap|1.36
p:klas roept|waarschuwen|-0.89
p:klas slechter|bevelen|-0.98
p:klas sorry|jij-boodschap|0.79
p:klas te|ik-boodschap|-0.42
p:klas te|samenvatting|0.99
p:klas te|open-vraag|-0.96
p:klas tijd|open-vraag|0.87
p:klas wat|open-vraag|0.97
p:klas wat|argumenteren|-0.81
p:klas ze|open-vraag|-0.99
p:klas zit|ondervragen|-0.99
p:klasgenoten die|jij-boodschap|-1.3
p:klasgenoten die|moraliseren|0.91
p:klasgenoten die|bekritiseren|-1.57
p:klasgenoten praten|afleiden|-0.7
p:klasgenoten zeggen|parafrase|-0.99
p:kleedkamer ?|parafrase|0.99
p:kleren en|ik-boodschap|-1.0
p:kleren en|jij-boodschap|-1.0
p:kleren en|parafrase|1.0
p:kleren en|gevoelsreflectie|1.0
p:kleren en|samenvatting|-1.0
p:kleren en|open-vraag|-1.0
p:kleren en|aanmoediging|-1.0
p:kleren en|bevelen|-1.0
p:kleren en|waarschuwen|-1.0
p:kleren en|moraliseren|-1.0
p:kleren en|adviseren|-1.0
p:kleren en|argumenteren|-1.0
p:kleren en|bekritiseren|-1.0
p:kleren en|prijzen|-1.0
p:kleren en|etiketteren|-1.0
p:kleren en|interpreteren|-1.0
p:kleren en|geruststellen|-1.0
p:kleren en|ondervragen|-1.0
p:kleren en|afleiden|-1.0
p:kleren en|afronding-aankondigen|-1.0
p:kleren en|vervolgafspraak|-1.0
p:kleren en|bedanken|-1.0
p:kleuterachtig gedoe|bekritiseren|-0.24
p:kleuterachtig gedoe|etiketteren|0.9
p:kleuterachtig joh|etiketteren|1.0
p:kleuterachtig joh|afleiden|-0.87
p:klinkt als|etiketteren|0.89
p:klinkt alsof|jij-boodschap|-0.99
p:klinkt alsof|gevoelsreflectie|1.9
p:klinkt alsof|bekritiseren|-0.43
p:klinkt alsof|interpreteren|-0.8
p:klinkt alsof|geruststellen|-0.95
p:klinkt behoorlijk|open-vraag|-0.99
p:klinkt best|parafrase|-1.0
p:klinkt machteloos|gevoelsreflectie|0.99
p:klinkt machteloos|open-vraag|0.99
p:klinkt teleurgesteld|parafrase|-2.62
p:klinkt zorgelijk|gevoelsreflectie|0.91
p:kloppen want|argumenteren|0.99
p:klopt dat|gevoelsreflectie|-0.99
p:klopt dat|samenvatting|0.95
p:klopt dat|open-vraag|1.0
p:klopt het|parafrase|0.77
p:klopt het|argumenteren|-0.91
p:klopt met|parafrase|0.93
p:klopt met|gevoelsreflectie|0.93
p:klopt met|samenvatting|-0.9
p:klopt niet|ik-boodschap|-0.71
p:klopt niet|argumenteren|1.95
p:klopt niet|bekritiseren|-0.93
p:kluis gaat|bevelen|-0.83
p:kluis gaat|afleiden|-0.99
p:kluisjes staat|ik-boodschap|0.71
p:knap hoor|prijzen|1.0
p:koelkast kunnen|samenvatting|-0.99
p:koen in|ik-boodschap|0.99
p:koffie of|ondervragen|-1.0
p:kom je|ik-boodschap|0.94
p:kom je|jij-boodschap|-0.75
p:kom je|argumenteren|0.81
p:kom je|ondervragen|-0.97
p:komen de|parafrase|0.92
p:komen de|samenvatting|-0.77
p:komen melden|ik-boodschap|-0.9
p:komen met|adviseren|-0.93
p:komen steeds|samenvatting|0.91
p:komen we|afronding-aankondigen|-0.89
p:komst ik|afronding-aankondigen|-0.87
p:komt ?|gevoelsreflectie|0.94
p:komt ?|open-vraag|0.8
p:komt alleen|waarschuwen|-0.98
p:komt allemaal|gevoelsreflectie|-0.98
p:komt allemaal|geruststellen|1.84
p:komt altijd|bevelen|-1.0
p:komt ben|ik-boodschap|0.96
p:komt dan|parafrase|1.0
p:komt dan|adviseren|1.0
p:komt de|open-vraag|-0.64
p:komt de|aanmoediging|-1.0
p:komt de|geruststellen|-1.0
p:komt de|ondervragen|-1.0
p:komt doordat|interpreteren|0.98
p:komt doordat|geruststellen|-0.9
p:komt echt|gevoelsreflectie|0.99
p:komt echt|geruststellen|0.99
p:komt er|geruststellen|1.68
p:komt geen|argumenteren|-0.71
p:komt gewoon|moraliseren|-1.0
p:komt gewoon|interpreteren|0.46
p:komt goed|open-vraag|0.67
p:komt goed|geruststellen|0.95
p:komt goed|afleiden|-0.9
p:komt helemaal|jij-boodschap|-0.9
p:komt het|samenvatting|-1.97
p:komt het|prijzen|-0.99
p:komt het|geruststellen|1.5
p:komt hij|open-vraag|-0.87
p:komt hij|interpreteren|-0.6
p:komt je|jij-boodschap|0.92
p:komt je|bekritiseren|0.96
p:komt kan|open-vraag|1.0
p:komt later|open-vraag|-0.98
p:komt later|afleiden|0.98
p:komt meld|bevelen|-0.97
p:komt met|parafrase|-1.0
p:komt met|argumenteren|-1.0
p:komt met|vervolgafspraak|-1.0
p:komt mist|ik-boodschap|0.99
p:komt moet|ik-boodschap|-0.9
p:komt na|open-vraag|0.97
p:komt na|bekritiseren|-0.96
p:komt na|interpreteren|-0.96
p:komt noah|ik-boodschap|0.97
p:komt opdagen|waarschuwen|1.0
p:komt u|jij-boodschap|0.99
p:komt uit|geruststellen|-0.91
p:komt volgende|vervolgafspraak|-0.95
p:komt wat|parafrase|-1.0
p:komt wat|samenvatting|1.0
p:komt wel|geruststellen|1.42
p:komt wel|afleiden|-1.7
p:komt zo|bevelen|-0.91
p:kon ik|ik-boodschap|0.93
p:kon ik|gevoelsreflectie|-0.83
p:kon komen|bekritiseren|-0.9
p:kon komen|afronding-aankondigen|-0.95
p:kon maken|open-vraag|0.96
p:kon maken|adviseren|0.93
p:kon uploaden|ik-boodschap|-0.91
p:konden komen|afronding-aankondigen|0.97
p:kort ayoub|samenvatting|0.99
p:kort samengevat|samenvatting|1.0
p:kort samengevat|bekritiseren|-0.2
p:kort samengevat|vervolgafspraak|-0.82
p:kort te|jij-boodschap|-0.98
p:kortom het|samenvatting|1.0
p:kortom het|afronding-aankondigen|-1.0
p:kortom hij|samenvatting|0.89
p:kortom hij|bedanken|-0.91
p:kortom je|samenvatting|0.98
p:kortom je|geruststellen|-0.98
p:kortom jij|jij-boodschap|0.99
p:kortom jij|samenvatting|-0.99
p:kortom jij|bekritiseren|0.99
p:kortom meer|samenvatting|0.74
p:kortom meer|afronding-aankondigen|0.98
p:kortom u|parafrase|-0.71
p:kortom volgens|parafrase|0.84
p:kortom we|samenvatting|0.96
p:kortom we|vervolgafspraak|0.96
p:kortom ze|parafrase|-0.81
p:kortzichtige manier|bekritiseren|0.94
p:kost de|open-vraag|0.87
p:kost het|samenvatting|1.0
p:kost het|afronding-aankondigen|1.0
p:kost het|bedanken|1.0
p:kreeg geen|gevoelsreflectie|0.94
p:kreeg geen|samenvatting|0.78
p:kreeg geen|vervolgafspraak|0.86
p:krijg houd|ik-boodschap|1.0
p:krijgt bijles|bedanken|0.96
p:krijgt een|argumenteren|0.96
p:krijgt een|bedanken|-0.91
p:krijgt geen|argumenteren|0.95
p:krijgt hij|moraliseren|-0.89
p:krijgt in|parafrase|-0.92
p:krijgt ze|interpreteren|-0.99
p:krijgt ze|geruststellen|-0.99
p:kringetjes blijven|afronding-aankondigen|0.77
p:kritiek erg|bekritiseren|-0.67
p:kritiek op|jij-boodschap|1.79
p:kritiek op|samenvatting|-0.83
p:kritiek op|bekritiseren|1.88
p:kritiek op|ondervragen|-0.96
p:kun je|parafrase|-0.88
p:kun je|moraliseren|-0.91
p:kun je|vervolgafspraak|-0.93
p:kunnen altijd|bevelen|-0.93
p:kunnen de|ik-boodschap|1.36
p:kunnen de|waarschuwen|-0.89
p:kunnen halen|prijzen|0.65
p:kunnen hangen|samenvatting|-0.99
p:kunnen laten|adviseren|-1.0
p:kunnen laten|prijzen|1.0
p:kunnen lezen|ik-boodschap|-0.91
p:kunnen lezen|parafrase|0.91
p:kunnen maken|afleiden|-0.92
p:kunnen voorkomen|bekritiseren|0.31
p:kunnen vragen|adviseren|1.0
p:kunnen we|jij-boodschap|-1.0
p:kunnen we|open-vraag|1.0
p:kunnen we|bekritiseren|-1.0
p:kunnen we|etiketteren|-0.93
p:kunnen we|bedanken|-0.79
p:kunt altijd|jij-boodschap|-0.85
p:kunt best|adviseren|-0.9
p:kunt best|prijzen|0.9
p:kunt best|etiketteren|-0.9
p:kunt beter|bevelen|-0.9
p:kunt beter|adviseren|0.89
p:kunt de|bekritiseren|-0.94
p:kunt doen|adviseren|0.98
p:kunt eens|geruststellen|0.98
p:kunt hem|adviseren|0.91
p:kunt inhalen|moraliseren|-0.94
p:kunt maken|ik-boodschap|0.9
p:kunt u|ik-boodschap|0.97
p:kunt u|parafrase|-0.96
p:kunt u|aanmoediging|-0.96
p:kunt u|adviseren|1.83
p:kunt u|argumenteren|-0.96
p:kunt u|prijzen|-0.91
p:kunt u|interpreteren|0.94
p:kunt u|ondervragen|-0.9
p:kunt u|afleiden|-0.88
p:kwalijk dat|ik-boodschap|-0.64
p:kwam het|gevoelsreflectie|-0.98
p:kwam hij|adviseren|-0.93
p:kwam vertellen|bedanken|0.99
p:kwam ze|ondervragen|0.98
p:kwart over|ik-boodschap|-0.9
p:kwart over|bevelen|1.0
p:kwartaal gewerkt|adviseren|-1.0
p:kwestie van|argumenteren|-0.99
p:kwestie van|interpreteren|-0.99
p:kwestie van|geruststellen|0.99
p:kán wel|parafrase|-1.8
p:kán wel|argumenteren|0.84
p:laag daar|moraliseren|-0.96
p:laag daar|afleiden|-0.7
p:laag maar|parafrase|0.86
p:laag maar|argumenteren|0.97
p:laat ?|argumenteren|-0.91
p:laat ?|ondervragen|-0.97
p:laat begint|open-vraag|-0.97
p:laat binnenkomt|ik-boodschap|0.93
p:laat binnenkomt|open-vraag|0.87
p:laat daar|afleiden|0.93
p:laat dat|bekritiseren|-0.74
p:laat gaat|ik-boodschap|-0.97
p:laat heeft|parafrase|1.0
p:laat heeft|samenvatting|-1.0
p:laat heeft|open-vraag|-1.0
p:laat hem|bevelen|-1.63
p:laat hem|adviseren|1.0
p:laat hem|bekritiseren|0.27
p:laat hem|etiketteren|-1.0
p:laat hem|geruststellen|1.0
p:laat hem|afleiden|-0.72
p:laat het|samenvatting|-0.74
p:laat het|bevelen|0.94
p:laat het|bekritiseren|0.94
p:laat het|bedanken|-0.82
p:laat iemand|moraliseren|0.92
p:laat ik|waarschuwen|1.89
p:laat ingeleverd|argumenteren|0.96
p:laat is|ik-boodschap|-0.99
p:laat is|gevoelsreflectie|-0.95
p:laat is|samenvatting|0.95
p:laat je|bevelen|-0.96
p:laat komen|waarschuwen|-0.93
p:laat komt|ik-boodschap|-0.9
p:laat komt|open-vraag|-0.87
p:laat komt|bevelen|-0.97
p:laat komt|interpreteren|-0.6
p:laat komt|geruststellen|-0.92
p:laat kwam|adviseren|-0.93
p:laat kwam|ondervragen|0.98
p:laat maar|bekritiseren|-0.34
p:laat me|moraliseren|-1.0
p:laat me|prijzen|0.97
p:laat mij|bevelen|1.0
p:laat mij|adviseren|-1.0
p:laat naar|jij-boodschap|-0.26
p:laat op|jij-boodschap|0.99
p:laat op|ondervragen|0.9
p:laat u|adviseren|0.97
p:laat u|ondervragen|0.9
p:laat u|vervolgafspraak|0.91
p:laat volgt|moraliseren|-0.99
p:laat volgt|argumenteren|0.99
p:laat volgt|geruststellen|-0.99
p:laat waardoor|parafrase|-0.99
p:laatste drie|adviseren|0.93
p:laatste drie|vervolgafspraak|-1.0
p:laatste kwartaal|adviseren|-1.0
p:laatste moment|ik-boodschap|0.87
p:laatste opgave|interpreteren|-0.94
p:laatste tijd|open-vraag|-0.64
p:laatste tijd|aanmoediging|-1.0
p:laatste tijd|geruststellen|-1.0
p:laatste tijd|ondervragen|-1.0
p:lachen jullie|geruststellen|0.96
p:lag ?|ondervragen|0.9
p:lage cijfers|samenvatting|0.99
p:lang gamen|ondervragen|0.98
p:lang om|bevelen|-0.97
p:langst dat|moraliseren|0.9
p:langst dat|geruststellen|-0.99
p:lapt alle|jij-boodschap|0.92
p:lapt alle|bekritiseren|0.83
p:laptop dichtklapt|ik-boodschap|0.98
p:laptop dichtklapt|samenvatting|-0.98
p:laptop niet|ik-boodschap|0.88
p:laptop niet|parafrase|-0.88
p:laptop niet|vervolgafspraak|-0.93
p:laptop vaak|ik-boodschap|0.9
p:laptop van|afleiden|-0.99
p:lars dat|vervolgafspraak|-0.92
p:lars toch|prijzen|-0.97
p:lastig als|vervolgafspraak|-0.97
p:lastig dat|bekritiseren|0.84
p:lastig hoe|open-vraag|0.94
p:lastig in|argumenteren|-0.96
p:lastig is|gevoelsreflectie|-0.86
p:lastig mee|ik-boodschap|-0.88
p:lastig mee|gevoelsreflectie|0.96
p:lastig om|bekritiseren|-0.78
p:lastige situatie|argumenteren|-0.84
p:lastigst ?|open-vraag|0.94
p:laten ?|afleiden|-0.99
p:laten ?|vervolgafspraak|-0.99
p:laten daarom|prijzen|-0.98
p:laten dan|afronding-aankondigen|0.89
p:laten dan|vervolgafspraak|0.94
p:laten dank|samenvatting|0.74
p:laten dank|afronding-aankondigen|0.98
p:laten dank|vervolgafspraak|-0.94
p:laten denk|interpreteren|0.98
p:laten en|afronding-aankondigen|0.97
p:laten hem|interpreteren|-0.94
p:laten liggen|parafrase|1.0
p:laten liggen|adviseren|1.0
p:laten nemen|moraliseren|-0.97
p:laten passeren|adviseren|-1.0
p:laten passeren|prijzen|1.0
p:laten plannen|adviseren|0.91
p:laten rusten|afleiden|0.99
p:laten rusten|afronding-aankondigen|-0.94
p:laten thuisblijven|bekritiseren|-0.99
p:laten thuisblijven|ondervragen|0.99
p:laten voor|ik-boodschap|-0.97
p:laten voor|bedanken|-0.98
p:laten wachten|ik-boodschap|0.9
p:laten we|ik-boodschap|0.97
p:laten we|samenvatting|-0.9
p:laten we|waarschuwen|-0.96
p:laten we|geruststellen|-0.8
p:laten we|afleiden|1.0
p:laten we|afronding-aankondigen|1.12
p:laten we|vervolgafspraak|0.1
p:laten we|bedanken|-0.98
p:laten weten|adviseren|-1.0
p:laten weten|interpreteren|-1.0
p:laten zien|ik-boodschap|0.81
p:laten zien|parafrase|-0.93
p:laten zien|gevoelsreflectie|-0.93
p:laten zien|interpreteren|0.93
p:laten zullen|vervolgafspraak|0.9
p:laten zullen|bedanken|0.67
p:later mocht|jij-boodschap|-0.94
p:later nu|bevelen|-1.0
p:later nu|geruststellen|-1.0
p:later wel|open-vraag|-0.98
p:later wel|afleiden|0.98
p:leeftijd allemaal|geruststellen|-0.89
p:leeftijd allemaal|afleiden|0.92
p:leeftijd zijn|argumenteren|-0.96
p:leeg is|ik-boodschap|0.9
p:leek het|jij-boodschap|0.92
p:leek het|bekritiseren|0.83
p:leer ik|geruststellen|-0.99
p:leerling die|jij-boodschap|1.74
p:leerling die|prijzen|-0.91
p:leerling die|etiketteren|0.91
p:leerling heb|moraliseren|1.76
p:leerling heb|argumenteren|-0.9
p:leerling hoor|argumenteren|0.96
p:leerling hoort|waarschuwen|0.77
p:leerling in|moraliseren|0.94
p:leerling in|argumenteren|-1.0
p:leerling jij|prijzen|0.97
p:leerling maar|waarschuwen|-0.93
p:leerlingen bij|open-vraag|-0.94
p:leerlingen die|argumenteren|0.64
p:leerlingen die|geruststellen|-0.97
p:leerlingen en|geruststellen|-0.99
p:leerlingen hadden|moraliseren|-0.95
p:leerlingen hebben|afleiden|-0.99
p:leerlingen met|bevelen|-0.98
p:leerlingen met|argumenteren|0.83
p:leerlingen waardoor|waarschuwen|-0.92
p:leerplichtambtenaar in|waarschuwen|0.99
p:leert en|ik-boodschap|0.93
p:leert en|vervolgafspraak|0.93
p:leert haalt|argumenteren|0.96
p:leert hoe|parafrase|0.96
p:leg de|waarschuwen|-0.99
p:leg die|bevelen|0.89
p:leg die|waarschuwen|0.99
p:leg die|adviseren|-0.95
p:legt mist|ik-boodschap|1.0
p:legt ze|samenvatting|-0.96
p:lekker behulpzaam|bekritiseren|0.96
p:lekker bezig|bekritiseren|0.98
p:lekker dat|ik-boodschap|0.97
p:lekker in|etiketteren|-0.94
p:lekker voor|gevoelsreflectie|-0.96
p:leraren hebben|geruststellen|-0.87
p:leren dat|gevoelsreflectie|-0.88
p:leren dat|moraliseren|0.95
p:leren en|parafrase|0.92
p:leren en|samenvatting|-0.77
p:leren ik|open-vraag|-0.99
p:leren je|parafrase|-1.0
p:leren je|gevoelsreflectie|-1.0
p:leren je|bevelen|-0.87
p:leren je|moraliseren|1.0
p:leren klaar|moraliseren|-0.93
p:leren klaar|geruststellen|-0.93
p:leren niet|open-vraag|-0.99
p:leren omdat|interpreteren|-0.98
p:leren precies|parafrase|0.92
p:leren precies|samenvatting|-0.77
p:leren thuis|afleiden|-0.97
p:les ?|open-vraag|-0.97
p:les bij|bekritiseren|-0.96
p:les bij|interpreteren|-0.96
p:les en|jij-boodschap|0.95
p:les en|argumenteren|-0.82
p:les en|bekritiseren|0.95
p:les even|bevelen|0.97
p:les gewoon|moraliseren|-1.0
p:les haar|samenvatting|-0.96
p:les je|ik-boodschap|-0.93
p:les neem|jij-boodschap|-0.6
p:les op|open-vraag|1.0
p:les op|bevelen|-1.0
p:les opnieuw|ik-boodschap|0.95
p:les steeds|ik-boodschap|-0.91
p:les voor|jij-boodschap|0.74
p:les voor|waarschuwen|0.92
p:les voorbij|ik-boodschap|-0.63
p:les voorbij|samenvatting|-0.99
p:les weg|afronding-aankondigen|-0.94
p:les wegzakt|ik-boodschap|0.97
p:les wegzakt|adviseren|0.83
p:lesuren ongeoorloofd|argumenteren|0.81
p:let maar|bekritiseren|-0.99
p:let maar|geruststellen|1.0
p:let maar|afleiden|-0.99
p:let thuis|samenvatting|0.99
p:let zelf|bekritiseren|0.87
p:letten gewoon|ondervragen|-0.9
p:letten op|samenvatting|0.96
p:letten op|vervolgafspraak|0.96
p:letten thuis|bekritiseren|0.99
p:leuk dat|jij-boodschap|-0.77
p:leukere dingen|afleiden|0.95
p:lever dat|bevelen|0.94
p:levert in|ik-boodschap|-0.92
p:levert in|afleiden|-0.92
p:levert morgen|bevelen|1.0
p:lezen ze|samenvatting|1.0
p:lezen ze|afronding-aankondigen|1.0
p:lezen ze|bedanken|1.0
p:liefst willen|jij-boodschap|-0.96
p:liegen niet|moraliseren|0.96
p:liegen niet|adviseren|-0.99
p:liegen niet|argumenteren|0.12
p:lieke als|open-vraag|-0.87
p:lieke tijdens|ik-boodschap|0.98
p:lieke tijdens|samenvatting|-0.98
p:lieke tijdens|open-vraag|-0.94
p:lieke trekt|jij-boodschap|1.0
p:lieke trekt|bekritiseren|1.0
p:lieke trekt|geruststellen|-1.0
p:lieke vindt|gevoelsreflectie|-0.94
p:lieke vindt|bekritiseren|-0.88
p:liever niet|afleiden|0.95
p:liever over|afleiden|0.97
p:lig je|jij-boodschap|1.6
p:lig je|bekritiseren|1.87
p:liggen en|ik-boodschap|0.98
p:ligt echt|argumenteren|0.98
p:ligt gewoon|interpreteren|0.69
p:ligt het|ik-boodschap|-0.98
p:ligt het|parafrase|0.84
p:ligt maar|geruststellen|0.97
p:ligt wat|geruststellen|-0.95
p:lijkt er|open-vraag|1.0
p:lijkt erop|open-vraag|-0.67
p:lijkt erop|geruststellen|-0.89
p:lijkt me|gevoelsreflectie|1.0
p:lijkt me|geruststellen|-0.99
p:lijkt me|vervolgafspraak|-0.85
p:lijst bij|ik-boodschap|-0.59
p:logisch dat|argumenteren|0.91
p:lokaal 14|vervolgafspraak|0.92
p:lokaal uitliep|ik-boodschap|0.68
p:loop je|ik-boodschap|0.93
p:loop je|waarschuwen|-1.46
p:loop je|bekritiseren|-0.95
p:loop je|vervolgafspraak|0.93
p:loopt dus|parafrase|1.75
p:loopt haar|ik-boodschap|0.98
p:loopt haar|samenvatting|-0.98
p:loopt hij|ik-boodschap|1.0
p:loopt hij|parafrase|-1.0
p:loopt hij|gevoelsreflectie|-1.0
p:loopt midden|afronding-aankondigen|-0.94
p:los te|prijzen|-0.98
p:los te|interpreteren|0.98
p:lotte haar|ik-boodschap|0.93
p:lotte jij|bekritiseren|-2.19
p:lotte jij|etiketteren|0.99
p:lotte thuis|samenvatting|-0.85
p:lotte zat|afleiden|-0.98
p:lotte zegt|parafrase|-0.9
p:lucas heeft|open-vraag|-1.0
p:lucas zijn|waarschuwen|0.91
p:luchtig houden|afronding-aankondigen|-0.76
p:luchtig over|bekritiseren|0.91
p:lui bent|ik-boodschap|-0.99
p:lui bent|geruststellen|0.91
p:lui is|etiketteren|0.95
p:lui is|interpreteren|0.95
p:lui maar|bedanken|-0.97
p:lui om|bekritiseren|1.0
p:luiste leerling|jij-boodschap|1.74
p:luiste leerling|prijzen|-0.91
p:luiste leerling|etiketteren|0.91
p:luister neemt|ik-boodschap|-1.0
p:luister neemt|aanmoediging|1.0
p:luister neemt|interpreteren|-1.0
p:luisteren en|afronding-aankondigen|0.95
p:luistert gewoon|afleiden|-1.0
p:luistert niet|bevelen|0.95
p:luistert u|bevelen|1.0
p:luistert u|adviseren|-1.0
p:lukt en|samenvatting|-1.0
p:lukt het|samenvatting|-0.96
p:lukt leren|open-vraag|-0.99
p:lukt niet|samenvatting|0.98
p:lukt niet|geruststellen|-0.98
p:lunch hoe|open-vraag|0.7
p:luuk bij|ik-boodschap|-0.96
p:maak ik|bekritiseren|-0.95
p:maak ik|afleiden|-0.92
p:maak je|gevoelsreflectie|-0.98
p:maak je|adviseren|-0.83
p:maak je|geruststellen|0.98
p:maak me|ik-boodschap|-0.92
p:maak me|samenvatting|-0.96
p:maak me|aanmoediging|-1.0
p:maak me|waarschuwen|-0.96
p:maak me|argumenteren|-0.96
p:maak me|geruststellen|-1.0
p:maak me|ondervragen|-1.0
p:maak u|adviseren|1.0
p:maak u|etiketteren|-1.0
p:maak u|geruststellen|1.0
p:maakt ?|samenvatting|0.89
p:maakt een|samenvatting|0.9
p:maakt en|ik-boodschap|1.3
p:maakt en|open-vraag|0.94
p:maakt het|jij-boodschap|0.83
p:maakt het|open-vraag|1.0
p:maakt het|afleiden|0.92
p:maakt je|ik-boodschap|-1.0
p:maakt je|jij-boodschap|-1.0
p:maakt je|parafrase|1.0
p:maakt je|gevoelsreflectie|1.0
p:maakt je|samenvatting|-1.0
p:maakt je|open-vraag|-1.0
p:maakt je|aanmoediging|-1.0
p:maakt je|bevelen|-1.0
p:maakt je|waarschuwen|-1.0
p:maakt je|moraliseren|-1.0
p:maakt je|adviseren|-1.0
p:maakt je|argumenteren|-1.0
p:maakt je|bekritiseren|-1.0
p:maakt je|prijzen|-1.0
p:maakt je|etiketteren|-1.0
p:maakt je|interpreteren|-1.0
p:maakt je|geruststellen|-1.0
p:maakt je|ondervragen|-1.0
p:maakt je|afleiden|-1.0
p:maakt je|afronding-aankondigen|-1.0
p:maakt je|vervolgafspraak|-1.0
p:maakt je|bedanken|-1.0
p:maakt kan|vervolgafspraak|0.81
p:maakt maar|adviseren|0.97
p:maakt om|interpreteren|1.68
p:maakt over|open-vraag|1.0
p:maakt u|gevoelsreflectie|1.71
p:maakt u|open-vraag|1.65
p:maakt u|adviseren|-1.0
p:maakt u|geruststellen|0.92
p:maakt wat|open-vraag|0.67
p:maakt wat|geruststellen|0.95
p:maakt zich|open-vraag|-0.92
p:maakte hem|open-vraag|0.97
p:maakte hem|argumenteren|-0.81
p:maand opnieuw|geruststellen|-0.97
p:maand opnieuw|afronding-aankondigen|-0.99
p:maand opnieuw|vervolgafspraak|0.77
p:maand van|ik-boodschap|0.73
p:maand zitten|afleiden|-0.95
p:maandag bellen|afronding-aankondigen|-0.93
p:maandag een|afronding-aankondigen|0.97
p:maandag even|vervolgafspraak|0.92
p:maandag het|ik-boodschap|0.93
p:maandag het|vervolgafspraak|1.85
p:maandag in|bevelen|0.94
p:maandag niet|ik-boodschap|0.93
p:maandag niet|vervolgafspraak|-0.79
p:maandag om|afronding-aankondigen|-0.96
p:maandag om|bedanken|-0.96
p:maandag rond|bedanken|-0.94
p:maandagochtend het|parafrase|-0.81
p:maandje ben|geruststellen|0.97
p:maar ach|afleiden|0.9
p:maar beginnen|afleiden|-0.91
p:maar dat|ik-boodschap|-0.91
p:maar dat|parafrase|1.0
p:maar dat|gevoelsreflectie|-1.0
p:maar dat|prijzen|-0.93
p:maar dat|geruststellen|0.92
p:maar de|argumenteren|2.62
p:maar de|afleiden|-0.99
p:maar dit|gevoelsreflectie|0.99
p:maar dit|geruststellen|0.99
p:maar door|gevoelsreflectie|-0.63
p:maar drie|waarschuwen|-0.93
p:maar echt|jij-boodschap|-0.9
p:maar een|moraliseren|0.91
p:maar een|geruststellen|0.96
p:maar een|afleiden|-0.9
p:maar eens|adviseren|0.9
p:maar eens|afleiden|-0.9
p:maar geen|adviseren|-1.83
p:maar goed|open-vraag|-1.66
p:maar goed|geruststellen|-0.92
p:maar goed|afleiden|2.86
p:maar half|open-vraag|0.94
p:maar het|samenvatting|1.93
p:maar het|argumenteren|-0.82
p:maar het|geruststellen|-0.98
p:maar hij|jij-boodschap|0.92
p:maar hij|bekritiseren|0.83
p:maar hij|bedanken|-0.97
p:maar hoe|open-vraag|-1.73
p:maar hoe|afleiden|0.94
p:maar horen|bekritiseren|-0.34
p:maar je|bevelen|0.97
p:maar je|geruststellen|1.91
p:maar joh|gevoelsreflectie|0.84
p:maar joh|afleiden|0.98
p:maar maakt|open-vraag|0.67
p:maar maakt|geruststellen|0.95
p:maar misschien|adviseren|0.97
p:maar misschien|interpreteren|-0.94
p:maar naar|waarschuwen|-0.98
p:maar niet|waarschuwen|0.96
p:maar niet|geruststellen|0.12
p:maar om|samenvatting|-0.92
p:maar om|bekritiseren|-0.75
p:maar om|interpreteren|0.99
p:maar om|afleiden|-0.99
p:maar op|ik-boodschap|0.87
p:maar op|moraliseren|-1.0
p:maar op|bekritiseren|-0.99
p:maar op|geruststellen|-0.88
p:maar op|afleiden|-0.99
p:maar over|geruststellen|0.92
p:maar school|afleiden|1.82
p:maar te|interpreteren|-0.99
p:maar u|gevoelsreflectie|-0.86
p:maar u|bekritiseren|0.87
p:maar u|afleiden|-0.92
p:maar uit|bevelen|-0.98
p:maar vertel|afleiden|0.87
p:maar volgens|parafrase|-0.93
p:maar volgens|gevoelsreflectie|-0.93
p:maar volgens|interpreteren|0.93
p:maar waarom|gevoelsreflectie|0.81
p:maar waarom|ondervragen|0.97
p:maar wel|parafrase|0.9
p:maar wel|waarschuwen|-0.9
p:maar wel|geruststellen|-0.92
p:maar wel|afleiden|-0.92
p:maar ze|geruststellen|0.7
p:maar zeg|ondervragen|-0.99
p:maar zeg|afleiden|0.99
p:maar zelf|jij-boodschap|1.79
p:maar zelf|samenvatting|-0.83
p:maar zelf|bekritiseren|1.88
p:maar zelf|ondervragen|-0.96
p:maar zijn|bevelen|-0.98
p:maart bespreken|samenvatting|0.9
p:maatregel staat|moraliseren|-1.0
p:machteloos bij|afronding-aankondigen|-0.94
p:machteloos hoe|gevoelsreflectie|0.99
p:machteloos hoe|open-vraag|0.99
p:machteloos voelen|gevoelsreflectie|0.91
p:mag een|waarschuwen|-0.93
p:mag hij|waarschuwen|0.91
p:mag je|moraliseren|0.94
p:mag je|argumenteren|-1.0
p:mag niet|bekritiseren|-0.94
p:mag op|gevoelsreflectie|0.98
p:mag op|open-vraag|-0.66
p:mag rustig|aanmoediging|0.93
p:magister heeft|ik-boodschap|0.94
p:magister zien|bekritiseren|-0.94
p:mail ?|open-vraag|-1.0
p:mail ?|geruststellen|-1.0
p:mail aan|vervolgafspraak|-0.96
p:mail gelezen|gevoelsreflectie|-0.86
p:mail ik|samenvatting|0.99
p:mail met|ik-boodschap|-1.0
p:mail met|samenvatting|-0.89
p:mail met|vervolgafspraak|1.0
p:mail stuur|argumenteren|-0.71
p:mail van|jij-boodschap|-1.0
p:mail van|ondervragen|0.95
p:mails onbeantwoord|aanmoediging|-0.99
p:mails sturen|bekritiseren|1.19
p:mails sturen|geruststellen|-0.99
p:maken ?|ik-boodschap|0.93
p:maken ?|adviseren|-0.92
p:maken ?|vervolgafspraak|0.93
p:maken als|waarschuwen|0.77
p:maken dat|open-vraag|0.96
p:maken dat|bevelen|-0.96
p:maken dat|adviseren|0.93
p:maken meer|jij-boodschap|-0.98
p:maken met|vervolgafspraak|0.9
p:maken met|bedanken|0.67
p:maken we|afleiden|0.93
p:makkelijk door|jij-boodschap|0.83
p:makkelijk een|prijzen|0.65
p:makkelijk is|interpreteren|0.94
p:manier om|bekritiseren|-0.32
p:manier van|jij-boodschap|-0.65
p:manier van|bekritiseren|0.94
p:manier waarop|samenvatting|-0.92
p:mark ik|ik-boodschap|-0.97
p:me aan|ik-boodschap|-0.93
p:me aan|jij-boodschap|-0.87
p:me aan|bevelen|1.0
p:me aan|waarschuwen|-1.0
p:me aan|argumenteren|-1.0
p:me aan|etiketteren|-1.0
p:me daar|samenvatting|-0.96
p:me dat|parafrase|-0.9
p:me dat|gevoelsreflectie|1.0
p:me de|ik-boodschap|0.68
p:me echt|ik-boodschap|-1.9
p:me echt|geruststellen|-0.99
p:me een|open-vraag|0.7
p:me eerst|bevelen|0.91
p:me er|afronding-aankondigen|-0.94
p:me eraan|bekritiseren|-0.19
p:me even|bevelen|-0.97
p:me geraakt|ik-boodschap|0.93
p:me goed|ik-boodschap|0.31
p:me laten|afronding-aankondigen|0.77
p:me liggen|gevoelsreflectie|-0.99
p:me mevrouw|ik-boodschap|-0.9
p:me niet|ik-boodschap|1.87
p:me niet|gevoelsreflectie|-0.96
p:me niet|argumenteren|-0.84
p:me niet|bekritiseren|-0.84
p:me nu|bevelen|1.0
p:me nu|moraliseren|-1.0
p:me ongemakkelijk|ik-boodschap|0.94
p:me ongemakkelijk|bevelen|-1.0
p:me op|ik-boodschap|-0.94
p:me op|samenvatting|-0.9
p:me op|vervolgafspraak|0.93
p:me pijn|moraliseren|-0.92
p:me pijn|interpreteren|-0.67
p:me steeds|bekritiseren|0.32
p:me toch|prijzen|0.97
p:me toe|ik-boodschap|0.9
p:me uit|ik-boodschap|0.95
p:me vergis|ik-boodschap|-0.93
p:me verstandig|vervolgafspraak|-0.85
p:me voorstellen|parafrase|-1.0
p:me voorstellen|gevoelsreflectie|1.94
p:me wat|ik-boodschap|0.71
p:me zorgen|ik-boodschap|2.97
p:me zorgen|parafrase|-1.0
p:me zorgen|gevoelsreflectie|-1.0
p:me zorgen|open-vraag|-1.64
p:me zorgen|aanmoediging|-1.0
p:me zorgen|waarschuwen|-0.96
p:me zorgen|argumenteren|-0.96
p:me zorgen|bekritiseren|-0.95
p:me zorgen|geruststellen|-1.0
p:me zorgen|ondervragen|-1.0
p:mediatheek om|samenvatting|0.82
p:medicatie op|vervolgafspraak|0.92
p:mee aan|interpreteren|-0.99
p:mee akkoord|prijzen|0.97
p:mee bent|afronding-aankondigen|-0.92
p:mee bezig|interpreteren|0.99
p:mee dan|bekritiseren|-0.97
p:mee dan|prijzen|0.97
p:mee doet|bekritiseren|0.91
p:mee donderdag|vervolgafspraak|0.94
p:mee donderdag|bedanken|0.94
p:mee geholpen|bekritiseren|-0.15
p:mee hebt|open-vraag|-0.96
p:mee heeft|ik-boodschap|-0.88
p:mee heeft|gevoelsreflectie|0.96
p:mee hoe|gevoelsreflectie|0.94
p:mee hoe|open-vraag|0.8
p:mee hoor|prijzen|-0.78
p:mee hoor|etiketteren|-0.98
p:mee in|argumenteren|-1.0
p:mee laat|bevelen|0.94
p:mee laat|bekritiseren|0.94
p:mee mag|gevoelsreflectie|0.98
p:mee mag|open-vraag|-0.66
p:mee met|interpreteren|0.99
p:mee naar|bevelen|-0.87
p:mee om|gevoelsreflectie|0.99
p:mee om|open-vraag|0.99
p:mee op|ik-boodschap|0.97
p:mee op|bevelen|0.97
p:mee op|moraliseren|1.0
p:mee op|bekritiseren|-0.1
p:mee op|afronding-aankondigen|0.97
p:mee op|vervolgafspraak|-1.0
p:mee samen|bedanken|-0.92
p:mee te|open-vraag|0.96
p:mee wegkomt|bekritiseren|0.97
p:mee wilde|bedanken|0.98
p:meedenkend dus|parafrase|-1.0
p:meedenkend dus|waarschuwen|-0.78
p:meedenkend dus|prijzen|1.0
p:meedenkend dus|geruststellen|-1.0
p:meedenkend geweest|moraliseren|-1.0
p:meedoen met|ik-boodschap|1.81
p:meedoen met|parafrase|-0.88
p:meedoen met|open-vraag|1.0
p:meedoen met|vervolgafspraak|-0.93
p:meedoet en|open-vraag|-0.87
p:meeneemt kan|moraliseren|-1.0
p:meer aan|ik-boodschap|0.94
p:meer betrokken|bevelen|-1.0
p:meer betrokken|bekritiseren|-1.0
p:meer betrokken|geruststellen|-1.0
p:meer bij|ik-boodschap|-0.91
p:meer bij|gevoelsreflectie|-0.99
p:meer bij|samenvatting|-0.99
p:meer bij|open-vraag|0.7
p:meer dan|ik-boodschap|-0.88
p:meer dan|moraliseren|0.93
p:meer horen|waarschuwen|-0.85
p:meer informatie|parafrase|-0.71
p:meer informatie|samenvatting|1.0
p:meer informatie|bekritiseren|-0.2
p:meer informatie|vervolgafspraak|-0.82
p:meer kan|ik-boodschap|0.97
p:meer loslaten|adviseren|0.92
p:meer loslaten|prijzen|0.92
p:meer maakt|ik-boodschap|0.41
p:meer naar|ik-boodschap|0.99
p:meer op|argumenteren|0.91
p:meer op|vervolgafspraak|-1.0
p:meer opletten|vervolgafspraak|0.92
p:meer over|parafrase|-0.96
p:meer over|adviseren|-0.86
p:meer structuur|parafrase|-0.91
p:meer structuur|samenvatting|0.74
p:meer structuur|afronding-aankondigen|0.98
p:meer toezicht|jij-boodschap|-0.98
p:meer vertellen|afleiden|-0.88
p:meer vertelt|gevoelsreflectie|0.91
p:meer verwachten|moraliseren|0.94
p:meer verwachten|argumenteren|-1.0
p:meer zelf|adviseren|0.91
p:mees in|waarschuwen|-0.92
p:mees om|samenvatting|0.99
p:mees vergeet|vervolgafspraak|0.92
p:meest ongerust|geruststellen|-0.95
p:meest volwassene|samenvatting|-0.78
p:meest volwassene|prijzen|0.93
p:meest zorgen|open-vraag|0.98
p:meestal vanzelf|geruststellen|0.99
p:meewerkt schakel|waarschuwen|0.99
p:meid dan|prijzen|1.0
p:meid dus|moraliseren|-0.94
p:meid jij|prijzen|0.91
p:meisjes dan|samenvatting|-1.0
p:meisjes dan|bevelen|-1.0
p:meisjes dan|ondervragen|1.0
p:meisjes ook|moraliseren|1.0
p:meisjes ook|vervolgafspraak|-1.0
p:meisjes uit|ik-boodschap|-0.98
p:meisjes uit|samenvatting|0.8
p:meivakantie geen|ik-boodschap|0.41
p:meld je|bevelen|-0.97
p:melden bij|ik-boodschap|0.98
p:melden bij|adviseren|-1.0
p:melden bij|ondervragen|-1.0
p:melden dus|ik-boodschap|-0.99
p:melden dus|argumenteren|0.87
p:meneer dat|argumenteren|-0.62
p:meneer jansen|afronding-aankondigen|-0.85
p:meneer visser|gevoelsreflectie|-0.88
p:meneer weet|etiketteren|0.91
p:mens u|interpreteren|-0.99
p:mentor erbij|vervolgafspraak|0.84
p:mentor op|samenvatting|0.8
p:mentor op|bedanken|0.92
p:mentor van|ik-boodschap|-0.97
p:mentorlessen ontevreden|gevoelsreflectie|-0.98
p:merk dat|ik-boodschap|-0.72
p:merk dat|parafrase|-1.0
p:merk dat|gevoelsreflectie|0.8
p:merk dat|afronding-aankondigen|0.77
p:merk dat|bedanken|0.82
p:merk ik|ik-boodschap|0.99
p:merken ?|jij-boodschap|0.94
p:merkt dus|parafrase|1.0
p:merkt dus|adviseren|1.0
p:merkt u|ik-boodschap|0.16
p:merkt u|parafrase|-0.81
p:merkt u|gevoelsreflectie|-0.94
p:merkt u|open-vraag|1.0
p:merkt u|bekritiseren|-0.88
p:met al|parafrase|0.9
p:met al|waarschuwen|-0.9
p:met al|geruststellen|-0.92
p:met al|afleiden|-0.92
p:met andere|parafrase|1.0
p:met andere|gevoelsreflectie|-0.91
p:met andere|samenvatting|-0.96
p:met andere|open-vraag|-0.99
p:met andere|geruststellen|-0.89
p:met bram|bedanken|-0.66
p:met daan|interpreteren|-0.97
p:met daan|vervolgafspraak|-0.97
p:met dat|bevelen|1.85
p:met dat|moraliseren|-0.95
p:met dat|bekritiseren|-0.12
p:met dat|interpreteren|0.99
p:met de|ik-boodschap|-2.0
p:met de|parafrase|-1.08
p:met de|samenvatting|-1.16
p:met de|open-vraag|0.92
p:met de|waarschuwen|-0.9
p:met de|adviseren|-0.93
p:met de|argumenteren|-1.71
p:met de|bekritiseren|0.93
p:met de|geruststellen|-0.96
p:met de|afleiden|0.92
p:met de|afronding-aankondigen|-0.16
p:met de|vervolgafspraak|2.93
p:met de|bedanken|0.57
p:met die|jij-boodschap|0.17
p:met die|gevoelsreflectie|0.91
p:met die|bekritiseren|-0.99
p:met die|prijzen|0.97
p:met die|etiketteren|-0.94
p:met die|interpreteren|1.0
p:met dit|geruststellen|0.92
p:met een|ik-boodschap|0.93
p:met een|jij-boodschap|-0.75
p:met een|gevoelsreflectie|-0.97
p:met een|bevelen|-0.98
p:met een|argumenteren|0.81
p:met een|bekritiseren|-0.14
p:met een|geruststellen|-1.0
p:met een|afronding-aankondigen|0.97
p:met een|vervolgafspraak|-1.0
p:met elkaar|moraliseren|0.94
p:met excuses|vervolgafspraak|-0.96
p:met filmen|interpreteren|-0.99
p:met filmen|afronding-aankondigen|-0.99
p:met fleur|samenvatting|-0.99
p:met gym|ik-boodschap|0.93
p:met haar|ik-boodschap|1.94
p:met haar|adviseren|0.83
p:met haar|geruststellen|0.98
p:met hem|ik-boodschap|0.93
p:met hem|gevoelsreflectie|0.98
p:met hem|adviseren|0.94
p:met hem|prijzen|-0.92
p:met hem|afleiden|-0.98
p:met hem|vervolgafspraak|-0.79
p:met hem|bedanken|-0.8
p:met hockey|afleiden|0.95
p:met je|ik-boodschap|-1.81
p:met je|samenvatting|0.85
p:met je|bevelen|0.97
p:met je|moraliseren|-0.97
p:met je|bekritiseren|0.84
p:met je|afronding-aankondigen|0.89
p:met je|vervolgafspraak|1.78
p:met jesse|adviseren|0.98
p:met jou|samenvatting|-0.79
p:met jou|vervolgafspraak|0.99
p:met kees|afronding-aankondigen|-0.76
p:met lars|vervolgafspraak|-0.92
p:met lezen|samenvatting|1.0
p:met lezen|afronding-aankondigen|1.0
p:met lezen|bedanken|1.0
p:met mees|samenvatting|0.99
p:met meneer|afronding-aankondigen|-0.85
p:met mij|open-vraag|-0.96
p:met mij|bedanken|0.98
p:met noor|ik-boodschap|-0.91
p:met noor|samenvatting|0.91
p:met plannen|jij-boodschap|-1.0
p:met plannen|adviseren|1.0
p:met plannen|bedanken|-0.97
p:met plezier|gevoelsreflectie|-0.99
p:met plezier|open-vraag|0.99
p:met plezier|moraliseren|-0.99
p:met school|moraliseren|0.99
p:met school|argumenteren|-0.7
p:met spullen|ik-boodschap|0.96
p:met sven|adviseren|0.95
p:met twee|geruststellen|1.64
p:met u|open-vraag|-0.94
p:met u|prijzen|-0.91
p:met u|interpreteren|-0.97
p:met u|vervolgafspraak|-0.97
p:met uw|bekritiseren|-0.94
p:met uw|prijzen|1.81
p:met uw|ondervragen|-0.93
p:met vijf|argumenteren|0.93
p:met vuur|bevelen|-0.93
p:met vuur|waarschuwen|0.83
p:met wat|parafrase|0.93
p:met wat|gevoelsreflectie|0.93
p:met wat|samenvatting|-0.9
p:met wat|interpreteren|0.81
p:met wessel|vervolgafspraak|-0.95
p:met wie|ik-boodschap|-0.59
p:met wie|open-vraag|-0.87
p:met wie|moraliseren|0.96
p:met wie|adviseren|-0.93
p:met wie|bekritiseren|-0.97
p:met wie|interpreteren|-0.6
p:met wie|ondervragen|0.98
p:met z'n|adviseren|-0.97
p:met zijn|ik-boodschap|1.0
p:met zijn|open-vraag|-0.98
p:met zijn|waarschuwen|-0.99
p:met zijn|argumenteren|0.83
p:met zo'n|prijzen|0.82
p:met zo'n|geruststellen|-0.47
p:meteen de|bekritiseren|-0.91
p:meteen de|etiketteren|0.91
p:meteen gemeld|prijzen|-1.0
p:meteen gemeld|ondervragen|1.0
p:meteen in|bekritiseren|-0.94
p:meteen in|prijzen|1.81
p:meteen met|bekritiseren|0.93
p:meteen na|gevoelsreflectie|-0.99
p:meteen tegen|gevoelsreflectie|0.81
p:meteen tegen|ondervragen|0.97
p:methode voor|prijzen|-0.96
p:mevrouw bakker|samenvatting|-0.79
p:mevrouw bakker|vervolgafspraak|0.99
p:mevrouw de|bekritiseren|-1.88
p:mevrouw de|etiketteren|0.91
p:mevrouw de|ondervragen|-1.0
p:mevrouw smit|bevelen|0.92
p:mevrouw smit|moraliseren|-0.87
p:mevrouw u|geruststellen|-0.99
p:mevrouw yilmaz|vervolgafspraak|-0.96
p:middag bij|ik-boodschap|0.89
p:middag bij|open-vraag|0.94
p:middag ruzie|parafrase|0.97
p:middag ruzie|moraliseren|-0.97
p:middelpunt staat|interpreteren|0.99
p:midden in|afronding-aankondigen|-0.94
p:middernacht gaat|open-vraag|-0.7
p:middernacht gamen|bekritiseren|0.27
p:mij als|waarschuwen|-0.98
p:mij betekent|ik-boodschap|-0.93
p:mij deelt|bedanken|0.98
p:mij doe|ik-boodschap|-0.89
p:mij doe|geruststellen|-0.99
p:mij doet|geruststellen|0.92
p:mij geweest|etiketteren|-0.99
p:mij gewoon|argumenteren|-0.97
p:mij gezegd|gevoelsreflectie|0.81
p:mij gezegd|ondervragen|0.97
p:mij goed|jij-boodschap|-0.96
p:mij helemaal|interpreteren|0.98
p:mij in|vervolgafspraak|0.92
p:mij is|interpreteren|-0.81
p:mij luisteren|bevelen|0.95
p:mij meldt|bevelen|0.97
p:mij nog|vervolgafspraak|-0.99
p:mij nooit|bevelen|1.0
p:mij nooit|adviseren|-1.0
p:mij ooit|jij-boodschap|1.85
p:mij ooit|bekritiseren|1.06
p:mij ooit|bedanken|-0.99
p:mij op|vervolgafspraak|0.98
p:mij praten|open-vraag|-0.96
p:mij speelt|afronding-aankondigen|-0.98
p:mij te|bekritiseren|1.0
p:mij terecht|bevelen|-0.93
p:mij uitvalt|open-vraag|-0.94
p:mij vooral|interpreteren|0.99
p:mij vóór|bevelen|0.93
p:mij weten|vervolgafspraak|0.91
p:mij wil|parafrase|-0.93
p:mij wil|gevoelsreflectie|-0.93
p:mij wil|interpreteren|0.93
p:mij zit|interpreteren|1.79
p:mijn beste|prijzen|0.97
p:mijn collega|waarschuwen|1.0
p:mijn leerlingen|geruststellen|-0.99
p:mijn les|moraliseren|-1.0
p:mijn naam|vervolgafspraak|-0.99
p:mijn tip|waarschuwen|-0.99
p:mijn tip|adviseren|0.92
p:mijn uitleg|waarschuwen|-0.99
p:mijn uitleg|bekritiseren|-0.84
p:mijn werk|afronding-aankondigen|-0.95
p:mila zonder|open-vraag|1.0
p:milan de|ik-boodschap|0.94
p:milan pas|open-vraag|-0.7
p:minder erg|jij-boodschap|-1.0
p:minder erg|samenvatting|-1.0
p:minder erg|aanmoediging|-1.0
p:minder erg|moraliseren|-1.0
p:minder erg|bekritiseren|-1.0
p:minder erg|prijzen|-1.0
p:minder erg|geruststellen|1.0
p:minder erg|afronding-aankondigen|-1.0
p:minder erg|bedanken|-1.0
p:minder scherm|parafrase|-0.91
p:minder tijd|ik-boodschap|1.0
p:minste wat|afleiden|-0.99
p:minuten al|ik-boodschap|-0.96
p:minuten bezig|ik-boodschap|0.96
p:minuten te|open-vraag|0.87
p:mis in|parafrase|1.75
p:misschien een|moraliseren|-0.91
p:misschien een|argumenteren|-0.8
p:misschien is|adviseren|1.06
p:misschien kunt|ik-boodschap|0.97
p:misschien kunt|adviseren|3.73
p:misschien kunt|prijzen|-0.91
p:misschien kunt|interpreteren|0.94
p:misschien moet|ik-boodschap|1.48
p:misschien moet|gevoelsreflectie|0.99
p:misschien moet|bevelen|-0.96
p:misschien moet|adviseren|0.99
p:misschien moet|interpreteren|-0.94
p:missen maar|moraliseren|0.91
p:missen vaker|geruststellen|-0.97
p:mist dat|parafrase|-0.99
p:mist haar|samenvatting|0.99
p:mist het|ik-boodschap|0.99
p:mist iris|ik-boodschap|-0.97
p:mist je|ik-boodschap|-0.87
p:mist je|samenvatting|0.96
p:mist je|open-vraag|0.87
p:mist levert|ik-boodschap|-0.92
p:mist levert|afleiden|-0.92
p:mist thijs|ik-boodschap|0.81
p:mist vooral|parafrase|-0.81
p:mist ze|ik-boodschap|1.0
p:mist ze|waarschuwen|-0.92
p:mist zonder|argumenteren|0.95
p:mm ga|aanmoediging|1.0
p:mmm ja|parafrase|-1.0
p:mmm ja|gevoelsreflectie|-1.0
p:mmm ja|aanmoediging|1.0
p:mo al|ik-boodschap|0.98
p:mo al|waarschuwen|-0.98
p:mocht beginnen|jij-boodschap|-0.94
p:moe bent|gevoelsreflectie|0.99
p:moe bent|adviseren|1.99
p:moe hij|samenvatting|0.99
p:moe is|argumenteren|0.91
p:moe klopt|gevoelsreflectie|-0.99
p:moe van|ik-boodschap|0.97
p:moe van|afronding-aankondigen|0.97
p:moeder daar|bekritiseren|0.27
p:moeder dank|geruststellen|-0.92
p:moeder die|jij-boodschap|1.05
p:moeder dus|bevelen|-0.83
p:moeder dus|prijzen|0.97
p:moeder dus|afleiden|-0.99
p:moeder en|afronding-aankondigen|-0.85
p:moeder erbij|afronding-aankondigen|0.89
p:moeder erbij|vervolgafspraak|0.94
p:moeder misschien|jij-boodschap|-1.0
p:moeder misschien|adviseren|1.0
p:moeder moest|parafrase|0.97
p:moeder moest|gevoelsreflectie|0.97
p:moeder moest|adviseren|-0.97
p:moeder moet|waarschuwen|-1.0
p:moeder u|adviseren|0.82
p:moeilijk 24|moraliseren|-0.95
p:moeilijk ?|jij-boodschap|0.87
p:moeilijk ?|bekritiseren|0.86
p:moeilijk beoordelen|ik-boodschap|-0.95
p:moeilijk hebt|jij-boodschap|-0.8
p:moeilijk hebt|bekritiseren|-0.99
p:moeilijk hebt|interpreteren|0.99
p:moeilijk hij|gevoelsreflectie|0.94
p:moeilijk hij|samenvatting|0.78
p:moeilijk hij|vervolgafspraak|0.86
p:moeilijk mee|gevoelsreflectie|0.94
p:moeilijk mee|open-vraag|-0.16
p:moeilijk om|interpreteren|0.98
p:moeilijk thuis|parafrase|-0.96
p:moeilijk volgens|open-vraag|0.97
p:moeilijk volgens|argumenteren|-0.81
p:moeilijk was|parafrase|-0.89
p:moeilijk was|open-vraag|0.97
p:moeilijk was|argumenteren|0.85
p:moeilijk zijn|aanmoediging|-0.93
p:moeite met|samenvatting|1.0
p:moeite met|afronding-aankondigen|1.0
p:moest horen|parafrase|0.97
p:moest horen|gevoelsreflectie|0.97
p:moest horen|adviseren|-0.97
p:moest ik|ik-boodschap|0.87
p:moet beginnen|ik-boodschap|-0.93
p:moet blijven|geruststellen|1.69
p:moet daardoor|ik-boodschap|0.54
p:moet dat|gevoelsreflectie|0.98
p:moet doen|prijzen|1.0
p:moet doen|geruststellen|-0.87
p:moet eens|geruststellen|-0.96
p:moet er|argumenteren|-0.94
p:moet gewoon|bevelen|0.93
p:moet gewoon|moraliseren|-0.93
p:moet gewoon|geruststellen|-0.93
p:moet heel|gevoelsreflectie|0.91
p:moet hem|bevelen|0.97
p:moet hem|adviseren|-0.87
p:moet het|prijzen|-0.89
p:moet het|interpreteren|-0.99
p:moet het|vervolgafspraak|-0.99
p:moet hij|moraliseren|-0.98
p:moet hij|prijzen|0.65
p:moet ik|ik-boodschap|0.9
p:moet ik|adviseren|-1.0
p:moet ik|bekritiseren|-0.84
p:moet ik|ondervragen|-1.0
p:moet ik|vervolgafspraak|-0.91
p:moet je|ik-boodschap|0.58
p:moet je|gevoelsreflectie|0.99
p:moet je|bevelen|-0.95
p:moet je|waarschuwen|0.77
p:moet je|adviseren|0.99
p:moet je|interpreteren|-0.94
p:moet leren|parafrase|-1.0
p:moet leren|gevoelsreflectie|-1.88
p:moet leren|bevelen|-0.87
p:moet leren|moraliseren|1.95
p:moet nu|bevelen|0.95
p:moet sem|ik-boodschap|0.61
p:moet toch|afleiden|-0.92
p:moet u|bevelen|-0.96
p:moet u|waarschuwen|-1.0
p:moet vertalen|ik-boodschap|0.94
p:moet voor|gevoelsreflectie|0.93
p:moet vreselijk|gevoelsreflectie|0.99
p:moet ze|waarschuwen|0.96
p:moet zich|bekritiseren|-0.98
p:moeten bellen|bekritiseren|-2.44
p:moeten dit|vervolgafspraak|-0.84
p:moeten doen|bekritiseren|0.74
p:moeten geven|adviseren|-0.92
p:moeten gewoon|bevelen|-1.0
p:moeten gewoon|bekritiseren|-1.0
p:moeten gewoon|geruststellen|-1.0
p:moeten hem|waarschuwen|-0.99
p:moeten melden|ik-boodschap|0.98
p:moeten melden|waarschuwen|-0.98
p:moeten nu|gevoelsreflectie|-0.98
p:moeten nu|vervolgafspraak|-1.89
p:moeten opletten|bekritiseren|-0.7
p:moeten ouders|moraliseren|1.0
p:moeten sturen|bekritiseren|0.74
p:moeten vertellen|adviseren|-1.0
p:moeten voorbereiden|bekritiseren|1.0
p:moeten weten|waarschuwen|-0.91
p:moeten weten|moraliseren|1.9
p:moeten weten|argumenteren|-1.0
p:moeten weten|prijzen|-1.0
p:moeten weten|ondervragen|-1.0
p:moeten wij|ik-boodschap|-0.99
p:moeten wij|argumenteren|0.87
p:mogelijk dat|jij-boodschap|0.94
p:mogen vragen|afleiden|-0.99
p:mohammed is|jij-boodschap|1.69
p:mohammed is|bekritiseren|1.78
p:moment afhaakte|ik-boodschap|0.87
p:moment voor|prijzen|-0.91
p:momenten zijn|open-vraag|0.94
p:mondeling gaat|geruststellen|0.74
p:mooi cijfer|afleiden|0.99
p:mooie prestatie|moraliseren|-1.0
p:mooie rol|samenvatting|-0.99
p:mooie rol|afleiden|0.99
p:morgen bij|bevelen|0.97
p:morgen een|waarschuwen|-0.99
p:morgen een|bekritiseren|-0.95
p:morgen even|bevelen|-0.73
p:morgen gewoon|adviseren|-0.87
p:morgen in|bevelen|-0.97
p:morgen in|bekritiseren|-0.94
p:morgen je|bevelen|1.0
p:morgen met|samenvatting|-1.0
p:morgen met|afronding-aankondigen|1.0
p:morgen met|vervolgafspraak|1.0
p:morgen met|bedanken|-1.0
p:morgen na|samenvatting|-0.81
p:morgen naar|bevelen|0.92
p:morgen naar|moraliseren|-0.87
p:morgen thuis|bevelen|0.95
p:morgen thuis|vervolgafspraak|-0.95
p:morgen weer|jij-boodschap|0.74
p:morgen weer|waarschuwen|0.92
p:morgen weer|etiketteren|-0.93
p:morgen wil|bevelen|1.0
p:morgen zelf|gevoelsreflectie|-1.0
p:morgen zelf|bevelen|1.0
p:musical hebben|samenvatting|-0.99
p:musical hebben|afleiden|0.99
p:muur wordt|ik-boodschap|0.91
p:na al|open-vraag|0.97
p:na de|parafrase|0.15
p:na de|aanmoediging|-1.0
p:na de|bevelen|0.97
p:na de|waarschuwen|-0.9
p:na de|adviseren|-0.93
p:na de|argumenteren|-0.96
p:na de|bekritiseren|-0.96
p:na de|interpreteren|-0.96
p:na de|geruststellen|0.92
p:na de|afronding-aankondigen|-0.76
p:na de|vervolgafspraak|0.92
p:na de|bedanken|0.24
p:na drie|moraliseren|-0.99
p:na drie|argumenteren|0.99
p:na drie|geruststellen|-0.99
p:na een|etiketteren|-0.91
p:na het|gevoelsreflectie|-0.99
p:na het|vervolgafspraak|1.93
p:na middernacht|open-vraag|-0.7
p:na school|samenvatting|-0.81
p:na tien|ik-boodschap|-0.96
p:naam is|vervolgafspraak|-0.99
p:naar bed|ik-boodschap|-0.97
p:naar bed|gevoelsreflectie|0.99
p:naar bed|adviseren|0.99
p:naar bed|bekritiseren|0.74
p:naar buiten|ik-boodschap|-0.98
p:naar buiten|waarschuwen|1.89
p:naar dat|gevoelsreflectie|0.98
p:naar de|ik-boodschap|0.14
p:naar de|jij-boodschap|0.92
p:naar de|parafrase|-1.81
p:naar de|samenvatting|0.85
p:naar de|bevelen|-1.05
p:naar de|adviseren|0.9
p:naar de|argumenteren|0.91
p:naar de|bekritiseren|0.83
p:naar de|prijzen|-0.92
p:naar de|geruststellen|0.98
p:naar een|ik-boodschap|0.73
p:naar een|parafrase|0.97
p:naar een|gevoelsreflectie|-0.97
p:naar een|argumenteren|0.96
p:naar een|ondervragen|1.0
p:naar haar|interpreteren|0.8
p:naar huis|adviseren|-0.99
p:naar je|moraliseren|0.96
p:naar je|argumenteren|-0.96
p:naar keulen|afronding-aankondigen|-0.94
p:naar me|ik-boodschap|0.9
p:naar mevrouw|bevelen|0.92
p:naar mevrouw|moraliseren|-0.87
p:naar mij|bevelen|0.95
p:naar mij|waarschuwen|-0.98
p:naar om|interpreteren|-0.98
p:naar school|parafrase|-1.0
p:naar school|gevoelsreflectie|-0.99
p:naar school|open-vraag|1.32
p:naar school|aanmoediging|-1.0
p:naar school|moraliseren|-0.99
p:naar school|adviseren|-0.87
p:naar school|argumenteren|-1.0
p:naar school|geruststellen|-1.0
p:naar school|ondervragen|-1.0
p:naar school|vervolgafspraak|-1.0
p:naar u|gevoelsreflectie|-0.93
p:naar want|ik-boodschap|0.95
p:naar wiskunde|interpreteren|-0.69
p:naar zijn|samenvatting|-0.74
p:naar zijn|bedanken|-0.82
p:naar zon|gevoelsreflectie|0.98
p:naast bram|ik-boodschap|0.94
p:naast iemand|open-vraag|-0.96
p:naast kevin|samenvatting|-0.78
p:naast kevin|prijzen|0.93
p:naast noor|bekritiseren|-0.86
p:naast rik|ik-boodschap|0.99
p:naast sem|bekritiseren|-1.0
p:nachts nog|jij-boodschap|0.98
p:nachts nog|parafrase|-0.75
p:nachts nog|bekritiseren|0.94
p:nadenken hoor|aanmoediging|0.93
p:nadenken over|bevelen|-0.97
p:natuurkunde kom|jij-boodschap|-0.75
p:natuurkunde kom|argumenteren|0.81
p:natuurkunde kom|bekritiseren|-0.81
p:natuurlijk meteen|bekritiseren|-0.94
p:natuurlijk meteen|prijzen|1.81
p:nauwelijks heeft|bekritiseren|1.94
p:nauwelijks nog|ik-boodschap|0.99
p:nederland gaan|moraliseren|1.0
p:nederland gaan|vervolgafspraak|-1.0
p:nederlands een|argumenteren|-0.9
p:nee dat|argumenteren|0.99
p:nee dat|geruststellen|-0.99
p:nee hoor|moraliseren|-0.95
p:nee joh|bekritiseren|-0.99
p:neem gerust|gevoelsreflectie|0.82
p:neem gerust|waarschuwen|-0.98
p:neem ik|jij-boodschap|-0.6
p:neem ik|parafrase|-0.91
p:neem ik|bevelen|0.89
p:neem ik|waarschuwen|0.99
p:neem ik|vervolgafspraak|-0.8
p:neem je|aanmoediging|0.99
p:neem je|bevelen|-0.84
p:neem u|gevoelsreflectie|-0.98
p:neemt het|prijzen|-0.91
p:neemt u|ik-boodschap|-1.0
p:neemt u|aanmoediging|1.0
p:neemt u|interpreteren|-1.0
p:neemt uw|moraliseren|-0.92
p:neer dat|samenvatting|-0.97
p:negen af|bevelen|0.95
p:negen binnenkomt|vervolgafspraak|-0.91
p:negen binnenkwam|ik-boodschap|-0.9
p:negen ik|bedanken|0.96
p:negen uur|parafrase|1.0
p:negen uur|adviseren|1.0
p:negeren hem|ik-boodschap|-0.72
p:nemen ?|open-vraag|0.96
p:nemen zo|parafrase|-1.0
p:nemen zo|gevoelsreflectie|-1.0
p:nemen zo|bevelen|-0.87
p:nemen zo|moraliseren|1.0
p:nergens iets|samenvatting|-0.97
p:nergens op|jij-boodschap|-0.96
p:nergens op|bevelen|-1.0
p:nergens op|argumenteren|0.92
p:nergens op|bekritiseren|1.0
p:nergens op|vervolgafspraak|-1.0
p:nergens schuld|jij-boodschap|0.99
p:nergens schuld|samenvatting|-0.99
p:nergens schuld|bekritiseren|0.99
p:net zo|geruststellen|-0.99
p:netjes om|moraliseren|0.92
p:niemand iets|gevoelsreflectie|0.94
p:niemand ingreep|parafrase|0.99
p:niemand ingreep|geruststellen|-0.99
p:niemand luistert|gevoelsreflectie|-0.84
p:niemand naar|gevoelsreflectie|-0.93
p:niemand terugbelde|gevoelsreflectie|0.96
p:niemand u|parafrase|0.71
p:niemand u|gevoelsreflectie|1.78
p:niemand u|adviseren|-0.82
p:niemand u|interpreteren|-0.89
p:niemand zegt|geruststellen|2.47
p:niet ?|samenvatting|-1.0
p:niet aan|parafrase|-0.78
p:niet aan|waarschuwen|-0.96
p:niet aan|moraliseren|0.76
p:niet aan|argumenteren|0.83
p:niet af|parafrase|-1.0
p:niet af|gevoelsreflectie|-1.0
p:niet af|geruststellen|-0.75
p:niet af|vervolgafspraak|-1.0
p:niet alleen|moraliseren|1.91
p:niet alleen|prijzen|-1.0
p:niet alleen|ondervragen|-1.0
p:niet anders|prijzen|0.82
p:niet andersom|jij-boodschap|1.69
p:niet andersom|bekritiseren|1.78
p:niet bang|geruststellen|0.99
p:niet bereiken|open-vraag|1.0
p:niet bij|ik-boodschap|-1.64
p:niet bij|ondervragen|-0.95
p:niet bij|vervolgafspraak|1.0
p:niet bijwerkt|ik-boodschap|0.93
p:niet bijwerkt|vervolgafspraak|-0.79
p:niet boos|geruststellen|0.85
p:niet consequent|etiketteren|-1.0
p:niet dat|ik-boodschap|-0.99
p:niet dat|waarschuwen|0.96
p:niet dat|argumenteren|0.96
p:niet dat|geruststellen|0.24
p:niet de|argumenteren|-0.82
p:niet de|geruststellen|2.44
p:niet die|moraliseren|1.0
p:niet doet|waarschuwen|0.77
p:niet druk|gevoelsreflectie|-0.98
p:niet druk|geruststellen|1.9
p:niet een|adviseren|-0.99
p:niet een|argumenteren|0.99
p:niet eens|jij-boodschap|-1.0
p:niet eens|open-vraag|-1.0
p:niet eens|aanmoediging|-1.0
p:niet eens|adviseren|0.93
p:niet eens|prijzen|-0.92
p:niet eerlijk|argumenteren|-0.28
p:niet elke|adviseren|0.92
p:niet en|ik-boodschap|0.9
p:niet en|samenvatting|0.83
p:niet en|argumenteren|-0.84
p:niet en|bekritiseren|-0.84
p:niet en|geruststellen|-0.98
p:niet erg|prijzen|0.92
p:niet erg|vervolgafspraak|-0.92
p:niet erg|bedanken|-0.75
p:niet even|bekritiseren|-0.97
p:niet expres|moraliseren|-0.7
p:niet gebeld|bekritiseren|0.99
p:niet gebeld|afleiden|-0.97
p:niet gebeuren|parafrase|-0.99
p:niet gebeuren|geruststellen|2.68
p:niet gehad|ik-boodschap|0.9
p:niet gehad|argumenteren|-0.84
p:niet gehad|bekritiseren|-0.84
p:niet gehoord|gevoelsreflectie|0.99
p:niet gekomen|parafrase|0.97
p:niet gekomen|moraliseren|-0.97
p:niet geloof|adviseren|-0.89
p:niet gemaakt|waarschuwen|-0.96
p:niet gemotiveerd|parafrase|0.99
p:niet gemotiveerd|argumenteren|-0.62
p:niet gemotiveerd|geruststellen|-0.99
p:niet gepast|bekritiseren|1.19
p:niet gepast|geruststellen|-0.99
p:niet gerust|ik-boodschap|-1.0
p:niet gerust|afronding-aankondigen|-1.0
p:niet gewoon|adviseren|0.97
p:niet gewoon|bekritiseren|0.74
p:niet gezien|interpreteren|1.0
p:niet goed|ik-boodschap|-0.98
p:niet goed|parafrase|-1.0
p:niet goed|samenvatting|1.0
p:niet goed|bedanken|-0.79
p:niet hebben|afleiden|0.95
p:niet heeft|parafrase|0.84
p:niet heeft|waarschuwen|-1.0
p:niet helpen|vervolgafspraak|0.81
p:niet het|bekritiseren|-0.93
p:niet het|afleiden|0.9
p:niet hoe|parafrase|0.92
p:niet hoe|gevoelsreflectie|-0.95
p:niet hoe|samenvatting|0.18
p:niet hoort|moraliseren|0.96
p:niet hoort|argumenteren|-0.87
p:niet in|argumenteren|0.7
p:niet in|prijzen|0.97
p:niet inlevert|waarschuwen|0.91
p:niet inlevert|argumenteren|-0.98
p:niet inlevert|interpreteren|-0.99
p:niet inschrijven|waarschuwen|-1.0
p:niet kan|ik-boodschap|-0.1
p:niet kan|bevelen|-0.96
p:niet kan|moraliseren|0.91
p:niet kan|interpreteren|-0.98
p:niet kan|geruststellen|-0.99
p:niet klaar|bevelen|0.62
p:niet kloppen|argumenteren|0.99
p:niet klopt|parafrase|0.93
p:niet klopt|gevoelsreflectie|0.93
p:niet klopt|samenvatting|-0.9
p:niet komt|waarschuwen|1.0
p:niet kon|ik-boodschap|-0.91
p:niet kon|open-vraag|0.96
p:niet kon|adviseren|0.93
p:niet kunnen|ik-boodschap|-0.91
p:niet kunnen|parafrase|0.91
p:niet kunnen|adviseren|-1.0
p:niet kunnen|prijzen|1.0
p:niet kunt|ik-boodschap|0.9
p:niet laten|parafrase|-0.93
p:niet laten|gevoelsreflectie|-0.93
p:niet laten|interpreteren|0.93
p:niet laten|ondervragen|0.94
p:niet leert|ik-boodschap|0.93
p:niet leert|argumenteren|0.96
p:niet leert|vervolgafspraak|0.93
p:niet lekker|ik-boodschap|1.87
p:niet lekker|gevoelsreflectie|-0.96
p:niet lekker|argumenteren|-0.84
p:niet lekker|bekritiseren|-0.84
p:niet lekker|etiketteren|-0.94
p:niet lopen|geruststellen|0.89
p:niet lui|bedanken|-0.97
p:niet maakt|vervolgafspraak|0.81
p:niet maakte|interpreteren|-0.94
p:niet maken|vervolgafspraak|1.0
p:niet mee|gevoelsreflectie|0.98
p:niet mee|open-vraag|-0.66
p:niet mee|waarschuwen|0.91
p:niet mee|bekritiseren|-0.94
p:niet meedoen|ik-boodschap|1.81
p:niet meedoen|parafrase|-0.88
p:niet meedoen|open-vraag|1.0
p:niet meedoen|vervolgafspraak|-1.9
p:niet meeneemt|moraliseren|-1.0
p:niet meer|ik-boodschap|1.1
p:niet meer|gevoelsreflectie|-0.99
p:niet meer|samenvatting|-0.99
p:niet meer|open-vraag|0.7
p:niet meer|waarschuwen|-0.85
p:niet meer|moraliseren|0.93
p:niet meer|argumenteren|0.91
p:niet meewerkt|waarschuwen|0.99
p:niet met|ik-boodschap|0.93
p:niet met|moraliseren|0.94
p:niet met|vervolgafspraak|-0.79
p:niet meteen|gevoelsreflectie|0.81
p:niet meteen|prijzen|-1.0
p:niet meteen|ondervragen|1.97
p:niet naar|waarschuwen|-0.99
p:niet naar|moraliseren|0.96
p:niet naar|argumenteren|-0.96
p:niet naar|ondervragen|1.0
p:niet naar|afleiden|-1.0
p:niet nagekomen|etiketteren|-0.99
p:niet nakijken|moraliseren|-1.0
p:niet nakomen|jij-boodschap|-1.0
p:niet nakomen|bekritiseren|-1.0
p:niet netjes|moraliseren|0.92
p:niet nodig|bekritiseren|0.94
p:niet oefent|moraliseren|-0.91
p:niet oefent|argumenteren|0.91
p:niet oefent|geruststellen|-0.42
p:niet om|parafrase|0.99
p:niet om|samenvatting|-0.92
p:niet om|geruststellen|-0.99
p:niet omdat|open-vraag|-0.99
p:niet onderbreken|bevelen|0.62
p:niet ongerust|interpreteren|-0.97
p:niet op|ik-boodschap|-0.59
p:niet op|bevelen|-0.8
p:niet op|bekritiseren|0.99
p:niet op|ondervragen|-0.9
p:niet op|afleiden|0.98
p:niet ophaalt|ik-boodschap|-0.93
p:niet oplaadt|ik-boodschap|0.88
p:niet oplaadt|parafrase|-0.88
p:niet oplaadt|vervolgafspraak|-0.93
p:niet oppast|ik-boodschap|-0.94
p:niet over|ik-boodschap|-0.93
p:niet over|jij-boodschap|-0.75
p:niet over|gevoelsreflectie|0.99
p:niet over|open-vraag|0.99
p:niet over|moraliseren|-0.96
p:niet over|argumenteren|0.81
p:niet over|bekritiseren|-0.81
p:niet over|interpreteren|0.98
p:niet over|geruststellen|-0.8
p:niet over|afleiden|-0.7
p:niet plannen|argumenteren|-0.71
p:niet rustig|open-vraag|-0.94
p:niet serieus|aanmoediging|-0.99
p:niet snapt|interpreteren|1.68
p:niet snel|bevelen|-0.94
p:niet star|parafrase|-0.97
p:niet stellen|ik-boodschap|1.36
p:niet stellen|waarschuwen|-0.89
p:niet stopt|waarschuwen|1.0
p:niet stopt|adviseren|-1.0
p:niet stopt|ondervragen|-1.0
p:niet te|samenvatting|0.98
p:niet te|moraliseren|-0.95
p:niet te|geruststellen|-0.98
p:niet tegen|parafrase|0.9
p:niet tegen|waarschuwen|-0.9
p:niet tegen|geruststellen|-0.92
p:niet tegen|afleiden|-0.92
p:niet toegeven|argumenteren|-0.99
p:niet toegeven|interpreteren|0.99
p:niet tot|parafrase|1.0
p:niet tot|adviseren|1.0
p:niet u|bevelen|0.95
p:niet verantwoord|argumenteren|0.93
p:niet verder|ik-boodschap|0.93
p:niet verder|gevoelsreflectie|-0.83
p:niet verder|open-vraag|-1.0
p:niet verstaan|waarschuwen|-0.77
p:niet verwerkt|interpreteren|0.97
p:niet voor|jij-boodschap|0.32
p:niet voor|afleiden|-0.92
p:niet waar|afronding-aankondigen|-0.94
p:niet wakker|bekritiseren|-0.99
p:niet wakker|geruststellen|0.98
p:niet want|ik-boodschap|-0.71
p:niet want|argumenteren|0.95
p:niet wat|samenvatting|0.89
p:niet wat|ondervragen|-0.98
p:niet wegstopt|ik-boodschap|-0.7
p:niet wegstopt|waarschuwen|0.91
p:niet zien|open-vraag|-0.87
p:niet zien|argumenteren|-0.98
p:niet zo|jij-boodschap|-1.97
p:niet zo|bevelen|0.92
p:niet zo|waarschuwen|-1.0
p:niet zo|moraliseren|-2.88
p:niet zo|adviseren|-0.89
p:niet zo|argumenteren|-0.93
p:niet zo|bekritiseren|-1.73
p:niet zo|etiketteren|1.97
p:niet zo|interpreteren|-1.35
p:niet zo|geruststellen|0.95
p:niet zo|afleiden|0.89
p:niet zomaar|moraliseren|0.96
p:niet zomaar|argumenteren|-0.96
p:niets aan|jij-boodschap|0.9
p:niets aan|bekritiseren|0.77
p:niets aan|geruststellen|-0.5
p:niets afspreken|afronding-aankondigen|-0.13
p:niets doet|gevoelsreflectie|-1.0
p:niets fout|geruststellen|-0.99
p:niets hoe|vervolgafspraak|-0.88
p:niets hoort|bekritiseren|-1.57
p:niets meer|gevoelsreflectie|0.91
p:niets verkeerd|geruststellen|2.31
p:niets verteld|samenvatting|-0.85
p:niets vertelt|open-vraag|-0.96
p:nieuw gesprek|afronding-aankondigen|-0.83
p:nieuw gesprek|vervolgafspraak|1.0
p:nieuw gesprek|bedanken|-0.66
p:nieuw tijdstip|afronding-aankondigen|0.97
p:nieuwe afspraak|vervolgafspraak|0.9
p:nieuwe afspraak|bedanken|0.67
p:nieuwe baan|afleiden|0.87
p:nieuwe huis|open-vraag|-1.73
p:nieuwe klas|open-vraag|0.86
p:nieuwe klas|geruststellen|0.92
p:nieuwe methode|prijzen|-0.96
p:nieuwe stof|ik-boodschap|0.9
p:nieuwe stof|argumenteren|-0.84
p:nieuwe stof|bekritiseren|-0.84
p:nieuwsbrief van|argumenteren|1.0
p:niks ?|jij-boodschap|1.79
p:niks ?|samenvatting|-0.83
p:niks ?|bekritiseren|1.88
p:niks ?|ondervragen|-0.96
p:niks aan|adviseren|-0.94
p:niks aan|argumenteren|0.98
p:niks aan|bekritiseren|-0.26
p:niks aan|etiketteren|-0.98
p:niks doet|bekritiseren|-0.95
p:niks ik|ik-boodschap|-0.97
p:niks ik|jij-boodschap|-0.81
p:niks ik|bekritiseren|0.97
p:niks kan|parafrase|-0.93
p:niks kan|gevoelsreflectie|-0.93
p:niks kan|interpreteren|0.93
p:niks mee|ik-boodschap|0.97
p:niks mee|bekritiseren|0.91
p:niks mee|afronding-aankondigen|0.97
p:niks van|jij-boodschap|0.94
p:niks voor|gevoelsreflectie|0.84
p:niks voor|afleiden|1.97
p:niks ze|moraliseren|-1.0
p:noah al|adviseren|-0.92
p:noah de|adviseren|0.93
p:noah zonder|ik-boodschap|0.97
p:nodig hebt|waarschuwen|-0.98
p:nodig heeft|prijzen|0.96
p:nodig is|etiketteren|-0.93
p:nodig is|interpreteren|-0.99
p:nodig om|gevoelsreflectie|-0.99
p:nodig om|open-vraag|0.99
p:nodig om|moraliseren|-0.99
p:nodig u|geruststellen|-0.97
p:nodig u|vervolgafspraak|0.77
p:nog aan|ik-boodschap|0.99
p:nog bespreken|samenvatting|0.93
p:nog bespreken|open-vraag|0.94
p:nog een|samenvatting|0.99
p:nog een|bevelen|0.89
p:nog een|waarschuwen|0.99
p:nog een|adviseren|-1.94
p:nog een|vervolgafspraak|-1.72
p:nog eens|gevoelsreflectie|-0.88
p:nog eens|bevelen|-0.87
p:nog eens|waarschuwen|1.0
p:nog eens|moraliseren|0.95
p:nog eens|interpreteren|-1.0
p:nog eens|vervolgafspraak|-0.99
p:nog even|afleiden|-0.98
p:nog geen|ik-boodschap|0.98
p:nog geen|jij-boodschap|-0.98
p:nog geen|bekritiseren|-0.98
p:nog gezien|ondervragen|-0.99
p:nog gezien|afleiden|0.99
p:nog mee|interpreteren|0.99
p:nog niet|ik-boodschap|0.79
p:nog niet|samenvatting|0.82
p:nog niet|bevelen|0.62
p:nog niet|waarschuwen|-1.99
p:nog niet|interpreteren|0.97
p:nog op|ik-boodschap|-0.97
p:nog op|open-vraag|0.6
p:nog op|afleiden|0.91
p:nog over|afronding-aankondigen|-0.94
p:nog per|open-vraag|-1.0
p:nog per|geruststellen|-1.0
p:nog steeds|bekritiseren|0.91
p:nog sturen|vervolgafspraak|-0.96
p:nog tien|samenvatting|-0.9
p:nog wel|prijzen|1.0
p:nog zit|jij-boodschap|0.98
p:nog zit|parafrase|-0.75
p:nog zit|bekritiseren|0.94
p:nog zo|ondervragen|0.9
p:nog zo'n|waarschuwen|1.0
p:nog één|ik-boodschap|-1.88
p:nog één|jij-boodschap|-0.6
p:nog één|bevelen|-0.97
p:nog één|waarschuwen|1.0
p:nog één|bekritiseren|-0.94
p:nog één|prijzen|-1.0
p:nogal kortzichtige|bekritiseren|0.94
p:nogal van|ik-boodschap|-0.99
p:nooit aan|bevelen|-0.94
p:nooit aan|bekritiseren|0.98
p:nooit als|jij-boodschap|-0.93
p:nooit als|bekritiseren|-1.23
p:nooit als|ondervragen|0.93
p:nooit dat|bekritiseren|0.97
p:nooit eens|bevelen|-1.0
p:nooit iets|ik-boodschap|-0.97
p:nooit iets|jij-boodschap|-0.81
p:nooit iets|waarschuwen|0.97
p:nooit iets|bekritiseren|0.97
p:nooit in|adviseren|1.0
p:nooit in|bekritiseren|0.78
p:nooit is|parafrase|1.0
p:nooit is|gevoelsreflectie|-1.0
p:nooit is|geruststellen|-0.74
p:nooit je|jij-boodschap|0.8
p:nooit je|bekritiseren|0.84
p:nooit laten|adviseren|-1.0
p:nooit laten|interpreteren|-1.0
p:nooit laten|ondervragen|-1.0
p:nooit misschien|jij-boodschap|0.9
p:nooit na|jij-boodschap|0.92
p:nooit na|bekritiseren|0.96
p:nooit op|moraliseren|-1.0
p:nooit op|bekritiseren|0.87
p:nooit te|bekritiseren|-0.74
p:nooit uitpraten|bevelen|1.0
p:nooit uitpraten|adviseren|-1.0
p:nooit wat|jij-boodschap|0.98
p:nooit zijn|ik-boodschap|-1.0
p:nooit zijn|parafrase|-0.94
p:noor bijna|samenvatting|-0.96
p:noor dat|afronding-aankondigen|0.92
p:noor en|samenvatting|0.91
p:noor in|bekritiseren|-0.86
p:noor niet|vervolgafspraak|-1.0
p:noor over|ik-boodschap|-0.91
p:nooti op|jij-boodschap|0.97
p:nooti op|bekritiseren|0.97
p:normaal bij|geruststellen|0.42
p:normaal dat|ik-boodschap|-0.88
p:normaal dat|moraliseren|0.93
p:normaal dat|geruststellen|-0.92
p:normaal dat|afleiden|0.92
p:normaal in|afleiden|-0.97
p:normaal om|bekritiseren|1.0
p:normering is|parafrase|0.86
p:normering is|argumenteren|0.97
p:nou als|open-vraag|-1.8
p:nou als|adviseren|1.8
p:nou altijd|jij-boodschap|1.86
p:nou altijd|ondervragen|-0.97
p:nou daar|bevelen|-0.97
p:nou echt|argumenteren|-0.93
p:nou eenmaal|jij-boodschap|0.4
p:nou eenmaal|moraliseren|0.97
p:nou eenmaal|afleiden|-0.7
p:nou eens|bevelen|0.99
p:nou eens|bekritiseren|-0.12
p:nou fijn|bekritiseren|1.78
p:nou fijn|afronding-aankondigen|-0.92
p:nou fijn|bedanken|-1.77
p:nou heel|bekritiseren|1.46
p:nou heel|bedanken|-1.78
p:nou ja|afleiden|0.98
p:nou jij|jij-boodschap|0.97
p:nou kijk|ik-boodschap|0.9
p:nou kijk|argumenteren|-0.84
p:nou kijk|bekritiseren|-0.84
p:nou lekker|bekritiseren|1.94
p:nou mee|waarschuwen|-0.85
p:nou mevrouw|bekritiseren|-0.91
p:nou mevrouw|etiketteren|0.91
p:nou niet|jij-boodschap|-1.97
p:nou niet|bekritiseren|-0.73
p:nou nou|bekritiseren|-0.91
p:nou nou|etiketteren|0.91
p:nou wat|samenvatting|0.82
p:nu aan|bevelen|0.94
p:nu af|samenvatting|0.2
p:nu af|afronding-aankondigen|1.0
p:nu af|bedanken|1.8
p:nu afronden|afronding-aankondigen|0.95
p:nu afsluiten|bedanken|-0.96
p:nu allebei|bedanken|-0.79
p:nu besproken|open-vraag|-0.98
p:nu door|gevoelsreflectie|-0.78
p:nu door|samenvatting|-1.0
p:nu echt|gevoelsreflectie|-0.98
p:nu echt|vervolgafspraak|-1.82
p:nu een|ik-boodschap|-1.0
p:nu een|argumenteren|-0.94
p:nu een|afronding-aankondigen|1.77
p:nu een|vervolgafspraak|-1.79
p:nu eenmaal|bevelen|-0.92
p:nu eenmaal|argumenteren|-0.73
p:nu eenmaal|interpreteren|-0.7
p:nu eenmaal|geruststellen|-0.92
p:nu eenmaal|afleiden|0.92
p:nu eens|bevelen|1.0
p:nu eens|moraliseren|-0.95
p:nu eens|adviseren|-1.0
p:nu eerst|bevelen|0.97
p:nu eerst|geruststellen|-0.97
p:nu elke|waarschuwen|-0.99
p:nu er|ik-boodschap|0.61
p:nu even|ik-boodschap|-0.97
p:nu even|aanmoediging|-0.8
p:nu even|bevelen|0.89
p:nu even|moraliseren|-1.0
p:nu even|interpreteren|-0.99
p:nu even|geruststellen|-1.0
p:nu even|afronding-aankondigen|-0.99
p:nu gehad|jij-boodschap|-0.93
p:nu gehad|samenvatting|0.93
p:nu gehad|argumenteren|-0.99
p:nu gehad|bekritiseren|-0.95
p:nu gehad|afronding-aankondigen|-0.83
p:nu inzetten|prijzen|0.82
p:nu je|ik-boodschap|0.99
p:nu mee|gevoelsreflectie|0.99
p:nu mee|open-vraag|0.99
p:nu mee|bevelen|0.97
p:nu mee|bekritiseren|0.84
p:nu mee|vervolgafspraak|0.94
p:nu mee|bedanken|0.94
p:nu met|ik-boodschap|0.97
p:nu met|gevoelsreflectie|0.98
p:nu niet|bevelen|-0.8
p:nu niet|afleiden|0.98
p:nu pas|samenvatting|-1.0
p:nu pas|bevelen|-1.0
p:nu pas|ondervragen|1.0
p:nu stoppen|samenvatting|-1.0
p:nu stoppen|afronding-aankondigen|1.0
p:nu stoppen|vervolgafspraak|0.94
p:nu stoppen|bedanken|-1.0
p:nu toe|samenvatting|1.0
p:nu weer|bevelen|0.9
p:nu zitten|jij-boodschap|0.98
p:och dat|geruststellen|-0.7
p:och dat|afleiden|1.8
p:och een|afleiden|0.93
p:ochtend eerst|gevoelsreflectie|-0.96
p:ochtend te|ik-boodschap|1.48
p:ochtends ?|parafrase|0.99
p:ochtends bij|parafrase|-0.99
p:ochtends in|ondervragen|0.9
p:ochtends pas|vervolgafspraak|-0.91
p:oefenen haalt|waarschuwen|-0.74
p:oefeningen niet|open-vraag|0.96
p:oefent haalt|argumenteren|0.91
p:oefent haalt|geruststellen|-0.42
p:oefent kun|moraliseren|-0.91
p:of hij|prijzen|0.82
p:of ik|parafrase|0.96
p:of ik|waarschuwen|0.98
p:of je|open-vraag|-0.87
p:of thee|ondervragen|-1.0
p:of ze|jij-boodschap|-0.94
p:of ze|vervolgafspraak|0.94
p:ogen te|bevelen|0.97
p:ogen te|bekritiseren|0.84
p:oke dus|samenvatting|0.99
p:oké ?|aanmoediging|-0.97
p:oké ik|parafrase|-0.97
p:oké ik|afronding-aankondigen|0.95
p:oké ik|bedanken|0.75
p:oké we|bevelen|-1.0
p:oké we|afleiden|-1.0
p:om ?|gevoelsreflectie|0.99
p:om ?|open-vraag|0.12
p:om acht|ik-boodschap|-0.9
p:om acht|bevelen|-0.97
p:om af|afronding-aankondigen|1.0
p:om dat|geruststellen|0.92
p:om de|parafrase|-0.99
p:om de|argumenteren|-0.99
p:om dit|jij-boodschap|-0.83
p:om dit|adviseren|-1.0
p:om dit|bekritiseren|-0.78
p:om drie|jij-boodschap|0.2
p:om drie|afronding-aankondigen|-0.96
p:om drie|vervolgafspraak|-0.98
p:om drie|bedanken|-0.96
p:om een|argumenteren|-0.8
p:om een|vervolgafspraak|-0.85
p:om elf|ondervragen|0.9
p:om elke|adviseren|0.82
p:om grenzen|moraliseren|1.0
p:om haar|ik-boodschap|0.68
p:om haar|adviseren|0.97
p:om half|bevelen|0.95
p:om half|vervolgafspraak|0.94
p:om half|bedanken|0.94
p:om hem|open-vraag|0.96
p:om hem|moraliseren|-0.97
p:om hem|bekritiseren|-0.99
p:om hem|prijzen|-0.98
p:om hem|interpreteren|0.98
p:om het|jij-boodschap|-0.98
p:om het|adviseren|0.92
p:om je|ik-boodschap|-1.9
p:om je|parafrase|1.0
p:om je|samenvatting|-1.0
p:om je|open-vraag|-1.0
p:om je|aanmoediging|-1.0
p:om je|bevelen|-1.0
p:om je|waarschuwen|-1.0
p:om je|adviseren|-1.0
p:om je|argumenteren|-1.0
p:om je|bekritiseren|-1.0
p:om je|prijzen|-1.0
p:om je|etiketteren|-1.0
p:om je|interpreteren|-1.0
p:om je|geruststellen|-1.0
p:om je|ondervragen|-1.0
p:om je|afleiden|-1.0
p:om je|afronding-aankondigen|-1.0
p:om je|vervolgafspraak|-1.0
p:om je|bedanken|-1.0
p:om kwart|ik-boodschap|-0.9
p:om kwart|bevelen|1.0
p:om mee|bedanken|-0.92
p:om mees|ik-boodschap|-0.95
p:om met|open-vraag|0.86
p:om met|bekritiseren|0.67
p:om naar|gevoelsreflectie|0.83
p:om negen|parafrase|1.0
p:om negen|adviseren|1.0
p:om ook|prijzen|0.92
p:om ook|vervolgafspraak|-0.92
p:om ook|bedanken|-0.75
p:om op|bekritiseren|0.94
p:om samen|parafrase|-0.91
p:om samen|adviseren|1.0
p:om stoer|bekritiseren|-0.75
p:om stoer|interpreteren|0.99
p:om stoer|afleiden|-0.99
p:om tafel|afleiden|-0.95
p:om tafel|afronding-aankondigen|-0.99
p:om tafel|bedanken|0.96
p:om te|ik-boodschap|2.72
p:om te|samenvatting|-0.13
p:om te|moraliseren|-0.92
p:om te|bekritiseren|1.0
p:om te|interpreteren|0.61
p:om te|afleiden|-0.95
p:om te|vervolgafspraak|2.86
p:om te|bedanken|0.83
p:om tien|ik-boodschap|0.98
p:om tien|waarschuwen|-0.98
p:om tien|moraliseren|0.91
p:om tien|adviseren|-0.99
p:om tien|vervolgafspraak|-0.91
p:om twee|parafrase|-0.75
p:om twee|bekritiseren|0.94
p:om van|samenvatting|0.91
p:om vier|gevoelsreflectie|-0.94
p:om weer|gevoelsreflectie|-0.99
p:om weer|open-vraag|0.99
p:om weer|moraliseren|-0.99
p:om wie|parafrase|0.99
p:om wie|geruststellen|-0.99
p:om zich|open-vraag|-0.94
p:om zich|bekritiseren|-0.9
p:om zijn|samenvatting|0.99
p:om zijn|interpreteren|-0.38
p:om zo|bekritiseren|1.0
p:om zoë|gevoelsreflectie|0.99
p:omar uitschold|ik-boodschap|0.84
p:omdat het|open-vraag|-0.99
p:omdat hij|bevelen|-0.99
p:omdat hij|interpreteren|1.03
p:omdat je|ik-boodschap|-0.89
p:omdat je|jij-boodschap|-0.8
p:omdat je|gevoelsreflectie|-0.72
p:omdat je|bekritiseren|-0.99
p:omdat je|interpreteren|1.65
p:omdat je|geruststellen|-0.99
p:omdat niemand|parafrase|0.71
p:omdat niemand|gevoelsreflectie|0.96
p:omdat niemand|adviseren|-0.82
p:omdat niemand|interpreteren|-0.89
p:omdat noah|adviseren|-0.92
p:omdat u|parafrase|0.97
p:omdat u|gevoelsreflectie|0.97
p:omdat u|adviseren|-0.97
p:omdat u|prijzen|-0.97
p:omdat u|interpreteren|1.9
p:omdat u|bedanken|-0.98
p:omdat uw|aanmoediging|-0.99
p:omdat we|bedanken|-0.79
p:omdat ze|ik-boodschap|0.55
p:omdat ze|adviseren|0.83
p:omdat ze|interpreteren|0.99
p:omdat ze|geruststellen|0.92
p:omgooien en|ik-boodschap|0.87
p:onbeantwoord bleven|aanmoediging|-0.99
p:onbeleefd gedraagt|jij-boodschap|0.99
p:onbeleefd gedraagt|bekritiseren|0.55
p:onbeschoft gedraagt|geruststellen|-0.99
p:onbetrouwbare jongen|bekritiseren|-1.79
p:onbetrouwbare jongen|etiketteren|0.93
p:onder de|vervolgafspraak|0.98
p:onder lijdt|gevoelsreflectie|1.0
p:onder tafel|open-vraag|-0.87
p:onder zetten|ik-boodschap|-1.0
p:onder zetten|afronding-aankondigen|1.0
p:onderbreek je|bekritiseren|0.32
p:onderbreken ik|bevelen|0.62
p:onderbreken kan|afronding-aankondigen|0.95
p:onderschat dit|waarschuwen|0.75
p:onderwijs begrijpt|ondervragen|-0.93
p:onderwijs ziet|bekritiseren|-0.94
p:onderwijs ziet|prijzen|0.85
p:onderzoek blijkt|bevelen|-0.98
p:oneerlijk over|gevoelsreflectie|-0.97
p:oneerlijk over|bekritiseren|0.59
p:oneerlijk tegenover|jij-boodschap|-1.3
p:oneerlijk tegenover|moraliseren|0.91
p:oneerlijk tegenover|bekritiseren|-1.57
p:ongeldig verklaard|moraliseren|-0.89
p:ongemakkelijk als|bevelen|-1.0
p:ongemakkelijk bij|ik-boodschap|0.94
p:ongeoorloofd gemist|argumenteren|0.81
p:ongepaste vraag|bekritiseren|0.89
p:ongerust ?|geruststellen|-0.95
p:ongerust bent|geruststellen|0.7
p:ongerust maakt|parafrase|-1.0
p:ongerust over|gevoelsreflectie|0.83
p:ongerust te|interpreteren|-0.97
p:ongerust want|vervolgafspraak|0.92
p:onhandig geweest|bekritiseren|0.99
p:onrustig en|parafrase|-0.96
p:onrustig van|afronding-aankondigen|-0.95
p:onrustig wordt|waarschuwen|-0.92
p:ons allebei|open-vraag|-0.94
p:ons hier|afleiden|0.93
p:ons niet|ondervragen|0.94
p:ons nooit|adviseren|-1.0
p:ons nooit|interpreteren|-1.0
p:ons nooit|ondervragen|-1.0
p:ons op|bekritiseren|-0.96
p:ons overal|bevelen|-0.94
p:ons verwacht|open-vraag|0.99
p:ons vorige|afleiden|-0.94
p:ontbijt op|ik-boodschap|0.97
p:ontbreekt moet|waarschuwen|0.96
p:ontevreden over|gevoelsreflectie|-0.98
p:ontvangen ?|parafrase|0.84
p:ontvangen neem|parafrase|-0.91
p:onvoldoende dat|argumenteren|-0.9
p:onvoldoende haal|bevelen|-0.99
p:onvoldoende heeft|argumenteren|0.7
p:onvoldoende in|afleiden|0.9
p:onvoldoende voor|samenvatting|-0.85
p:onvoldoendes dus|argumenteren|0.99
p:onvoldoendes op|ik-boodschap|0.61
p:onvoldoendes staan|ik-boodschap|0.99
p:onvoldoendes staan|aanmoediging|-0.65
p:onvoldoendes staan|bekritiseren|-0.99
p:onze tijd|prijzen|-0.89
p:onze tijd|bedanken|-0.96
p:onzeker van|gevoelsreflectie|0.93
p:onzeker van|open-vraag|0.96
p:onzin als|moraliseren|0.98
p:onzin als|bekritiseren|0.98
p:oog binnenkwam|ik-boodschap|0.93
p:ooit gereageerd|jij-boodschap|1.85
p:ooit gereageerd|bekritiseren|1.06
p:ooit gereageerd|bedanken|-0.99
p:ook ?|argumenteren|0.93
p:ook als|prijzen|-0.91
p:ook altijd|jij-boodschap|0.2
p:ook altijd|bekritiseren|-0.91
p:ook altijd|etiketteren|0.91
p:ook bij|jij-boodschap|-0.77
p:ook bij|gevoelsreflectie|-0.93
p:ook bij|etiketteren|-1.0
p:ook bij|vervolgafspraak|1.0
p:ook dat|moraliseren|0.96
p:ook dat|argumenteren|-0.87
p:ook de|vervolgafspraak|1.74
p:ook een|gevoelsreflectie|-0.94
p:ook een|adviseren|0.82
p:ook een|interpreteren|0.99
p:ook eens|ik-boodschap|-1.0
p:ook eens|waarschuwen|-1.0
p:ook elke|ik-boodschap|-0.97
p:ook erg|adviseren|-1.0
p:ook even|bedanken|-0.92
p:ook gewoon|moraliseren|1.0
p:ook gewoon|vervolgafspraak|-1.0
p:ook het|prijzen|0.92
p:ook het|vervolgafspraak|-0.92
p:ook het|bedanken|-0.75
p:ook in|jij-boodschap|-0.98
p:ook in|interpreteren|-0.99
p:ook in|ondervragen|0.98
p:ook karin|afronding-aankondigen|0.95
p:ook karin|bedanken|0.75
p:ook lastig|ik-boodschap|-0.88
p:ook lastig|gevoelsreflectie|0.96
p:ook meekwam|afronding-aankondigen|0.92
p:ook naar|gevoelsreflectie|0.98
p:ook niet|argumenteren|-1.87
p:ook niet|geruststellen|0.74
p:ook nog|prijzen|1.0
p:ook nooit|jij-boodschap|0.98
p:ook op|argumenteren|0.64
p:ook praten|prijzen|-0.93
p:ook thuis|adviseren|-0.93
p:ook voor|argumenteren|0.99
p:ook waarom|prijzen|0.99
p:ook wel|bevelen|-0.96
p:oortjes zit|ik-boodschap|-0.9
p:oortjes zit|samenvatting|-0.9
p:op 14|samenvatting|0.9
p:op 3|ik-boodschap|-1.0
p:op 3|samenvatting|-0.89
p:op 3|vervolgafspraak|1.0
p:op als|waarschuwen|-0.98
p:op dat|ik-boodschap|-0.94
p:op dat|samenvatting|-0.9
p:op dat|vervolgafspraak|0.93
p:op de|ik-boodschap|-0.59
p:op de|jij-boodschap|0.97
p:op de|samenvatting|0.8
p:op de|open-vraag|0.6
p:op de|waarschuwen|1.9
p:op de|moraliseren|-1.0
p:op de|argumenteren|-0.86
p:op de|bekritiseren|1.62
p:op de|interpreteren|0.98
p:op de|afleiden|-0.9
p:op de|vervolgafspraak|-1.0
p:op deze|bekritiseren|-0.91
p:op deze|geruststellen|0.97
p:op die|open-vraag|0.97
p:op die|argumenteren|-0.96
p:op die|geruststellen|-1.86
p:op die|afleiden|1.81
p:op dinsdag|interpreteren|-0.81
p:op dinsdag|vervolgafspraak|0.91
p:op dit|ik-boodschap|0.99
p:op dit|aanmoediging|-0.65
p:op dit|bekritiseren|-0.99
p:op een|ik-boodschap|-0.91
p:op een|samenvatting|0.99
p:op een|adviseren|-0.99
p:op een|vervolgafspraak|-0.98
p:op geen|jij-boodschap|0.93
p:op geen|bekritiseren|0.1
p:op geen|bedanken|-0.99
p:op haar|gevoelsreflectie|0.81
p:op haar|waarschuwen|-0.97
p:op haar|moraliseren|-1.0
p:op hem|bekritiseren|0.99
p:op het|ik-boodschap|1.48
p:op het|moraliseren|-0.92
p:op het|argumenteren|-0.9
p:op het|interpreteren|-0.67
p:op het|afleiden|0.95
p:op ik|waarschuwen|-0.85
p:op in|bevelen|-0.8
p:op in|afleiden|0.98
p:op internet|waarschuwen|-1.0
p:op jou|bevelen|-1.0
p:op kamp|gevoelsreflectie|0.98
p:op kamp|open-vraag|-0.66
p:op kamp|waarschuwen|0.91
p:op kantoor|vervolgafspraak|0.98
p:op laten|ik-boodschap|0.97
p:op laten|afronding-aankondigen|0.97
p:op maar|jij-boodschap|1.79
p:op maar|samenvatting|-0.83
p:op maar|bekritiseren|1.88
p:op maar|ondervragen|-0.96
p:op met|bevelen|0.99
p:op met|bekritiseren|-0.12
p:op ook|prijzen|-0.91
p:op school|ik-boodschap|0.97
p:op school|jij-boodschap|-0.98
p:op school|gevoelsreflectie|-0.99
p:op school|samenvatting|0.69
p:op school|bekritiseren|-0.96
p:op school|etiketteren|-0.93
p:op school|geruststellen|-0.89
p:op school|afleiden|-0.7
p:op school|afronding-aankondigen|-0.95
p:op school|vervolgafspraak|0.92
p:op school|bedanken|-0.96
p:op schoolkamp|moraliseren|1.0
p:op schoolkamp|vervolgafspraak|-1.0
p:op snapchat|interpreteren|-0.98
p:op stap|moraliseren|0.96
p:op stap|ondervragen|0.98
p:op straat|ondervragen|0.9
p:op straks|geruststellen|-0.98
p:op tafel|ik-boodschap|1.0
p:op tafel|samenvatting|-0.96
p:op tijd|jij-boodschap|-0.65
p:op tijd|argumenteren|0.64
p:op uw|prijzen|0.98
p:op uzelf|interpreteren|0.91
p:op vakantie|ondervragen|0.94
p:op vakantie|afleiden|0.91
p:op wat|ondervragen|-0.9
p:op werkweek|bekritiseren|-0.94
p:op wit|argumenteren|0.87
p:op wit|afleiden|-0.95
p:op woensdag|parafrase|-0.9
p:op woensdag|samenvatting|0.85
p:op zak|interpreteren|-0.97
p:op zijn|ik-boodschap|-0.97
p:op zijn|samenvatting|0.96
p:op zijn|open-vraag|0.13
p:op zijn|geruststellen|0.86
p:op zijn|vervolgafspraak|0.96
p:op zo|waarschuwen|0.97
p:op zondag|adviseren|0.95
p:opdagen wordt|waarschuwen|1.0
p:opdracht doen|adviseren|-0.9
p:opdracht doen|prijzen|0.9
p:opdracht doen|etiketteren|-0.9
p:opdracht gisteren|afleiden|-0.99
p:opdracht in|ik-boodschap|0.94
p:opdracht mist|ik-boodschap|0.93
p:opdracht staat|argumenteren|0.92
p:opdracht wel|ik-boodschap|-0.91
p:opdracht wel|parafrase|1.0
p:opdracht wel|gevoelsreflectie|-1.0
p:opdracht wel|geruststellen|-0.74
p:opdrachten en|open-vraag|1.0
p:opdrachten toe|ik-boodschap|0.94
p:opdrachten toekomt|ik-boodschap|0.99
p:open bent|gevoelsreflectie|-0.96
p:open was|bekritiseren|-0.88
p:opgave niet|interpreteren|-0.94
p:opgaven niet|vervolgafspraak|1.0
p:ophaalt gaat|ik-boodschap|-0.93
p:ophalen en|bevelen|-0.95
p:ophouden nu|bevelen|0.98
p:oplaadt kun|ik-boodschap|0.88
p:oplaadt kun|parafrase|-0.88
p:oplaadt kun|vervolgafspraak|-0.93
p:opletten zal|vervolgafspraak|0.92
p:oplossen ?|open-vraag|1.0
p:oplossing en|adviseren|-0.83
p:oplossing is|bekritiseren|-0.94
p:oplossing is|prijzen|0.85
p:opmerking en|waarschuwen|1.0
p:opmerking is|bekritiseren|0.97
p:opmerking over|jij-boodschap|0.97
p:opmerking slaat|jij-boodschap|-0.96
p:opnieuw beginnen|ik-boodschap|0.95
p:opnieuw bij|adviseren|-0.93
p:opnieuw moet|ik-boodschap|-0.93
p:opnieuw om|afronding-aankondigen|-0.99
p:opnieuw uit|geruststellen|-0.97
p:opnieuw uit|vervolgafspraak|0.77
p:opnieuw zitten|bedanken|-0.95
p:oppast zit|ik-boodschap|-0.94
p:oprecht van|ik-boodschap|0.73
p:opschrijft dus|ik-boodschap|0.9
p:opstaat kunnen|afronding-aankondigen|-0.9
p:opvoeden doe|moraliseren|0.99
p:opvoeden doe|argumenteren|-0.7
p:opvoeder als|prijzen|0.82
p:orde komt|geruststellen|-0.94
p:ordinaire ruziezoeker|jij-boodschap|1.0
p:ordinaire ruziezoeker|etiketteren|1.0
p:oude school|ik-boodschap|-0.87
p:oude school|samenvatting|0.96
p:oude school|open-vraag|0.87
p:oude school|interpreteren|0.8
p:ouder als|geruststellen|-0.47
p:ouder bent|prijzen|0.98
p:ouder bent|geruststellen|1.79
p:ouder controleert|moraliseren|0.92
p:ouder controleert|afleiden|-0.92
p:ouder die|jij-boodschap|-1.19
p:ouder hoort|moraliseren|0.98
p:ouder hoort|bekritiseren|0.98
p:ouder om|moraliseren|1.0
p:ouder om|bedanken|-0.92
p:ouder toch|prijzen|-0.65
p:ouderavond gekomen|waarschuwen|-0.99
p:ouderavond ontvangen|parafrase|-0.91
p:ouders hoort|moraliseren|1.0
p:ouders hun|moraliseren|1.0
p:ouders jullie|geruststellen|-0.94
p:ouders moeten|bevelen|-1.0
p:ouders moeten|bekritiseren|-1.0
p:ouders moeten|geruststellen|-1.0
p:ouders staan|argumenteren|-0.94
p:ouders staan|vervolgafspraak|-0.94
p:ouders wachten|vervolgafspraak|-0.84
p:over ?|gevoelsreflectie|-0.97
p:over aandacht|interpreteren|0.98
p:over acht|bevelen|1.0
p:over bent|geruststellen|-0.67
p:over buikpijn|parafrase|0.99
p:over dat|ik-boodschap|0.99
p:over dat|afleiden|0.95
p:over de|ik-boodschap|-0.91
p:over de|samenvatting|-0.89
p:over de|open-vraag|0.94
p:over de|bevelen|-0.95
p:over de|prijzen|-0.91
p:over de|interpreteren|0.98
p:over de|afronding-aankondigen|0.87
p:over de|vervolgafspraak|-0.95
p:over die|samenvatting|-0.85
p:over die|adviseren|-0.86
p:over drie|samenvatting|-0.9
p:over drie|waarschuwen|-0.9
p:over drie|afronding-aankondigen|-1.7
p:over drie|vervolgafspraak|0.97
p:over drie|bedanken|0.91
p:over duurzaamheid|interpreteren|-0.99
p:over een|geruststellen|1.87
p:over een|afleiden|-0.95
p:over een|afronding-aankondigen|-0.99
p:over een|vervolgafspraak|0.77
p:over haar|ik-boodschap|-0.91
p:over haar|samenvatting|0.93
p:over half|vervolgafspraak|-0.91
p:over hebben|geruststellen|-0.8
p:over het|gevoelsreflectie|-0.98
p:over het|open-vraag|1.0
p:over het|argumenteren|-0.99
p:over het|afleiden|-0.26
p:over hetzelfde|ik-boodschap|0.97
p:over hetzelfde|afronding-aankondigen|0.97
p:over hoe|open-vraag|-0.99
p:over iets|afleiden|0.91
p:over ik|vervolgafspraak|0.98
p:over je|ik-boodschap|1.48
p:over je|jij-boodschap|-0.93
p:over je|bekritiseren|-1.9
p:over je|afleiden|0.21
p:over je|vervolgafspraak|-0.92
p:over klopt|open-vraag|1.0
p:over let|bekritiseren|-0.99
p:over let|afleiden|-0.99
p:over leukere|afleiden|0.95
p:over moet|geruststellen|-0.87
p:over negen|ik-boodschap|-0.9
p:over school|gevoelsreflectie|0.99
p:over te|moraliseren|-0.96
p:over te|afleiden|-0.7
p:over twee|ik-boodschap|-0.91
p:over twee|parafrase|-0.9
p:over twee|samenvatting|1.81
p:over twee|open-vraag|-1.0
p:over twee|moraliseren|-1.0
p:over twee|adviseren|0.93
p:over twee|vervolgafspraak|1.77
p:over uw|bevelen|-0.97
p:over vertellen|parafrase|-0.96
p:over voor|ik-boodschap|1.0
p:over wat|ik-boodschap|1.0
p:over wat|gevoelsreflectie|-0.97
p:over wat|bekritiseren|0.59
p:over wat|afleiden|-0.88
p:over zes|afronding-aankondigen|-1.0
p:over zes|vervolgafspraak|1.0
p:over zes|bedanken|-0.66
p:over zestien|ik-boodschap|-0.99
p:over zestien|argumenteren|0.87
p:over zijn|jij-boodschap|0.97
p:over zijn|open-vraag|-0.9
p:over zijn|bekritiseren|0.91
p:over zijn|bedanken|0.92
p:over zullen|vervolgafspraak|-0.92
p:overal aan|bevelen|-0.94
p:overal een|jij-boodschap|-0.14
p:overal kritiek|jij-boodschap|1.79
p:overal kritiek|samenvatting|-0.83
p:overal kritiek|bekritiseren|1.88
p:overal kritiek|ondervragen|-0.96
p:overal mee|gevoelsreflectie|-0.86
p:overal mee|bevelen|0.94
p:overal mee|bekritiseren|1.77
p:overbezorgde moeder|jij-boodschap|0.92
p:overkomt de|geruststellen|0.93
p:overkomt iedereen|geruststellen|-1.35
p:overkomt iedereen|afleiden|0.84
p:overkomt zoveel|geruststellen|-0.92
p:overkomt zoveel|afleiden|0.92
p:overleg met|ik-boodschap|-0.91
p:overleg met|samenvatting|0.9
p:overleggen ?|vervolgafspraak|0.92
p:overstap zwaar|gevoelsreflectie|-0.94
p:overstap zwaar|bekritiseren|-0.88
p:overzicht van|open-vraag|-0.99
p:paar keer|afleiden|0.93
p:paar klasgenoten|parafrase|-0.99
p:paar weken|geruststellen|0.88
p:paar zinnen|etiketteren|-0.91
p:pak ik|ik-boodschap|-0.7
p:pak ik|waarschuwen|0.91
p:pakt sem|adviseren|-0.94
p:pakt want|bekritiseren|-0.84
p:pakt ze|parafrase|0.92
p:pakt ze|samenvatting|-0.77
p:pas ?|samenvatting|-1.0
p:pas ?|bevelen|-1.0
p:pas ?|ondervragen|1.0
p:pas in|ik-boodschap|0.89
p:pas in|open-vraag|0.94
p:pas maar|geruststellen|-0.98
p:pas na|parafrase|1.0
p:pas na|open-vraag|-0.7
p:pas na|aanmoediging|-1.0
p:pas om|waarschuwen|-0.98
p:pas om|vervolgafspraak|-0.91
p:pas op|waarschuwen|0.97
p:pas vrijdag|argumenteren|0.99
p:pasje weer|ik-boodschap|-0.68
p:pauze alleen|ik-boodschap|0.71
p:pauze heb|ik-boodschap|-0.72
p:pauze hebt|ik-boodschap|0.99
p:pauze hebt|gevoelsreflectie|-0.99
p:pauze maakt|ik-boodschap|0.89
p:pauze maakt|open-vraag|0.94
p:pauze niet|ik-boodschap|-0.91
p:pauze niet|vervolgafspraak|0.92
p:pauze steeds|ik-boodschap|0.99
p:pauze tegenwoordig|ik-boodschap|-0.9
p:pauze tegenwoordig|samenvatting|-0.9
p:pauzes steeds|open-vraag|-1.0
p:pen komt|ik-boodschap|0.96
p:per jaarlaag|geruststellen|-0.99
p:per mail|open-vraag|-1.0
p:per mail|geruststellen|-1.0
p:periode 2|argumenteren|-0.9
p:periode ?|open-vraag|0.97
p:periode al|waarschuwen|-0.96
p:pest niet|jij-boodschap|1.69
p:pest niet|bekritiseren|1.78
p:pesten stopt|samenvatting|1.0
p:pesten stopt|bekritiseren|-0.2
p:pesten stopt|vervolgafspraak|-0.82
p:pesterijen en|samenvatting|0.93
p:pesterijen over|afronding-aankondigen|0.9
p:pesterijen stoppen|parafrase|-0.71
p:pieter vos|vervolgafspraak|-0.99
p:pijn doet|parafrase|-0.93
p:pijn doet|gevoelsreflectie|-0.93
p:pijn doet|samenvatting|-0.96
p:pijn doet|interpreteren|0.93
p:pijn hebt|jij-boodschap|-0.97
p:pijn om|moraliseren|-0.92
p:pijn om|interpreteren|-0.67
p:pitbull als|jij-boodschap|0.97
p:plaats gewoon|adviseren|0.95
p:plaats van|adviseren|-0.96
p:plaats van|interpreteren|-0.99
p:plaats zou|prijzen|-0.84
p:plagen hoort|geruststellen|-0.97
p:plagen hoort|afleiden|0.88
p:plan dat|gevoelsreflectie|0.94
p:plan dat|samenvatting|0.78
p:plan dat|vervolgafspraak|0.86
p:plan een|gevoelsreflectie|-0.94
p:plan maken|adviseren|-0.92
p:plan na|afronding-aankondigen|-0.76
p:plan over|afronding-aankondigen|-1.0
p:plan over|vervolgafspraak|1.0
p:plannen ?|jij-boodschap|-0.93
p:plannen ?|bekritiseren|-1.23
p:plannen ?|ondervragen|0.93
p:plannen daan|bevelen|0.93
p:plannen een|afronding-aankondigen|1.74
p:plannen en|argumenteren|-0.71
p:plannen lukt|samenvatting|0.98
p:plannen lukt|geruststellen|-0.98
p:plannen voor|jij-boodschap|-0.93
p:planner bijhoudt|ik-boodschap|-0.9
p:planner bijhoudt|samenvatting|0.9
p:planner geen|ik-boodschap|0.9
p:planner in|ik-boodschap|0.93
p:planner in|vervolgafspraak|-0.79
p:planning bijhoudt|afronding-aankondigen|-0.97
p:planning bijhoudt|vervolgafspraak|0.97
p:planning die|samenvatting|0.91
p:planning en|jij-boodschap|0.92
p:planning en|bekritiseren|0.83
p:planning en|bedanken|0.1
p:planning ik|ik-boodschap|-0.91
p:planning ik|samenvatting|0.96
p:planning ik|vervolgafspraak|0.96
p:planning loopt|gevoelsreflectie|-0.98
p:planning maken|ik-boodschap|0.93
p:planning maken|vervolgafspraak|0.93
p:planning met|vervolgafspraak|-0.95
p:planning van|ik-boodschap|-0.41
p:planningsmaatje u|bedanken|-0.91
p:playstation doordeweeks|prijzen|-0.84
p:playstation gewoon|adviseren|1.0
p:playstation gewoon|bekritiseren|0.78
p:plek in|samenvatting|0.82
p:plek op|waarschuwen|0.9
p:plezier krijgt|parafrase|-0.92
p:plezier krijgt|samenvatting|0.91
p:plezier naar|gevoelsreflectie|-0.99
p:plezier naar|open-vraag|0.99
p:plezier naar|moraliseren|-0.99
p:pols binnenkwam|gevoelsreflectie|-0.97
p:pootjes terecht|geruststellen|0.86
p:positief houden|afleiden|0.99
p:praat en|afronding-aankondigen|-0.97
p:praat en|vervolgafspraak|0.97
p:praat kan|waarschuwen|-0.77
p:praat met|parafrase|-0.9
p:praat met|samenvatting|0.85
p:praat niet|bevelen|0.99
p:praat niet|etiketteren|-0.99
p:praat thuis|ik-boodschap|-0.91
p:praat thuis|samenvatting|0.8
p:praat thuis|bedanken|0.92
p:praat u|adviseren|0.93
p:praat volgende|ik-boodschap|-0.9
p:praat volgende|samenvatting|0.9
p:praat wat|etiketteren|-0.91
p:praten dat|gevoelsreflectie|0.99
p:praten dat|open-vraag|0.99
p:praten dat|afleiden|-0.7
p:praten en|open-vraag|-0.94
p:praten en|bedanken|-0.79
p:praten komen|afronding-aankondigen|-0.89
p:praten maar|prijzen|-0.93
p:praten waardoor|afronding-aankondigen|0.77
p:praten want|ik-boodschap|0.97
p:praten want|afronding-aankondigen|0.97
p:praten we|afronding-aankondigen|-0.96
p:praten we|vervolgafspraak|0.84
p:praten we|bedanken|-0.96
p:precies aan|parafrase|0.92
p:precies aan|samenvatting|-0.77
p:precies gehoord|prijzen|-1.0
p:precies gehoord|ondervragen|1.0
p:precies hetzelfde|argumenteren|0.98
p:presentatie ?|prijzen|0.97
p:presentatie had|ik-boodschap|0.87
p:presentatie over|geruststellen|-0.96
p:presentatie uitgesteld|open-vraag|-1.0
p:prestatie van|moraliseren|-1.0
p:prikkelbaar en|parafrase|-0.91
p:prikkelbaar is|gevoelsreflectie|-0.94
p:prikkelbaar is|bekritiseren|-0.88
p:prima dat|jij-boodschap|0.98
p:prima dat|parafrase|-0.75
p:prima dat|bekritiseren|0.94
p:prima doen|geruststellen|0.99
p:prima maar|samenvatting|0.89
p:prima zo|geruststellen|-0.96
p:probeer anders|adviseren|0.96
p:probeer het|geruststellen|-1.0
p:probeer het|vervolgafspraak|-1.0
p:probeert u|jij-boodschap|-1.0
p:probeert u|open-vraag|-1.0
p:probeert u|aanmoediging|-1.0
p:probleem begonnen|parafrase|0.96
p:probleem begonnen|argumenteren|-0.96
p:probleem dat|bekritiseren|-0.97
p:probleem dat|prijzen|0.97
p:probleem in|interpreteren|0.99
p:probleem is|argumenteren|-0.99
p:probleem is|interpreteren|0.99
p:probleem klopt|samenvatting|0.95
p:probleem van|jij-boodschap|-0.79
p:profiel heeft|open-vraag|-0.98
p:profiel te|samenvatting|0.91
p:profiel wat|parafrase|0.79
p:profiel wat|samenvatting|-0.93
p:profiel wat|open-vraag|1.0
p:programma van|afleiden|-0.92
p:project in|bekritiseren|0.95
p:project over|interpreteren|-0.99
p:protocol schrijft|argumenteren|0.79
p:protocol staat|argumenteren|-1.79
p:pta en|bekritiseren|-0.93
p:pta wie|ik-boodschap|-0.92
p:pta wie|afleiden|-0.92
p:puber heeft|geruststellen|0.93
p:puber heeft|afleiden|-0.93
p:puber wel|geruststellen|-0.7
p:puber wel|afleiden|1.8
p:pubers he|moraliseren|-1.0
p:pubers he|bekritiseren|-0.82
p:pubers he|afleiden|1.94
p:puberteit daar|bevelen|-0.92
p:puberteit daar|moraliseren|-0.92
p:puberteit daar|interpreteren|-0.7
p:puberteit daar|geruststellen|-0.92
p:puberteit daar|afleiden|1.63
p:puberteit in|jij-boodschap|-0.97
p:puberteit zit|interpreteren|0.46
p:punt achter|afronding-aankondigen|0.77
p:punt achter|vervolgafspraak|-0.94
p:punt blijven|ik-boodschap|0.97
p:punt blijven|afronding-aankondigen|0.97
p:put me|ik-boodschap|0.95
p:pws groep|ik-boodschap|-0.41
p:raak ik|waarschuwen|-0.99
p:raak ik|vervolgafspraak|-0.95
p:raakt me|ik-boodschap|-0.9
p:raakt me|parafrase|-0.9
p:raakt neem|gevoelsreflectie|0.82
p:radeloos dat|gevoelsreflectie|0.88
p:rapport staan|ik-boodschap|0.61
p:rapport staat|bevelen|-0.97
p:rapport van|argumenteren|-0.9
p:rapport vier|ik-boodschap|0.99
p:rapport vier|aanmoediging|-0.65
p:rapport vier|bekritiseren|-0.99
p:rapport volgende|interpreteren|-0.99
p:ravi op|interpreteren|-0.98
p:ravi zijn|ik-boodschap|-0.84
p:ravi zo|interpreteren|0.97
p:rayan heeft|gevoelsreflectie|0.94
p:rayan heeft|open-vraag|0.8
p:reactie in|bekritiseren|0.95
p:reactie van|etiketteren|0.99
p:reageerde hij|aanmoediging|-0.73
p:reageert hij|gevoelsreflectie|0.94
p:reageert hij|open-vraag|0.8
p:reageert veel|jij-boodschap|0.91
p:reageert ze|afronding-aankondigen|-0.98
p:reageren nooti|jij-boodschap|0.97
p:reageren nooti|bekritiseren|0.97
p:rechtop zitten|ik-boodschap|-0.93
p:rechtop zitten|jij-boodschap|-0.87
p:rechtop zitten|bevelen|1.0
p:rechtop zitten|waarschuwen|-1.0
p:rechtop zitten|argumenteren|-1.0
p:rechtop zitten|etiketteren|-1.0
p:rechtszaak van|jij-boodschap|0.65
p:redelijk op|parafrase|-1.0
p:redelijk op|samenvatting|1.0
p:regel daar|adviseren|-0.94
p:regel dat|parafrase|0.8
p:regel geldt|argumenteren|0.9
p:regel voor|vervolgafspraak|0.91
p:regels een|argumenteren|0.96
p:regels gelden|argumenteren|0.99
p:regels houden|bekritiseren|-0.98
p:regels staan|jij-boodschap|-0.92
p:regels zijn|argumenteren|0.96
p:regelt dan|prijzen|1.0
p:regen vandaag|afleiden|0.68
p:reglement is|moraliseren|-0.99
p:reglement is|argumenteren|0.99
p:reglement is|geruststellen|-0.99
p:reglement mag|waarschuwen|-0.93
p:reken op|prijzen|0.98
p:rekenen daar|argumenteren|0.98
p:rekenen daar|etiketteren|-0.98
p:rekenmachine niet|vervolgafspraak|1.0
p:rekenmachine vergeten|open-vraag|0.96
p:rekentoets en|open-vraag|0.94
p:respect voor|moraliseren|0.25
p:respect voor|afleiden|-0.99
p:rest van|ik-boodschap|0.71
p:rest van|parafrase|0.91
p:rest van|argumenteren|0.82
p:resultaten bij|afleiden|0.97
p:reuze mee|prijzen|-0.78
p:rij zet|vervolgafspraak|-0.98
p:rijtje u|ik-boodschap|-0.91
p:rijtje zet|samenvatting|0.99
p:rik zit|ik-boodschap|0.99
p:roept kunnen|ik-boodschap|1.36
p:roept kunnen|waarschuwen|-0.89
p:rol in|samenvatting|-0.99
p:rol in|afleiden|0.99
p:rollen bram|bevelen|0.97
p:rollen bram|bekritiseren|0.84
p:rond het|ik-boodschap|0.97
p:rond het|afronding-aankondigen|0.95
p:rond het|bedanken|0.75
p:rond vier|bedanken|-0.94
p:ronden af|afronding-aankondigen|0.86
p:ronden het|samenvatting|-0.8
p:ronden het|bevelen|-1.0
p:ronden het|afleiden|-1.0
p:ronden het|vervolgafspraak|-0.92
p:ronden het|bedanken|0.8
p:ronduit asociaal|argumenteren|-0.99
p:rooster de|ik-boodschap|-0.93
p:rooster dit|parafrase|0.98
p:rooster en|gevoelsreflectie|-0.98
p:rooster heeft|parafrase|-0.91
p:rooster heeft|etiketteren|-0.91
p:rooster hier|gevoelsreflectie|-0.99
p:rooster met|parafrase|0.9
p:rooster met|waarschuwen|-0.9
p:rooster met|geruststellen|-0.92
p:rooster met|afleiden|-0.92
p:rooster op|adviseren|0.9
p:rooster op|afleiden|-0.9
p:rooster voor|vervolgafspraak|-0.93
p:rot voor|ik-boodschap|-0.57
p:rot voor|gevoelsreflectie|-1.8
p:rot voor|open-vraag|-0.97
p:rotmoment zijn|gevoelsreflectie|0.93
p:ruimt vast|jij-boodschap|-0.9
p:rust komt|parafrase|1.0
p:rust komt|adviseren|1.0
p:rusten ik|afronding-aankondigen|-0.94
p:rusten kijk|afleiden|0.99
p:rustig aan|bevelen|0.89
p:rustig de|ik-boodschap|-1.0
p:rustig de|aanmoediging|1.0
p:rustig de|interpreteren|-1.0
p:rustig even|aanmoediging|0.93
p:rustig met|open-vraag|-0.94
p:ruzie begon|open-vraag|-0.87
p:ruzie en|afronding-aankondigen|-0.83
p:ruzie met|parafrase|0.97
p:ruzie met|samenvatting|1.9
p:ruzie met|moraliseren|-0.97
p:ruzie met|vervolgafspraak|-0.92
p:ruzies waaien|geruststellen|0.99
p:ruzietjes hebben|geruststellen|-0.89
p:ruzietjes hebben|afleiden|0.92
p:ruzietjes in|afleiden|0.94
p:ruzietjes zijn|afleiden|0.92
p:samen een|ik-boodschap|0.93
p:samen een|argumenteren|0.98
p:samen een|etiketteren|-0.98
p:samen een|vervolgafspraak|0.93
p:samen evalueren|open-vraag|-1.0
p:samen evalueren|moraliseren|-1.0
p:samen gekeken|jij-boodschap|0.92
p:samen gekeken|bekritiseren|0.83
p:samen haar|adviseren|0.82
p:samen hoe|ik-boodschap|-0.9
p:samen hoe|afronding-aankondigen|-0.97
p:samen hoe|vervolgafspraak|0.97
p:samen kijken|vervolgafspraak|0.81
p:samen met|samenvatting|-0.74
p:samen met|moraliseren|0.99
p:samen met|argumenteren|-0.7
p:samen met|afronding-aankondigen|0.94
p:samen met|bedanken|-0.82
p:samen naar|adviseren|1.0
p:samen oplossen|open-vraag|1.0
p:samen te|parafrase|-0.91
p:samen te|adviseren|0.92
p:samen te|bedanken|-0.92
p:samen wat|samenvatting|0.9
p:samen zijn|bekritiseren|-0.78
p:samengevat de|gevoelsreflectie|0.94
p:samengevat de|samenvatting|0.78
p:samengevat de|vervolgafspraak|0.86
p:samengevat gaat|jij-boodschap|-0.78
p:samengevat gaat|vervolgafspraak|-0.98
p:samengevat het|ik-boodschap|-0.98
p:samengevat het|samenvatting|0.8
p:samengevat komt|samenvatting|-0.97
p:samengevat lieke|gevoelsreflectie|-0.94
p:samengevat lieke|bekritiseren|-0.88
p:samengevat meer|parafrase|-0.91
p:samengevat u|jij-boodschap|1.79
p:samengevat u|samenvatting|0.17
p:samengevat u|bekritiseren|1.68
p:samengevat u|ondervragen|-0.96
p:samengevat u|vervolgafspraak|-0.82
p:samengevat willen|parafrase|-0.92
p:samenvat je|gevoelsreflectie|-0.95
p:samenvat je|samenvatting|0.95
p:samenvat je|bevelen|-0.95
p:samenvat wat|parafrase|1.0
p:samenvat wat|samenvatting|-1.0
p:samenvat wat|open-vraag|-1.0
p:samenvat willen|samenvatting|0.91
p:samenvatten je|parafrase|-0.96
p:samenvatten u|samenvatting|0.8
p:samenvatten u|bedanken|0.92
p:samenvatten ze|samenvatting|0.99
p:samenvattend de|samenvatting|0.95
p:samenvattend de|argumenteren|-0.82
p:samenvattend fleur|samenvatting|1.0
p:samenvattend fleur|afronding-aankondigen|1.0
p:samenvattend fleur|bedanken|1.0
p:samenvattend het|ik-boodschap|-0.93
p:samenvattend je|open-vraag|-0.96
p:samenvattend u|open-vraag|-0.92
p:samenwerken thuis|ik-boodschap|0.98
p:samenwerken thuis|samenvatting|-0.98
p:sandra je|jij-boodschap|0.83
p:sandra over|geruststellen|0.96
p:sanne de|gevoelsreflectie|-1.0
p:sanne de|open-vraag|1.0
p:sanne de|prijzen|-1.0
p:sanne ik|samenvatting|-0.95
p:sanne ik|vervolgafspraak|0.95
p:sanne ik|bedanken|0.95
p:sara huilt|open-vraag|-0.99
p:sara weer|jij-boodschap|-0.7
p:schakel ik|waarschuwen|0.99
p:scheiding daar|interpreteren|0.99
p:scheikunde een|waarschuwen|-0.5
p:schelen maar|parafrase|-0.93
p:schelen maar|gevoelsreflectie|-0.93
p:schelen maar|interpreteren|0.93
p:scherm en|parafrase|-0.91
p:schermtijd af|moraliseren|-0.91
p:schermtijd af|argumenteren|-0.8
p:schermtijd slecht|argumenteren|0.96
p:schieten we|ik-boodschap|0.97
p:schieten we|afronding-aankondigen|0.97
p:school af|afronding-aankondigen|-0.98
p:school brengen|adviseren|-0.87
p:school dat|moraliseren|0.99
p:school dat|argumenteren|-0.7
p:school dat|interpreteren|0.8
p:school dit|parafrase|-0.91
p:school dit|etiketteren|-0.91
p:school eerder|parafrase|1.0
p:school eerder|open-vraag|-1.0
p:school en|parafrase|-0.71
p:school en|samenvatting|0.96
p:school en|open-vraag|0.87
p:school en|vervolgafspraak|0.92
p:school er|afleiden|1.82
p:school even|samenvatting|-0.81
p:school gaat|gevoelsreflectie|0.98
p:school gestuurd|waarschuwen|0.97
p:school hoe|parafrase|0.97
p:school hoe|gevoelsreflectie|-0.97
p:school hoor|gevoelsreflectie|0.99
p:school houden|gevoelsreflectie|-0.99
p:school houden|samenvatting|-0.99
p:school ik|samenvatting|0.74
p:school ik|afronding-aankondigen|0.98
p:school is|moraliseren|0.96
p:school is|argumenteren|-0.96
p:school is|bekritiseren|0.87
p:school is|etiketteren|-0.93
p:school klaarstaat|prijzen|0.92
p:school klaarstaat|vervolgafspraak|-0.92
p:school klaarstaat|bedanken|-0.75
p:school komt|open-vraag|0.97
p:school niet|geruststellen|-0.89
p:school over|bevelen|0.94
p:school over|bekritiseren|0.94
p:school te|parafrase|1.0
p:school te|gevoelsreflectie|-0.99
p:school te|samenvatting|-1.0
p:school te|bekritiseren|0.98
p:school thuis|jij-boodschap|-0.91
p:school thuis|bekritiseren|-0.96
p:school toch|bekritiseren|-0.96
p:school toch|prijzen|-0.95
p:school toch|afleiden|-0.95
p:school trekt|parafrase|-1.0
p:school trekt|samenvatting|1.0
p:school van|ik-boodschap|-1.0
p:school van|waarschuwen|-1.0
p:school verwijderd|interpreteren|-1.0
p:school wil|gevoelsreflectie|0.99
p:school wil|open-vraag|0.99
p:school zit|moraliseren|0.97
p:schoolavond er|vervolgafspraak|-0.88
p:schoolgids en|jij-boodschap|-0.92
p:schooljaar een|prijzen|-0.96
p:schoolkamp dat|moraliseren|1.0
p:schoolkamp dat|vervolgafspraak|-1.0
p:schoolplein wil|afleiden|0.95
p:schorsing geldt|ik-boodschap|-0.99
p:schorsing heeft|gevoelsreflectie|0.93
p:schreeuwen laat|waarschuwen|1.0
p:schrift niet|moraliseren|-1.0
p:schrijft voor|argumenteren|0.79
p:schrik er|afleiden|-0.98
p:schrik moet|gevoelsreflectie|0.98
p:schrikt ervan|jij-boodschap|-0.9
p:schrikt maar|gevoelsreflectie|0.99
p:schrikt maar|geruststellen|0.99
p:schrok de|ik-boodschap|0.93
p:schrok de|gevoelsreflectie|-0.83
p:schrok de|samenvatting|-0.99
p:schrok ik|ik-boodschap|1.83
p:schrok ik|gevoelsreflectie|-0.99
p:schrok toen|gevoelsreflectie|-0.97
p:schrok wel|vervolgafspraak|-1.0
p:schuift ook|vervolgafspraak|1.74
p:schuld aan|jij-boodschap|0.99
p:schuld aan|samenvatting|-0.99
p:schuld aan|bekritiseren|0.99
p:schuld van|bekritiseren|0.87
p:schuldig voelt|interpreteren|1.0
p:sectie ik|gevoelsreflectie|0.94
p:sectie ik|samenvatting|0.78
p:sectie ik|vervolgafspraak|0.86
p:sem als|bevelen|0.9
p:sem heeft|geruststellen|-0.96
p:sem in|ik-boodschap|0.61
p:sem is|bekritiseren|-1.79
p:sem is|etiketteren|0.93
p:sem te|bekritiseren|-1.0
p:sem waarom|ondervragen|1.0
p:sem wat|gevoelsreflectie|-0.91
p:sem zit|aanmoediging|-0.95
p:september gekregen|jij-boodschap|-0.92
p:september in|ik-boodschap|-0.71
p:september in|jij-boodschap|-0.37
p:september in|argumenteren|0.95
p:serieus genomen|aanmoediging|-0.99
p:sfeer in|jij-boodschap|0.82
p:sfeer in|samenvatting|0.95
p:sfeer in|bekritiseren|1.87
p:sfeer in|vervolgafspraak|-0.98
p:signalen gewoon|etiketteren|-0.91
p:simpel is|moraliseren|0.97
p:simpel wie|argumenteren|0.91
p:simpel wie|geruststellen|-0.42
p:sinds bas|ik-boodschap|0.99
p:sinds de|ik-boodschap|1.2
p:sinds de|jij-boodschap|-1.96
p:sinds de|parafrase|-0.99
p:sinds de|samenvatting|-0.16
p:sinds de|bekritiseren|-1.63
p:sinds hij|open-vraag|-1.0
p:sinds januari|ik-boodschap|0.91
p:sinds je|ik-boodschap|0.94
p:sinds je|open-vraag|0.7
p:sinds ons|afleiden|-0.94
p:sinds september|ik-boodschap|-0.71
p:sinds september|jij-boodschap|-0.37
p:sinds september|argumenteren|0.95
p:sinds wanneer|samenvatting|-1.0
p:sinds wanneer|bevelen|-1.0
p:sinds wanneer|ondervragen|1.0
p:situatie voor|argumenteren|-0.84
p:slaap en|samenvatting|0.96
p:slaap je|ik-boodschap|1.48
p:slaapt en|ik-boodschap|0.97
p:slaapt en|adviseren|0.83
p:slaapt slecht|ik-boodschap|-0.87
p:slaapt slecht|parafrase|-0.91
p:slaapt slecht|gevoelsreflectie|-0.94
p:slaapt slecht|samenvatting|1.96
p:slaapt slecht|open-vraag|0.87
p:slaapt slecht|bekritiseren|-0.88
p:slaat echt|bevelen|-1.0
p:slaat echt|bekritiseren|1.0
p:slaat echt|vervolgafspraak|-1.0
p:slaat nergens|jij-boodschap|-0.96
p:slaat nergens|argumenteren|0.92
p:slapen ?|open-vraag|-0.7
p:slapen wat|samenvatting|1.0
p:slapen wat|afronding-aankondigen|-1.0
p:slecht en|gevoelsreflectie|-0.94
p:slecht en|bekritiseren|-0.88
p:slecht hebt|bekritiseren|1.98
p:slecht hij|parafrase|-0.91
p:slecht is|argumenteren|0.96
p:slecht je|ik-boodschap|-0.87
p:slecht je|samenvatting|0.96
p:slecht je|open-vraag|0.87
p:slecht slaapt|parafrase|-0.81
p:slecht van|jij-boodschap|0.8
p:slechte nachtrust|samenvatting|0.99
p:slechte ouder|geruststellen|1.79
p:slechte week|open-vraag|-0.95
p:slechte week|afleiden|0.95
p:slechter presteren|bevelen|-0.98
p:slim om|adviseren|0.97
p:slimme jongen|bevelen|-0.96
p:slimme jongen|waarschuwen|-0.9
p:slimme meid|moraliseren|-0.94
p:slimme meid|prijzen|1.91
p:slimme vrouw|adviseren|0.92
p:slimme vrouw|prijzen|0.92
p:slimme zoon|prijzen|0.65
p:slimste van|adviseren|-0.9
p:slimste van|prijzen|0.9
p:slimste van|etiketteren|-0.9
p:slordig werk|bekritiseren|0.99
p:slordige meid|argumenteren|-0.98
p:slordige meid|bekritiseren|-0.98
p:sluiten we|samenvatting|1.0
p:sluiten we|afronding-aankondigen|1.0
p:sluiten we|bedanken|1.0
p:smit en|bevelen|0.92
p:smit en|moraliseren|-0.87
p:snap ben|parafrase|0.9
p:snap ben|waarschuwen|-0.9
p:snap ben|geruststellen|-0.92
p:snap ben|afleiden|-0.92
p:snap dat|gevoelsreflectie|0.92
p:snap dat|bevelen|0.97
p:snap dat|adviseren|0.97
p:snap dat|interpreteren|-0.94
p:snap dat|geruststellen|1.68
p:snap had|parafrase|0.97
p:snap had|moraliseren|-0.97
p:snap ik|parafrase|-0.99
p:snap ik|gevoelsreflectie|0.88
p:snap ik|aanmoediging|1.0
p:snap ik|geruststellen|0.99
p:snap je|prijzen|1.0
p:snap u|parafrase|0.96
p:snapchat is|interpreteren|-0.98
p:snapt de|ik-boodschap|0.9
p:snapt de|argumenteren|-0.84
p:snapt de|bekritiseren|-0.84
p:snapt toch|bevelen|-0.96
p:snapt vast|moraliseren|-0.94
p:snapt vast|adviseren|-1.0
p:snapt vast|prijzen|1.0
p:snel gaat|parafrase|0.94
p:snel gaat|bevelen|-0.94
p:snel kon|bekritiseren|-0.9
p:snel kon|afronding-aankondigen|-0.95
p:sneller gebeld|samenvatting|1.0
p:sneller gebeld|bekritiseren|-0.2
p:sneller gebeld|vervolgafspraak|-0.82
p:sofie vaker|ik-boodschap|-0.93
p:soms zijn|moraliseren|-1.0
p:soms zijn|geruststellen|1.0
p:soort mails|bekritiseren|1.19
p:soort mails|geruststellen|-0.99
p:soort ruzietjes|afleiden|0.92
p:sophie bang|gevoelsreflectie|0.83
p:sorry dat|jij-boodschap|0.79
p:spanend vindt|gevoelsreflectie|0.98
p:spannend ?|open-vraag|1.0
p:speelt er|open-vraag|1.0
p:speelt er|afronding-aankondigen|-0.98
p:speelt met|bevelen|-0.93
p:speelt met|waarschuwen|0.83
p:speelt sinds|ik-boodschap|-0.98
p:speelt sinds|samenvatting|0.8
p:spelcomputer doordeweeks|argumenteren|-0.96
p:spieken is|jij-boodschap|-1.3
p:spieken is|moraliseren|0.91
p:spieken is|bekritiseren|-1.57
p:spiekt bij|moraliseren|-0.89
p:spiekt wel|afleiden|0.92
p:spijbelt en|jij-boodschap|0.9
p:spijbelt en|bekritiseren|0.77
p:spijbelt en|geruststellen|-0.5
p:spijbelt gewoon|jij-boodschap|1.34
p:spijbelt gewoon|bekritiseren|1.34
p:spijbelt omdat|interpreteren|1.0
p:sprake komt|gevoelsreflectie|0.94
p:sprake komt|open-vraag|0.8
p:spreek de|samenvatting|0.99
p:spreken af|afronding-aankondigen|-0.97
p:spreken af|vervolgafspraak|0.97
p:spreken donderdag|afronding-aankondigen|-0.85
p:spreken dus|ik-boodschap|-0.9
p:spreken dus|samenvatting|0.9
p:spreken waar|moraliseren|0.76
p:spreker en|ik-boodschap|0.99
p:spullen uitdelen|ik-boodschap|0.96
p:spullen vergeet|ik-boodschap|0.93
p:spullen vergeet|bekritiseren|0.99
p:spullen vergeet|vervolgafspraak|-0.97
p:sta jij|ik-boodschap|0.95
p:staan al|ik-boodschap|-0.71
p:staan al|vervolgafspraak|-0.94
p:staan als|moraliseren|0.92
p:staan en|ik-boodschap|0.99
p:staan en|aanmoediging|-0.65
p:staan en|bekritiseren|-0.99
p:staan gewoon|jij-boodschap|-0.92
p:staan kan|open-vraag|-0.94
p:staan moet|ik-boodschap|0.61
p:staat al|argumenteren|0.92
p:staat bespreekbaar|argumenteren|0.99
p:staat gewoon|bekritiseren|-0.93
p:staat het|ik-boodschap|-0.99
p:staat het|adviseren|0.9
p:staat het|afleiden|-0.9
p:staat in|ik-boodschap|-0.92
p:staat in|afleiden|-0.92
p:staat op|waarschuwen|1.0
p:staat op|argumenteren|-1.79
p:staat struikelen|waarschuwen|-0.92
p:staat vanaf|bevelen|-0.97
p:staat voor|argumenteren|-0.9
p:stad als|ondervragen|0.9
p:stage hebben|afleiden|0.9
p:stage hebben|vervolgafspraak|-0.92
p:stage je|jij-boodschap|-0.93
p:stand is|argumenteren|-0.92
p:stap gaat|moraliseren|0.96
p:star hij|parafrase|-0.97
p:staren wat|ik-boodschap|-0.98
p:statistisch gezien|argumenteren|0.83
p:steeds ?|jij-boodschap|-1.82
p:steeds ?|bekritiseren|-1.73
p:steeds ?|ondervragen|0.99
p:steeds aanspreken|open-vraag|-0.94
p:steeds alleen|ik-boodschap|0.99
p:steeds apart|gevoelsreflectie|-0.9
p:steeds apart|vervolgafspraak|-0.9
p:steeds door|ik-boodschap|0.9
p:steeds haar|ik-boodschap|1.0
p:steeds in|moraliseren|-0.92
p:steeds in|interpreteren|-0.67
p:steeds je|bekritiseren|-0.84
p:steeds na|etiketteren|-0.91
p:steeds naar|ik-boodschap|-0.98
p:steeds niks|bekritiseren|0.91
p:steeds opnieuw|ik-boodschap|-0.93
p:steeds over|ik-boodschap|0.97
p:steeds over|afronding-aankondigen|0.97
p:steeds stoppen|waarschuwen|-0.99
p:steeds terug|samenvatting|0.91
p:steeds vaker|gevoelsreflectie|-0.92
p:steeds vaker|open-vraag|-1.0
p:steeds vaker|adviseren|-0.92
p:steeds voor|ik-boodschap|0.94
p:steeds ziekmeldt|ik-boodschap|-0.64
p:steek met|prijzen|0.97
p:stel je|moraliseren|-0.96
p:stel je|bekritiseren|-1.0
p:stel je|etiketteren|1.0
p:stel voor|samenvatting|-1.0
p:stel voor|vervolgafspraak|1.0
p:stel voor|bedanken|-1.0
p:stelt niks|afleiden|0.99
p:stelt toch|gevoelsreflectie|0.84
p:stelt toch|afleiden|0.98
p:stelt weinig|argumenteren|-0.96
p:stelt zich|bekritiseren|1.68
p:sterk omdat|prijzen|-0.97
p:sterk omdat|interpreteren|0.9
p:stiekem bang|interpreteren|0.58
p:stil is|interpreteren|0.97
p:stil is|ondervragen|-0.95
p:stoel blijft|waarschuwen|-0.99
p:stoer omdat|ik-boodschap|-0.89
p:stoer omdat|geruststellen|-0.99
p:stoer te|bekritiseren|-0.75
p:stoer te|interpreteren|0.99
p:stoer te|afleiden|-0.99
p:stof niet|ik-boodschap|0.9
p:stof niet|argumenteren|-0.84
p:stof niet|bekritiseren|-0.84
p:stond al|argumenteren|1.0
p:stond gewoon|argumenteren|1.0
p:stond je|ik-boodschap|-0.59
p:stonden vanaf|argumenteren|1.0
p:stonden vanaf|vervolgafspraak|-1.0
p:stop het|bedanken|-0.99
p:stop ik|bevelen|0.99
p:stop ik|waarschuwen|0.99
p:stop met|bevelen|0.86
p:stop nu|moraliseren|-0.95
p:stop nu|interpreteren|-0.99
p:stop nu|afronding-aankondigen|-0.99
p:stoppen de|vervolgafspraak|-0.9
p:stoppen donderdag|vervolgafspraak|0.84
p:stoppen en|samenvatting|-1.0
p:stoppen en|waarschuwen|-0.99
p:stoppen en|afronding-aankondigen|1.0
p:stoppen en|vervolgafspraak|1.0
p:stoppen en|bedanken|-1.0
p:stoppen er|vervolgafspraak|0.94
p:stoppen er|bedanken|0.94
p:stoppen hier|afronding-aankondigen|0.97
p:stopt moet|waarschuwen|1.0
p:stopt moet|adviseren|-1.0
p:stopt moet|ondervragen|-1.0
p:straat lopen|ondervragen|0.9
p:straf te|parafrase|0.77
p:strafwerk geven|parafrase|-1.0
p:strafwerk geven|waarschuwen|-0.78
p:strafwerk geven|prijzen|1.0
p:strafwerk geven|geruststellen|-1.0
p:straks alleen|ik-boodschap|0.95
p:straks blijft|geruststellen|-0.98
p:straks even|bevelen|-0.97
p:straks even|vervolgafspraak|-1.82
p:straks gaat|geruststellen|1.55
p:straks gewoon|interpreteren|-0.97
p:straks zijn|waarschuwen|0.9
p:straks zit|waarschuwen|0.93
p:straks zit|geruststellen|-0.63
p:streep onder|ik-boodschap|-1.0
p:streep onder|afronding-aankondigen|1.0
p:strenger zijn|adviseren|-0.93
p:stress voor|argumenteren|-0.97
p:structuur heeft|interpreteren|0.98
p:structuur minder|parafrase|-0.91
p:structuur thuis|samenvatting|0.74
p:structuur thuis|afronding-aankondigen|0.98
p:struikelen er|waarschuwen|-0.92
p:studiecoach dat|geruststellen|-0.99
p:stuk chagrijn|jij-boodschap|-2.55
p:stuk chagrijn|bekritiseren|-1.0
p:stuk chagrijn|etiketteren|1.0
p:sturen ?|bekritiseren|0.74
p:sturen is|bekritiseren|1.19
p:sturen is|geruststellen|-0.99
p:sturen met|vervolgafspraak|-0.96
p:stuur en|argumenteren|-0.71
p:stuur ik|open-vraag|-1.0
p:stuur ik|geruststellen|-1.0
p:stuur je|waarschuwen|0.98
p:stuur u|ik-boodschap|-1.0
p:stuur u|samenvatting|-0.89
p:stuur u|vervolgafspraak|1.0
p:stuurt u|bevelen|0.93
p:super betrokken|etiketteren|-0.94
p:sven gaan|adviseren|0.95
p:taak als|moraliseren|1.0
p:tafel dank|bedanken|0.96
p:tafel gaan|afronding-aankondigen|-0.99
p:tafel hebt|open-vraag|-0.87
p:tafel houdt|vervolgafspraak|0.98
p:tafel legt|ik-boodschap|1.0
p:tafel legt|samenvatting|-0.96
p:tafel om|afleiden|-0.95
p:tandarts was|argumenteren|-0.91
p:tas de|open-vraag|-1.8
p:tas de|adviseren|1.8
p:tas van|waarschuwen|-0.92
p:te bieden|jij-boodschap|-0.97
p:te bieden|samenvatting|-0.96
p:te discussiëren|moraliseren|-0.96
p:te discussiëren|afleiden|-0.7
p:te doen|jij-boodschap|-0.99
p:te doen|bevelen|-1.0
p:te doen|adviseren|0.92
p:te doen|bekritiseren|-0.75
p:te doen|interpreteren|0.99
p:te doen|afleiden|-0.99
p:te druk|samenvatting|0.99
p:te druk|open-vraag|-1.95
p:te falen|interpreteren|0.58
p:te gaan|jij-boodschap|0.92
p:te gaan|gevoelsreflectie|-0.16
p:te gaan|open-vraag|0.99
p:te gaan|moraliseren|-0.99
p:te gaan|adviseren|1.0
p:te gaan|bekritiseren|0.83
p:te gamen|jij-boodschap|0.98
p:te gamen|parafrase|-0.75
p:te gamen|bekritiseren|0.94
p:te gamen|interpreteren|-0.99
p:te gapen|ik-boodschap|1.48
p:te gelden|geruststellen|-0.99
p:te gemakzuchtig|bekritiseren|-2.19
p:te gemakzuchtig|etiketteren|0.99
p:te geven|prijzen|-0.65
p:te halen|argumenteren|-0.96
p:te heftig|jij-boodschap|0.91
p:te horen|samenvatting|-0.95
p:te horen|interpreteren|-0.98
p:te horen|vervolgafspraak|1.93
p:te horen|bedanken|0.83
p:te houden|jij-boodschap|-0.65
p:te houden|moraliseren|1.96
p:te houden|argumenteren|0.96
p:te imponeren|interpreteren|0.6
p:te kijken|afleiden|-0.95
p:te komen|bekritiseren|0.94
p:te krijgen|bekritiseren|-0.99
p:te laag|parafrase|0.86
p:te laag|moraliseren|-0.96
p:te laag|argumenteren|0.97
p:te laag|afleiden|-0.7
p:te laat|ik-boodschap|-0.96
p:te laat|jij-boodschap|0.73
p:te laat|gevoelsreflectie|-0.95
p:te laat|open-vraag|-0.13
p:te laat|bevelen|-0.97
p:te laat|waarschuwen|-0.93
p:te laat|moraliseren|-0.99
p:te laat|argumenteren|1.95
p:te laat|bekritiseren|-0.74
p:te laat|geruststellen|-1.91
p:te laat|ondervragen|-0.97
p:te laat|afleiden|0.93
p:te laten|ik-boodschap|0.81
p:te laten|parafrase|-0.99
p:te laten|moraliseren|-0.97
p:te laten|argumenteren|-0.99
p:te laten|prijzen|-0.98
p:te laten|interpreteren|0.98
p:te leggen|bevelen|0.91
p:te leggen|adviseren|0.97
p:te leren|parafrase|0.92
p:te leren|bekritiseren|1.0
p:te leren|interpreteren|-0.99
p:te liggen|moraliseren|0.91
p:te liggen|adviseren|-0.99
p:te liggen|bekritiseren|-0.99
p:te liggen|geruststellen|0.98
p:te luchtig|bekritiseren|0.91
p:te lui|bekritiseren|1.0
p:te maken|jij-boodschap|-0.98
p:te maken|waarschuwen|0.77
p:te maken|interpreteren|-0.8
p:te maken|vervolgafspraak|-0.85
p:te makkelijk|jij-boodschap|0.83
p:te makkelijk|interpreteren|0.94
p:te moeilijk|parafrase|-1.86
p:te moeilijk|gevoelsreflectie|0.94
p:te moeilijk|samenvatting|0.78
p:te moeilijk|open-vraag|0.97
p:te moeilijk|moraliseren|-0.95
p:te moeilijk|argumenteren|0.85
p:te moeilijk|vervolgafspraak|0.86
p:te moeten|adviseren|-1.0
p:te nemen|parafrase|-1.0
p:te nemen|gevoelsreflectie|-1.0
p:te nemen|open-vraag|0.96
p:te nemen|bevelen|-0.87
p:te nemen|moraliseren|1.0
p:te nemen|adviseren|0.82
p:te overleggen|vervolgafspraak|0.92
p:te praten|bekritiseren|1.66
p:te regelen|jij-boodschap|0.83
p:te regelen|prijzen|0.92
p:te regelen|vervolgafspraak|-0.92
p:te regelen|bedanken|-0.75
p:te rollen|bevelen|0.97
p:te rollen|bekritiseren|0.84
p:te ronden|afronding-aankondigen|1.0
p:te snel|parafrase|0.94
p:te spreken|moraliseren|0.76
p:te spreken|argumenteren|-0.8
p:te staan|moraliseren|0.98
p:te staan|bekritiseren|0.98
p:te staren|ik-boodschap|-0.98
p:te stellen|moraliseren|1.0
p:te stellen|bekritiseren|0.27
p:te tillen|bevelen|-0.92
p:te tillen|moraliseren|-0.92
p:te tillen|interpreteren|-0.7
p:te tillen|geruststellen|-0.92
p:te tillen|afleiden|1.63
p:te tornen|argumenteren|0.83
p:te vatten|parafrase|-0.91
p:te veel|ik-boodschap|-0.98
p:te veel|adviseren|-1.0
p:te veel|etiketteren|-1.0
p:te verbergen|interpreteren|1.68
p:te voelen|bekritiseren|-0.9
p:te vol|parafrase|0.98
p:te vragen|samenvatting|0.98
p:te vragen|geruststellen|-0.98
p:te wachten|argumenteren|-0.94
p:te wachten|vervolgafspraak|-0.94
p:te weinig|interpreteren|0.98
p:te werken|ik-boodschap|-0.42
p:te werken|bekritiseren|-1.0
p:te werken|bedanken|-0.92
p:te weten|jij-boodschap|-0.91
p:te weten|moraliseren|0.96
p:te weten|bekritiseren|-1.93
p:te wisselen|samenvatting|0.91
p:te worden|geruststellen|0.85
p:te zeggen|bekritiseren|-0.78
p:te zien|ik-boodschap|1.91
p:te zien|gevoelsreflectie|0.99
p:te zien|moraliseren|-0.92
p:te zien|interpreteren|-0.67
p:te zijn|moraliseren|1.0
p:te zijn|argumenteren|-1.0
p:te zijn|prijzen|-1.0
p:te zijn|interpreteren|-0.97
p:te zijn|geruststellen|0.99
p:te zijn|ondervragen|-1.0
p:te zwaar|parafrase|0.77
p:team een|ik-boodschap|0.99
p:teamleider erbij|parafrase|0.8
p:teamleider erbij|samenvatting|-1.0
p:teamleider erbij|afronding-aankondigen|1.0
p:teamleider erbij|vervolgafspraak|1.9
p:teamleider erbij|bedanken|-0.33
p:teamleider gesproken|vervolgafspraak|-0.97
p:teamleider van|vervolgafspraak|-0.99
p:teamoverleg terug|vervolgafspraak|0.99
p:tegen de|ik-boodschap|0.91
p:tegen die|parafrase|0.9
p:tegen die|waarschuwen|-0.9
p:tegen die|geruststellen|-0.92
p:tegen die|afleiden|-0.92
p:tegen haar|interpreteren|-0.94
p:tegen het|parafrase|0.9
p:tegen het|waarschuwen|-0.9
p:tegen het|geruststellen|-0.92
p:tegen het|afleiden|-0.92
p:tegen je|ik-boodschap|-0.93
p:tegen je|moraliseren|1.0
p:tegen jou|jij-boodschap|0.99
p:tegen jou|samenvatting|-0.99
p:tegen jou|bekritiseren|0.99
p:tegen mij|gevoelsreflectie|0.81
p:tegen mij|open-vraag|-0.94
p:tegen mij|bekritiseren|1.0
p:tegen mij|ondervragen|0.97
p:tegen mijn|waarschuwen|1.0
p:tegen uw|bevelen|0.97
p:tegenover de|argumenteren|0.64
p:tegenover je|jij-boodschap|-0.31
p:tegenover je|moraliseren|0.91
p:tegenover je|bekritiseren|-1.02
p:tegenover je|geruststellen|-0.99
p:tegenwoordig heel|geruststellen|-0.92
p:tegenwoordig heel|afleiden|0.92
p:tegenwoordig veel|ik-boodschap|-0.9
p:tegenwoordig veel|samenvatting|-0.9
p:tekent u|bedanken|-0.92
p:tekortpunten is|argumenteren|0.93
p:telefoon 's|parafrase|-0.99
p:telefoon 's|bevelen|-0.96
p:telefoon 's|waarschuwen|-0.99
p:telefoon 's|adviseren|0.97
p:telefoon 's|argumenteren|-0.99
p:telefoon ?|ik-boodschap|-0.97
p:telefoon doet|open-vraag|-0.87
p:telefoon doet|ondervragen|-0.9
p:telefoon eens|ik-boodschap|1.48
p:telefoon eens|adviseren|-0.95
p:telefoon en|samenvatting|1.0
p:telefoon en|afronding-aankondigen|-1.0
p:telefoon gebruikt|jij-boodschap|-0.6
p:telefoon inleveren|waarschuwen|-0.75
p:telefoon meeneemt|parafrase|-0.94
p:telefoon niet|ik-boodschap|-0.7
p:telefoon niet|waarschuwen|1.82
p:telefoon nog|vervolgafspraak|-0.8
p:telefoon om|parafrase|1.0
p:telefoon om|adviseren|1.0
p:telefoon onder|open-vraag|-0.87
p:telefoon onder|vervolgafspraak|0.98
p:telefoon pakt|adviseren|-0.94
p:telefoon pakt|bekritiseren|-0.84
p:telefoon voortaan|bevelen|-0.83
p:telefoon voortaan|afleiden|-0.99
p:telefoon weg|bevelen|0.89
p:telefoon zit|open-vraag|1.0
p:telefoonnummer kan|open-vraag|-0.97
p:telefoons in|ik-boodschap|-1.0
p:telefoons in|bevelen|0.85
p:teleurgesteld begrijp|parafrase|-2.62
p:teleurgesteld bent|parafrase|1.0
p:teleurgesteld dat|gevoelsreflectie|0.93
p:teleurgesteld in|jij-boodschap|0.92
p:teleurgesteld in|bekritiseren|0.96
p:teleurgesteld lucas|open-vraag|-1.0
p:teleurgesteld omdat|gevoelsreflectie|0.96
p:teleurgesteld over|ik-boodschap|0.87
p:teleurgesteld samengevat|gevoelsreflectie|0.94
p:teleurgesteld samengevat|samenvatting|0.78
p:teleurgesteld samengevat|vervolgafspraak|0.86
p:teleurgesteld want|jij-boodschap|-1.0
p:teleurgesteld want|bekritiseren|-1.0
p:telkens verschuiven|vervolgafspraak|-0.95
p:telt drie|bekritiseren|-0.96
p:tenminste goed|afleiden|0.9
p:ter sprake|gevoelsreflectie|0.94
p:ter sprake|open-vraag|0.8
p:terecht echt|geruststellen|0.86
p:terug en|parafrase|-1.0
p:terug en|samenvatting|1.0
p:terug gehoord|ik-boodschap|-0.97
p:terug gehoord|jij-boodschap|-0.81
p:terug gehoord|bekritiseren|0.97
p:terug hij|parafrase|-1.0
p:terug je|samenvatting|0.91
p:terug met|waarschuwen|-0.9
p:terug met|bedanken|0.9
p:terug op|open-vraag|0.97
p:terug van|vervolgafspraak|-0.95
p:terwijl er|open-vraag|-0.94
p:terwijl ik|afronding-aankondigen|-0.94
p:terwijl u|bekritiseren|0.27
p:tess hoe|open-vraag|0.98
p:tevoren al|open-vraag|-1.8
p:tevoren al|adviseren|1.8
p:tevreden over|gevoelsreflectie|-0.98
p:thanks dat|bekritiseren|-0.95
p:thee ?|ondervragen|-1.0
p:thijs de|ik-boodschap|0.81
p:thnx voor|bedanken|0.92
p:thuis ?|ik-boodschap|2.62
p:thuis ?|parafrase|-0.99
p:thuis ?|samenvatting|-0.98
p:thuis ?|open-vraag|2.0
p:thuis ?|adviseren|-0.93
p:thuis ?|interpreteren|-0.6
p:thuis ?|ondervragen|1.07
p:thuis als|gevoelsreflectie|0.94
p:thuis als|open-vraag|0.8
p:thuis beter|parafrase|1.0
p:thuis dat|jij-boodschap|-0.91
p:thuis dat|moraliseren|1.0
p:thuis dat|bekritiseren|-0.96
p:thuis de|afronding-aankondigen|-0.97
p:thuis de|vervolgafspraak|0.97
p:thuis druk|interpreteren|-0.98
p:thuis een|adviseren|0.93
p:thuis eigenlijk|afleiden|-0.97
p:thuis en|jij-boodschap|-0.98
p:thuis en|samenvatting|0.74
p:thuis en|bevelen|0.95
p:thuis en|afronding-aankondigen|0.98
p:thuis en|vervolgafspraak|-0.95
p:thuis eruit|bedanken|-0.99
p:thuis gaat|parafrase|-1.0
p:thuis gaat|samenvatting|1.0
p:thuis gebeurd|open-vraag|0.67
p:thuis gebeurd|geruststellen|0.95
p:thuis gebeurt|gevoelsreflectie|-0.97
p:thuis gebeurt|bekritiseren|0.59
p:thuis gewoon|bevelen|-0.98
p:thuis gewoon|bekritiseren|0.99
p:thuis heel|gevoelsreflectie|-0.99
p:thuis helemaal|gevoelsreflectie|0.91
p:thuis helemaal|samenvatting|-0.85
p:thuis helemaal|open-vraag|-0.96
p:thuis hoe|open-vraag|0.97
p:thuis hoort|moraliseren|1.0
p:thuis hoort|argumenteren|-1.0
p:thuis hoort|prijzen|-1.0
p:thuis hoort|ondervragen|-1.0
p:thuis iets|afronding-aankondigen|-0.98
p:thuis is|parafrase|-0.96
p:thuis kan|prijzen|0.82
p:thuis kost|samenvatting|1.0
p:thuis kost|afronding-aankondigen|1.0
p:thuis kost|bedanken|1.0
p:thuis lag|ondervragen|0.9
p:thuis lukt|samenvatting|-0.96
p:thuis lukt|open-vraag|-0.99
p:thuis merkt|parafrase|-0.81
p:thuis merkt|gevoelsreflectie|-0.94
p:thuis merkt|bekritiseren|-0.88
p:thuis met|ik-boodschap|-0.91
p:thuis met|samenvatting|0.8
p:thuis met|bedanken|0.92
p:thuis net|geruststellen|-0.99
p:thuis niet|gevoelsreflectie|0.99
p:thuis niet|open-vraag|0.99
p:thuis niet|interpreteren|1.0
p:thuis nooit|waarschuwen|0.97
p:thuis nooit|adviseren|1.0
p:thuis nooit|bekritiseren|0.78
p:thuis op|samenvatting|0.99
p:thuis over|open-vraag|-1.0
p:thuis speelt|interpreteren|0.81
p:thuis te|gevoelsreflectie|0.99
p:thuis te|interpreteren|0.98
p:thuis uit|vervolgafspraak|-0.88
p:thuis uitziet|ondervragen|-0.9
p:thuis vaak|parafrase|0.99
p:thuis van|ik-boodschap|-0.57
p:thuis veel|ik-boodschap|-0.98
p:thuis wat|adviseren|-0.93
p:thuis wat|interpreteren|0.94
p:thuis wel|parafrase|0.96
p:thuis wel|gevoelsreflectie|-0.99
p:thuis wel|geruststellen|-0.89
p:thuis zit|parafrase|0.92
p:thuis zit|samenvatting|-0.77
p:thuisblijven ?|bekritiseren|-0.99
p:thuisblijven ?|ondervragen|0.99
p:thuisgehouden ?|bekritiseren|0.99
p:thuiskwam ?|samenvatting|-0.96
p:thuiskwam ?|aanmoediging|0.96
p:tien minuten|samenvatting|-0.9
p:tien minuten|open-vraag|0.87
p:tien over|vervolgafspraak|-0.91
p:tien uur|ik-boodschap|0.98
p:tien uur|waarschuwen|-0.98
p:tien uur|moraliseren|0.91
p:tien uur|adviseren|-0.99
p:tijd dat|open-vraag|0.87
p:tijd dus|bedanken|-0.96
p:tijd hoor|aanmoediging|0.99
p:tijd hoor|bevelen|-0.84
p:tijd ik|gevoelsreflectie|0.82
p:tijd ingeleverd|argumenteren|0.64
p:tijd is|jij-boodschap|-0.97
p:tijd kunt|moraliseren|-0.94
p:tijd met|bevelen|0.97
p:tijd met|bekritiseren|0.84
p:tijd naar|ik-boodschap|-0.88
p:tijd naar|jij-boodschap|0.32
p:tijd naar|gevoelsreflectie|0.96
p:tijd naar|adviseren|-0.87
p:tijd om|afronding-aankondigen|1.0
p:tijd over|ik-boodschap|1.0
p:tijd te|bekritiseren|0.94
p:tijd uit|bekritiseren|-0.99
p:tijd vaak|open-vraag|-0.64
p:tijd vaak|aanmoediging|-1.0
p:tijd vaak|geruststellen|-1.0
p:tijd vaak|ondervragen|-1.0
p:tijd voor|gevoelsreflectie|-0.91
p:tijd we|vervolgafspraak|-0.92
p:tijd zit|prijzen|-0.89
p:tijdens de|open-vraag|-0.94
p:tijdens een|vervolgafspraak|-0.8
p:tijdens het|ik-boodschap|1.95
p:tijdens het|samenvatting|-0.98
p:tijdens mijn|waarschuwen|-0.99
p:tijdens toetsen|ik-boodschap|-0.93
p:timo zijn|waarschuwen|-1.0
p:tip is|adviseren|0.92
p:tip leg|waarschuwen|-0.99
p:tja bedankt|bekritiseren|1.78
p:tja bedankt|bedanken|-1.6
p:tja dat|etiketteren|0.95
p:tja hij|jij-boodschap|0.4
p:tja maar|open-vraag|-1.73
p:tja pubers|moraliseren|-1.0
p:tja pubers|bekritiseren|-0.82
p:tja pubers|afleiden|1.0
p:toch ?|gevoelsreflectie|-0.93
p:toch ?|bekritiseren|-0.96
p:toch ?|prijzen|-0.91
p:toch ?|afleiden|-0.95
p:toch akkoord|geruststellen|-0.47
p:toch begrijpen|afleiden|-0.92
p:toch beter|waarschuwen|-0.91
p:toch een|bedanken|-0.92
p:toch geen|argumenteren|-0.9
p:toch het|prijzen|-0.65
p:toch komen|parafrase|0.92
p:toch komen|samenvatting|-0.77
p:toch logisch|argumenteren|0.91
p:toch makkelijk|waarschuwen|-0.9
p:toch makkelijk|prijzen|0.65
p:toch mijn|prijzen|0.97
p:toch moeten|moraliseren|1.9
p:toch moeten|argumenteren|-1.0
p:toch moeten|prijzen|-1.0
p:toch moeten|ondervragen|-1.0
p:toch niet|prijzen|0.97
p:toch niet|afleiden|0.9
p:toch niks|gevoelsreflectie|0.84
p:toch niks|afleiden|0.98
p:toch ook|bevelen|-0.96
p:toch ook|moraliseren|0.96
p:toch ook|argumenteren|-0.87
p:toch vertelt|bedanken|0.82
p:toch wel|prijzen|1.0
p:toch weten|waarschuwen|-1.0
p:toch zelf|argumenteren|0.93
p:toch zo'n|prijzen|1.0
p:toe kwam|ik-boodschap|0.9
p:toe thuis|parafrase|-1.0
p:toe thuis|samenvatting|1.0
p:toe weinig|parafrase|0.97
p:toegeven dat|argumenteren|-0.99
p:toegeven dat|interpreteren|0.99
p:toen ?|gevoelsreflectie|-0.63
p:toen ?|aanmoediging|0.97
p:toen ?|afleiden|-0.97
p:toen emma|ik-boodschap|0.68
p:toen hij|ik-boodschap|-0.63
p:toen hij|samenvatting|-0.99
p:toen hij|open-vraag|0.6
p:toen ik|gevoelsreflectie|-0.97
p:toen ik|vervolgafspraak|-1.0
p:toen je|ik-boodschap|2.43
p:toen je|gevoelsreflectie|-0.83
p:toen leek|jij-boodschap|0.92
p:toen leek|bekritiseren|0.83
p:toen meneer|gevoelsreflectie|-0.88
p:toen niemand|gevoelsreflectie|0.94
p:toen u|aanmoediging|-0.73
p:toen voor|parafrase|1.0
p:toen voor|aanmoediging|-1.0
p:toen ze|samenvatting|-0.96
p:toen ze|aanmoediging|0.96
p:toets dat|argumenteren|-0.82
p:toets dat|geruststellen|0.96
p:toets gemist|afleiden|-0.98
p:toets is|ik-boodschap|-0.64
p:toets je|interpreteren|0.81
p:toets maar|gevoelsreflectie|-0.91
p:toets mist|argumenteren|0.95
p:toets neem|vervolgafspraak|-0.8
p:toets niet|adviseren|0.93
p:toets om|open-vraag|-0.94
p:toets op|interpreteren|-0.81
p:toets stond|argumenteren|1.0
p:toets te|parafrase|0.91
p:toets te|open-vraag|0.97
p:toets telt|bekritiseren|-0.96
p:toets vast|ik-boodschap|0.93
p:toets vast|vervolgafspraak|0.93
p:toets voor|bekritiseren|-0.95
p:toets vorige|argumenteren|-1.0
p:toets was|gevoelsreflectie|0.94
p:toets was|samenvatting|0.78
p:toets was|moraliseren|-0.95
p:toets was|argumenteren|0.99
p:toets was|vervolgafspraak|0.86
p:toets wordt|moraliseren|-0.89
p:toets zelf|argumenteren|0.9
p:toetsen na|ik-boodschap|-0.96
p:toetsen niet|ik-boodschap|0.9
p:toetsen niet|vervolgafspraak|-1.0
p:toetsen onvoldoende|argumenteren|0.7
p:toetsen opschrijft|ik-boodschap|0.9
p:toetsen te|parafrase|-0.96
p:toetsweek een|bedanken|-0.66
p:toetsweek heel|ik-boodschap|0.61
p:toetsweek opnieuw|adviseren|-0.93
p:toetsweek vastligt|argumenteren|0.94
p:toetsweek zie|waarschuwen|-0.9
p:toetsweek zie|bedanken|0.9
p:toetsweek zijn|ik-boodschap|-0.93
p:toezicht thuis|jij-boodschap|-0.98
p:tof dat|ik-boodschap|0.9
p:tolk erbij|afleiden|-1.0
p:tolk goed|ik-boodschap|-0.91
p:tolk goed|parafrase|0.91
p:tolk vertaalt|etiketteren|-0.91
p:tolk via|vervolgafspraak|0.91
p:toon is|geruststellen|-0.85
p:top dat|bedanken|0.98
p:tot het|ik-boodschap|-0.7
p:tot het|waarschuwen|0.91
p:tot hoe|argumenteren|-0.91
p:tot ik|bevelen|0.8
p:tot middernacht|bekritiseren|0.27
p:tot nu|samenvatting|1.0
p:tot rust|parafrase|1.0
p:tot rust|adviseren|1.0
p:tot stand|argumenteren|-0.92
p:tot twaalf|argumenteren|0.91
p:tot vrijdag|vervolgafspraak|-0.8
p:trainer ?|adviseren|0.93
p:trainingen van|ik-boodschap|0.99
p:trekt hij|geruststellen|0.92
p:trekt je|parafrase|0.79
p:trekt je|samenvatting|-0.93
p:trekt ze|parafrase|-1.0
p:trekt ze|samenvatting|1.0
p:trekt zich|jij-boodschap|1.0
p:trekt zich|bekritiseren|0.33
p:trekt zich|geruststellen|-1.0
p:trouwens de|geruststellen|0.5
p:trouwens met|open-vraag|-0.93
p:trouwens vandaag|moraliseren|-1.0
p:trouwens vandaag|bekritiseren|-0.82
p:trouwens vandaag|afleiden|1.0
p:tussen jullie|open-vraag|0.7
p:twaalf niet|moraliseren|1.0
p:twaalf niet|argumenteren|-1.0
p:twaalf niet|prijzen|-1.0
p:twaalf niet|ondervragen|-1.0
p:twaalf uur|argumenteren|0.91
p:twee dagen|ik-boodschap|-0.99
p:twee keer|ik-boodschap|0.97
p:twee keer|open-vraag|0.96
p:twee kinderen|jij-boodschap|-0.95
p:twee kinderen|bekritiseren|-0.96
p:twee toetsen|ik-boodschap|-0.96
p:twee uur|parafrase|-0.75
p:twee uur|bekritiseren|0.94
p:twee vakken|bevelen|-0.95
p:twee vingers|geruststellen|1.64
p:twee weken|ik-boodschap|0.99
p:twee weken|parafrase|-0.9
p:twee weken|samenvatting|1.81
p:twee weken|open-vraag|-1.0
p:twee weken|moraliseren|-1.0
p:twee weken|adviseren|0.93
p:twee weken|argumenteren|0.92
p:twee weken|vervolgafspraak|1.77
p:twee zorgen|vervolgafspraak|-0.98
p:tweede allemaal|afleiden|0.94
p:tweede is|afleiden|0.9
p:tweede klas|geruststellen|0.89
p:tweede klas|afleiden|-1.79
p:tweede rapport|open-vraag|-0.99
p:tweede rapport|bedanken|-0.66
p:tweede stelt|gevoelsreflectie|0.84
p:tweede stelt|afleiden|0.98
p:tweede uur|ik-boodschap|0.93
p:tweede uur|vervolgafspraak|1.91
p:tweeën gekomen|adviseren|-0.97
p:typisch helikopterouder|etiketteren|0.95
p:typisch zo'n|etiketteren|0.99
p:typische curlingouder|prijzen|-0.99
p:u ?|gevoelsreflectie|-1.0
p:u ?|open-vraag|1.97
p:u ?|argumenteren|-0.81
p:u ?|prijzen|-1.0
p:u achter|bekritiseren|0.98
p:u ajax|ondervragen|-0.99
p:u ajax|afleiden|0.99
p:u alleen|bedanken|-0.98
p:u alles|bekritiseren|1.08
p:u als|parafrase|-1.0
p:u als|samenvatting|2.0
p:u als|bekritiseren|0.27
p:u als|afronding-aankondigen|-1.0
p:u altijd|bekritiseren|0.65
p:u altijd|prijzen|0.92
p:u altijd|vervolgafspraak|-0.92
p:u altijd|bedanken|-0.75
p:u bedoelt|parafrase|0.98
p:u bedoelt|interpreteren|-0.89
p:u belt|bevelen|0.95
p:u belt|bedanken|0.96
p:u bemoeit|gevoelsreflectie|-0.86
p:u bent|jij-boodschap|-0.22
p:u bent|parafrase|0.68
p:u bent|samenvatting|0.78
p:u bent|open-vraag|-0.99
p:u bent|aanmoediging|-0.93
p:u bent|bevelen|-0.83
p:u bent|waarschuwen|-0.78
p:u bent|moraliseren|-1.0
p:u bent|bekritiseren|0.59
p:u bent|prijzen|0.95
p:u bent|etiketteren|-1.0
p:u bent|interpreteren|0.89
p:u bent|geruststellen|-1.91
p:u bent|afleiden|-0.99
p:u bent|vervolgafspraak|0.86
p:u beschermt|prijzen|-0.97
p:u beschermt|interpreteren|0.9
p:u bespreken|interpreteren|-0.97
p:u bespreken|vervolgafspraak|-0.97
p:u blij|geruststellen|0.92
p:u boos|gevoelsreflectie|0.98
p:u boos|afleiden|0.9
p:u controleert|jij-boodschap|0.9
p:u controleert|bekritiseren|0.97
p:u daar|ik-boodschap|-0.57
p:u daar|open-vraag|1.01
p:u daarna|samenvatting|-0.74
p:u daarna|bedanken|-0.82
p:u daartegenaan|parafrase|-0.78
p:u daarvan|ik-boodschap|1.93
p:u dan|gevoelsreflectie|0.91
p:u dankbaar|gevoelsreflectie|-0.96
p:u dat|ik-boodschap|0.73
p:u dat|jij-boodschap|0.9
p:u dat|parafrase|-1.78
p:u dat|gevoelsreflectie|-0.94
p:u dat|samenvatting|-0.11
p:u dat|open-vraag|1.97
p:u dat|argumenteren|-1.72
p:u dat|bekritiseren|-0.88
p:u dat|prijzen|-1.0
p:u dat|ondervragen|1.05
p:u dat|afleiden|-0.95
p:u de|ik-boodschap|-0.91
p:u de|parafrase|1.75
p:u de|open-vraag|-1.0
p:u de|argumenteren|-0.96
p:u de|geruststellen|-1.0
p:u de|ondervragen|0.95
p:u dekt|jij-boodschap|1.34
p:u dekt|bekritiseren|1.34
p:u denkt|bekritiseren|1.08
p:u denkt|geruststellen|0.83
p:u dient|jij-boodschap|-0.65
p:u dit|parafrase|-0.97
p:u dit|waarschuwen|0.98
p:u dit|ondervragen|-0.9
p:u doet|geruststellen|1.86
p:u donderdag|afronding-aankondigen|-0.87
p:u donderdag|vervolgafspraak|0.99
p:u door|aanmoediging|0.97
p:u door|waarschuwen|0.89
p:u echt|bekritiseren|-0.99
p:u een|aanmoediging|-0.96
p:u een|geruststellen|1.79
p:u eens|ik-boodschap|0.97
p:u eens|gevoelsreflectie|0.88
p:u eens|adviseren|0.83
p:u eens|bedanken|-0.99
p:u eerder|bekritiseren|-2.13
p:u eerlijk|bedanken|0.97
p:u er|jij-boodschap|-0.93
p:u er|gevoelsreflectie|-0.99
p:u er|open-vraag|-0.99
p:u er|bekritiseren|-0.32
p:u er|geruststellen|-1.94
p:u er|ondervragen|0.93
p:u er|vervolgafspraak|-0.94
p:u er|bedanken|-0.97
p:u ervan|bekritiseren|-0.34
p:u ervoor|bevelen|0.99
p:u frustreert|gevoelsreflectie|1.0
p:u gaat|aanmoediging|0.97
p:u gaat|prijzen|0.97
p:u gaat|geruststellen|-0.47
p:u gebeld|parafrase|0.71
p:u geeft|parafrase|0.99
p:u geeft|bevelen|-1.0
p:u geen|adviseren|1.0
p:u geen|etiketteren|-1.0
p:u geen|geruststellen|1.0
p:u gefrusteerd|geruststellen|-0.93
p:u gekomen|gevoelsreflectie|-0.98
p:u gekomen|geruststellen|-0.92
p:u gekomen|vervolgafspraak|-0.98
p:u gelijk|bekritiseren|-0.95
p:u geschrokken|argumenteren|0.83
p:u geweest|gevoelsreflectie|0.98
p:u gewoon|bekritiseren|0.93
p:u geïrriteerd|gevoelsreflectie|1.0
p:u goed|parafrase|0.99
p:u goed|gevoelsreflectie|0.96
p:u goed|samenvatting|-0.92
p:u goed|open-vraag|0.97
p:u goed|aanmoediging|-0.99
p:u goed|adviseren|-0.82
p:u goed|argumenteren|-0.81
p:u graag|parafrase|-0.99
p:u graag|waarschuwen|-0.9
p:u graag|bedanken|0.24
p:u haar|ik-boodschap|-0.64
p:u haar|gevoelsreflectie|-0.87
p:u haar|ondervragen|0.9
p:u had|parafrase|1.0
p:u had|gevoelsreflectie|-0.99
p:u had|open-vraag|-1.0
p:u had|bevelen|-0.95
p:u had|waarschuwen|-0.91
p:u halverwege|afronding-aankondigen|-0.9
p:u hebben|prijzen|-0.91
p:u hebt|etiketteren|-0.91
p:u heeft|jij-boodschap|1.85
p:u heeft|parafrase|-0.91
p:u heeft|samenvatting|-0.83
p:u heeft|open-vraag|1.0
p:u heeft|argumenteren|0.81
p:u heeft|bekritiseren|0.85
p:u heeft|prijzen|1.64
p:u heeft|etiketteren|-0.99
p:u heeft|interpreteren|-0.89
p:u heeft|geruststellen|-0.99
p:u heeft|ondervragen|-0.96
p:u heeft|bedanken|-0.99
p:u heen|gevoelsreflectie|-0.78
p:u heen|samenvatting|-1.0
p:u helpen|gevoelsreflectie|-0.94
p:u helpen|open-vraag|0.96
p:u hem|jij-boodschap|-0.93
p:u hem|open-vraag|-1.0
p:u hem|bevelen|1.0
p:u hem|adviseren|0.97
p:u hem|bekritiseren|0.8
p:u hem|interpreteren|0.94
p:u hem|ondervragen|0.99
p:u het|parafrase|0.97
p:u het|gevoelsreflectie|1.03
p:u het|aanmoediging|0.97
p:u het|adviseren|-0.97
p:u het|interpreteren|0.98
p:u het|geruststellen|-0.95
p:u het|vervolgafspraak|0.91
p:u het|bedanken|0.82
p:u hier|gevoelsreflectie|1.0
p:u hier|open-vraag|0.96
p:u hier|geruststellen|-0.67
p:u hier|bedanken|0.82
p:u hoe|samenvatting|0.99
p:u hoeft|interpreteren|-0.97
p:u hoeft|geruststellen|1.84
p:u hoor|parafrase|1.96
p:u hoor|geruststellen|-0.99
p:u hoort|bekritiseren|0.19
p:u hoort|prijzen|-0.65
p:u houdt|bevelen|-0.94
p:u iets|afleiden|-0.88
p:u in|open-vraag|-0.94
p:u is|parafrase|0.96
p:u is|adviseren|-1.0
p:u is|argumenteren|-0.96
p:u kijkt|bedanken|-0.91
p:u klinkt|parafrase|-2.62
p:u klinkt|etiketteren|0.89
p:u koffie|ondervragen|-1.0
p:u komt|moraliseren|-1.0
p:u komt|geruststellen|-0.47
p:u kunt|jij-boodschap|-0.85
p:u kunt|adviseren|0.91
p:u kunt|bekritiseren|-0.94
p:u kunt|geruststellen|0.98
p:u laat|adviseren|-1.0
p:u let|samenvatting|0.99
p:u let|bekritiseren|0.87
p:u ligt|parafrase|0.84
p:u lijkt|geruststellen|-0.99
p:u luistert|gevoelsreflectie|-0.93
p:u luistert|bevelen|0.95
p:u luistert|afleiden|-1.0
p:u maakt|samenvatting|0.9
p:u maakt|open-vraag|-0.92
p:u maandag|afronding-aankondigen|0.97
p:u maandag|vervolgafspraak|0.92
p:u mag|aanmoediging|0.93
p:u me|bevelen|0.91
p:u merkt|parafrase|1.0
p:u merkt|adviseren|1.0
p:u meteen|gevoelsreflectie|-0.99
p:u mij|bevelen|0.93
p:u mij|vervolgafspraak|-0.99
p:u moe|adviseren|1.0
p:u moet|ik-boodschap|0.94
p:u moet|bevelen|1.92
p:u moet|adviseren|-0.87
p:u moet|geruststellen|-0.96
p:u moet|afleiden|-0.92
p:u moeten|bekritiseren|0.74
p:u morgen|parafrase|-0.99
p:u morgen|samenvatting|-0.99
p:u morgen|bevelen|-0.73
p:u morgen|vervolgafspraak|0.99
p:u naar|argumenteren|0.91
p:u natuurlijk|prijzen|0.96
p:u nauwelijks|bekritiseren|1.94
p:u neemt|moraliseren|-0.92
p:u niet|jij-boodschap|-1.0
p:u niet|open-vraag|-1.0
p:u niet|aanmoediging|-1.0
p:u niet|bevelen|-0.92
p:u niet|moraliseren|-0.92
p:u niet|adviseren|1.85
p:u niet|prijzen|-0.92
p:u niet|interpreteren|-0.7
p:u niet|afleiden|1.63
p:u niets|bekritiseren|-3.14
p:u niets|vervolgafspraak|-0.88
p:u niks|jij-boodschap|1.79
p:u niks|samenvatting|-0.83
p:u niks|bekritiseren|1.88
p:u niks|ondervragen|-0.96
p:u nog|samenvatting|0.93
p:u nog|open-vraag|0.94
p:u nog|afleiden|0.91
p:u nou|jij-boodschap|-0.98
p:u nou|bekritiseren|-0.73
p:u nu|bevelen|1.0
p:u nu|adviseren|-1.0
p:u om|samenvatting|0.8
p:u om|bedanken|0.92
p:u onderschat|waarschuwen|0.75
p:u ongerust|geruststellen|0.7
p:u ons|adviseren|-1.0
p:u ons|interpreteren|-1.0
p:u op|adviseren|-0.82
p:u op|bedanken|-0.91
p:u over|gevoelsreflectie|0.93
p:u over|samenvatting|0.96
p:u over|adviseren|0.93
p:u over|geruststellen|-0.97
p:u over|vervolgafspraak|1.73
p:u praat|ik-boodschap|-0.91
p:u praat|samenvatting|0.8
p:u praat|bedanken|0.92
p:u praten|open-vraag|-0.94
p:u precies|open-vraag|1.0
p:u raakt|gevoelsreflectie|0.82
p:u radeloos|gevoelsreflectie|0.88
p:u reageert|jij-boodschap|0.91
p:u roep|bevelen|0.8
p:u rustig|ik-boodschap|-1.0
p:u rustig|aanmoediging|1.0
p:u rustig|interpreteren|-1.0
p:u schrikt|jij-boodschap|-0.9
p:u schrikt|gevoelsreflectie|0.99
p:u schrikt|geruststellen|0.99
p:u snapt|adviseren|-1.0
p:u snapt|prijzen|1.0
p:u te|bekritiseren|-0.97
p:u tegen|bevelen|0.97
p:u teleurgesteld|parafrase|1.0
p:u thuis|ik-boodschap|-0.98
p:u thuis|parafrase|-0.99
p:u thuis|adviseren|0.93
p:u thuis|prijzen|0.82
p:u thuis|afronding-aankondigen|-0.97
p:u thuis|vervolgafspraak|0.97
p:u thuis|bedanken|-0.99
p:u toch|waarschuwen|-1.0
p:u toch|argumenteren|0.93
p:u toch|bedanken|-0.92
p:u u|jij-boodschap|-0.96
p:u uitgeprint|aanmoediging|-0.85
p:u van|open-vraag|0.99
p:u vandaag|bevelen|-0.99
p:u vandaag|prijzen|-0.99
p:u vandaag|bedanken|0.99
p:u vast|adviseren|-0.93
p:u vast|prijzen|0.99
p:u vast|ondervragen|-0.93
p:u verder|gevoelsreflectie|-1.0
p:u verdriet|parafrase|-0.97
p:u vergeet|argumenteren|0.9
p:u vergist|argumenteren|1.0
p:u vergist|vervolgafspraak|-1.0
p:u verkeerd|argumenteren|0.99
p:u vertelde|parafrase|-0.94
p:u vertellen|ondervragen|-0.9
p:u vindt|jij-boodschap|0.98
p:u vindt|parafrase|0.88
p:u vindt|samenvatting|-1.0
p:u vindt|open-vraag|-1.0
p:u vindt|bevelen|-0.83
p:u vindt|waarschuwen|-0.78
p:u vindt|adviseren|0.82
p:u vindt|prijzen|1.91
p:u vindt|etiketteren|0.99
p:u vindt|geruststellen|-1.0
p:u vindt|afleiden|-0.99
p:u vindt|vervolgafspraak|-0.92
p:u vindt|bedanken|-0.75
p:u voelt|gevoelsreflectie|0.99
p:u volgende|afronding-aankondigen|0.86
p:u volgende|vervolgafspraak|0.98
p:u voor|samenvatting|-1.0
p:u voor|bekritiseren|-1.0
p:u voor|afronding-aankondigen|-1.0
p:u voor|vervolgafspraak|-0.1
p:u voor|bedanken|0.67
p:u vooral|gevoelsreflectie|0.14
p:u vooral|adviseren|-0.82
p:u vragen|waarschuwen|-0.98
p:u vrijdag|ik-boodschap|-1.0
p:u vrijdag|samenvatting|-1.69
p:u vrijdag|adviseren|-0.92
p:u vrijdag|afronding-aankondigen|-0.93
p:u vrijdag|vervolgafspraak|1.0
p:u vrijdag|bedanken|0.8
p:u vroeger|prijzen|-0.97
p:u vroeger|interpreteren|0.9
p:u wacht|bevelen|0.8
p:u was|ik-boodschap|-1.0
p:u was|jij-boodschap|-1.0
p:u was|waarschuwen|-1.0
p:u was|adviseren|0.92
p:u was|prijzen|0.92
p:u wat|open-vraag|-0.87
p:u weet|parafrase|-1.0
p:u weet|samenvatting|1.0
p:u weet|moraliseren|0.96
p:u weet|adviseren|-0.81
p:u weet|argumenteren|-0.87
p:u weet|bekritiseren|-0.81
p:u wel|bevelen|-1.94
p:u wel|waarschuwen|0.92
p:u wel|adviseren|1.0
p:u wel|bekritiseren|1.46
p:u wel|prijzen|-1.91
p:u wel|geruststellen|-0.92
p:u wel|ondervragen|-1.0
p:u wel|afronding-aankondigen|0.98
p:u wel|vervolgafspraak|-0.94
p:u wel|bedanken|0.97
p:u werkt|bevelen|-0.9
p:u wilt|parafrase|-0.65
p:u wilt|gevoelsreflectie|-1.03
p:u wilt|samenvatting|1.79
p:u wilt|argumenteren|-0.99
p:u wilt|bekritiseren|-0.42
p:u wilt|interpreteren|0.99
p:u wilt|vervolgafspraak|-0.61
p:u zeggen|gevoelsreflectie|-1.0
p:u zegt|parafrase|1.96
p:u zegt|samenvatting|-1.8
p:u zegt|open-vraag|-0.96
p:u zegt|moraliseren|0.91
p:u zelf|bekritiseren|-0.96
p:u zich|parafrase|-1.0
p:u zich|gevoelsreflectie|0.83
p:u zich|samenvatting|-0.97
p:u zich|open-vraag|1.69
p:u zich|aanmoediging|-0.99
p:u zich|interpreteren|0.11
p:u zich|geruststellen|1.19
p:u zich|bedanken|-0.98
p:u ziet|interpreteren|-0.99
p:u zijn|jij-boodschap|-0.98
p:u zijn|gevoelsreflectie|0.99
p:u zijn|aanmoediging|0.94
p:u zijn|bevelen|-0.96
p:u zijn|ondervragen|0.98
p:u zitten|aanmoediging|-0.96
p:u zitten|waarschuwen|0.89
p:u zo|gevoelsreflectie|-0.96
p:u zo|bevelen|-1.0
p:u zo|adviseren|-0.93
p:u zo|bekritiseren|-1.78
p:u zo|prijzen|-0.98
p:u zo|afronding-aankondigen|-0.95
p:u zorgt|jij-boodschap|0.32
p:u zou|samenvatting|-0.99
p:u zou|moraliseren|1.0
p:u zou|argumenteren|-1.0
p:u zou|prijzen|-1.0
p:u zou|ondervragen|-1.0
p:uit ?|vervolgafspraak|-0.88
p:uit bed|bekritiseren|-0.99
p:uit een|geruststellen|-0.91
p:uit haar|ik-boodschap|-0.98
p:uit haar|samenvatting|0.8
p:uit het|waarschuwen|0.87
p:uit iedereen|afleiden|0.92
p:uit jezelf|ik-boodschap|0.9
p:uit onderzoek|bevelen|-0.98
p:uit te|bevelen|0.91
p:uit wat|gevoelsreflectie|0.97
p:uitdaging geven|interpreteren|0.94
p:uiterlijk maandag|bevelen|0.94
p:uitgelachen daar|ik-boodschap|0.99
p:uitgelachen daar|gevoelsreflectie|-0.99
p:uitgelachen om|interpreteren|-0.98
p:uitgesteld waardoor|open-vraag|-1.0
p:uitkomst van|parafrase|-0.97
p:uitlachen doe|moraliseren|1.0
p:uitlachen om|ik-boodschap|-1.0
p:uitlachen om|jij-boodschap|-1.0
p:uitlachen om|parafrase|1.0
p:uitlachen om|gevoelsreflectie|1.0
p:uitlachen om|samenvatting|-1.0
p:uitlachen om|open-vraag|-1.0
p:uitlachen om|aanmoediging|-1.0
p:uitlachen om|bevelen|-1.0
p:uitlachen om|waarschuwen|-1.0
p:uitlachen om|moraliseren|-1.0
p:uitlachen om|adviseren|-1.0
p:uitlachen om|argumenteren|-1.0
p:uitlachen om|bekritiseren|-1.0
p:uitlachen om|prijzen|-1.0
p:uitlachen om|etiketteren|-1.0
p:uitlachen om|interpreteren|-1.0
p:uitlachen om|geruststellen|-1.0
p:uitlachen om|ondervragen|-1.0
p:uitlachen om|afleiden|-1.0
p:uitlachen om|afronding-aankondigen|-1.0
p:uitlachen om|vervolgafspraak|-1.0
p:uitlachen om|bedanken|-1.0
p:uitleg bij|parafrase|0.94
p:uitleg en|ik-boodschap|1.0
p:uitleg met|waarschuwen|-0.99
p:uitleg mist|parafrase|-0.99
p:uitleg stoppen|bekritiseren|-0.84
p:uitleg voor|open-vraag|0.87
p:uitliep heb|ik-boodschap|0.68
p:uitlokt omdat|interpreteren|0.99
p:uitpraten alstublieft|bevelen|1.0
p:uitpraten alstublieft|moraliseren|-1.0
p:uitpraten luistert|bevelen|1.0
p:uitpraten luistert|adviseren|-1.0
p:uitscheldt beëindig|vervolgafspraak|-0.99
p:uitschold in|ik-boodschap|0.84
p:uitslag morgen|bekritiseren|-0.94
p:uitvalt terwijl|open-vraag|-0.94
p:uitziet ?|ondervragen|-0.9
p:uitzondering kunnen|afleiden|-0.92
p:uitzondering op|ik-boodschap|-0.92
p:uitzondering op|afleiden|-0.92
p:uren dan|samenvatting|1.0
p:uren dan|afronding-aankondigen|1.0
p:uren dan|bedanken|1.0
p:urenlang te|parafrase|0.92
p:urenlang te|samenvatting|-0.77
p:uur 's|jij-boodschap|0.98
p:uur 's|parafrase|-0.75
p:uur 's|bekritiseren|0.94
p:uur 's|ondervragen|0.9
p:uur ?|ik-boodschap|-0.59
p:uur beneden|parafrase|1.0
p:uur beneden|adviseren|1.0
p:uur bij|bevelen|-0.97
p:uur doorgeven|ik-boodschap|0.98
p:uur doorgeven|waarschuwen|-0.98
p:uur even|vervolgafspraak|0.98
p:uur in|ik-boodschap|0.97
p:uur in|moraliseren|0.91
p:uur in|adviseren|-0.99
p:uur komen|ik-boodschap|-0.9
p:uur leren|moraliseren|-0.93
p:uur leren|geruststellen|-0.93
p:uur met|afleiden|-1.0
p:uur met|afronding-aankondigen|0.89
p:uur met|vervolgafspraak|0.94
p:uur niet|ik-boodschap|1.84
p:uur niet|parafrase|-0.88
p:uur niet|vervolgafspraak|-0.93
p:uur om|bedanken|-0.94
p:uur omgooien|ik-boodschap|0.87
p:uur praten|afronding-aankondigen|-0.96
p:uur praten|bedanken|-0.96
p:uur samen|ik-boodschap|0.93
p:uur samen|vervolgafspraak|0.93
p:uur verzuim|ik-boodschap|-0.99
p:uur verzuim|argumenteren|0.87
p:uur werkt|argumenteren|0.91
p:uur zie|vervolgafspraak|0.92
p:uw dochter|open-vraag|-1.0
p:uw dochter|waarschuwen|-1.99
p:uw dochter|moraliseren|-1.0
p:uw dochter|bekritiseren|0.95
p:uw eerlijkheid|bekritiseren|-0.81
p:uw eigen|moraliseren|0.75
p:uw ervaring|bekritiseren|-0.94
p:uw ervaring|prijzen|1.81
p:uw ervaring|ondervragen|-0.93
p:uw geweldige|bekritiseren|0.85
p:uw geweldige|afronding-aankondigen|-0.92
p:uw geweldige|bedanken|-1.77
p:uw kind|gevoelsreflectie|0.91
p:uw komst|samenvatting|1.74
p:uw komst|afronding-aankondigen|1.97
p:uw komst|vervolgafspraak|0.9
p:uw komst|bedanken|1.67
p:uw mail|gevoelsreflectie|-0.86
p:uw mails|aanmoediging|-0.99
p:uw medewerking|prijzen|0.98
p:uw openheid|afronding-aankondigen|-0.99
p:uw plaats|prijzen|-0.84
p:uw taak|moraliseren|1.0
p:uw tijd|samenvatting|-0.2
p:uw tijd|bekritiseren|-1.0
p:uw tijd|afronding-aankondigen|-1.0
p:uw tijd|vervolgafspraak|-1.0
p:uw tijd|bedanken|0.92
p:uw vakantie|afleiden|0.99
p:uw verantwoordelijkheid|moraliseren|-0.92
p:uw vraag|bevelen|-0.97
p:uw zoon|jij-boodschap|0.98
p:uw zoon|argumenteren|-0.96
p:uw zoon|afleiden|-0.99
p:uzelf blijkbaar|etiketteren|0.99
p:vaak alleen|adviseren|-0.99
p:vaak als|adviseren|0.95
p:vaak haar|ik-boodschap|-0.96
p:vaak leeg|ik-boodschap|0.9
p:vaak maar|ik-boodschap|-0.84
p:vaak over|parafrase|0.99
p:vaak pas|ik-boodschap|0.89
p:vaak pas|open-vraag|0.94
p:vaak te|parafrase|-0.99
p:vaak ziek|jij-boodschap|-0.8
p:vaak ziek|bekritiseren|-0.99
p:vaak ziek|interpreteren|0.99
p:vaak zijn|ik-boodschap|1.0
p:vaak zijn|parafrase|-1.0
p:vaak zijn|gevoelsreflectie|-1.0
p:vaak zonder|open-vraag|-0.64
p:vaak zonder|aanmoediging|-1.0
p:vaak zonder|geruststellen|-1.0
p:vaak zonder|ondervragen|-1.0
p:vaart zal|geruststellen|0.89
p:vader dan|etiketteren|-0.94
p:vader en|parafrase|0.97
p:vader en|moraliseren|-0.97
p:vader het|adviseren|-0.92
p:vader hoort|moraliseren|0.96
p:vader is|parafrase|1.75
p:vader komt|bevelen|-0.91
p:vader morgen|samenvatting|-0.81
p:vader niet|waarschuwen|-0.77
p:vader toch|waarschuwen|-0.91
p:vader u|adviseren|-1.8
p:vader u|prijzen|1.0
p:vader van|prijzen|-0.97
p:vak heb|open-vraag|-1.0
p:vak heb|ondervragen|-1.0
p:vak in|open-vraag|-1.0
p:vak in|waarschuwen|-1.0
p:vakantie ?|geruststellen|0.5
p:vakantie ?|afleiden|0.91
p:vakantie eigenlijk|afleiden|0.99
p:vakantie was|ondervragen|0.94
p:vakdocent wiskunde|afronding-aankondigen|-1.0
p:vakdocent wiskunde|vervolgafspraak|1.0
p:vakdocenten aan|samenvatting|0.99
p:vakdocenten praat|afronding-aankondigen|-0.97
p:vakdocenten praat|vervolgafspraak|0.97
p:vaker alleen|open-vraag|-1.0
p:vaker blijven|geruststellen|-0.97
p:vaker haar|ik-boodschap|0.91
p:vaker haar|jij-boodschap|-0.7
p:vaker hardop|afleiden|-0.72
p:vaker horen|gevoelsreflectie|-0.98
p:vaker met|open-vraag|-0.96
p:vaker naar|ik-boodschap|-0.93
p:vaker naar|gevoelsreflectie|-0.92
p:vaker naar|adviseren|-0.92
p:vaker te|geruststellen|-0.92
p:vaker zelf|bevelen|-0.66
p:vaker zelf|ondervragen|-0.98
p:vaker zijn|ik-boodschap|-0.78
p:vaker zijn|interpreteren|-0.99
p:vakken ophalen|bevelen|-0.95
p:valt echt|etiketteren|-0.98
p:valt me|ik-boodschap|-0.94
p:valt me|samenvatting|-0.9
p:valt me|vervolgafspraak|0.93
p:valt niet|moraliseren|-0.96
p:valt niet|argumenteren|0.83
p:valt niet|afleiden|-0.7
p:valt reuze|prijzen|-0.78
p:van 4|adviseren|-0.99
p:van 4|argumenteren|0.99
p:van ?|ik-boodschap|-0.57
p:van aantrekt|samenvatting|-0.97
p:van binnen|interpreteren|0.99
p:van collega's|ik-boodschap|-0.99
p:van communiceren|jij-boodschap|-0.65
p:van dat|ik-boodschap|1.88
p:van dat|gevoelsreflectie|0.98
p:van dat|open-vraag|-0.66
p:van dat|afronding-aankondigen|0.97
p:van de|ik-boodschap|0.99
p:van de|jij-boodschap|-0.56
p:van de|parafrase|-0.89
p:van de|gevoelsreflectie|-0.91
p:van de|samenvatting|-0.58
p:van de|bevelen|0.93
p:van de|waarschuwen|0.91
p:van de|moraliseren|-0.95
p:van de|adviseren|-0.9
p:van de|argumenteren|2.36
p:van de|prijzen|1.83
p:van de|etiketteren|1.0
p:van denken|bekritiseren|0.94
p:van die|argumenteren|-0.96
p:van die|bekritiseren|-0.96
p:van die|etiketteren|0.98
p:van die|geruststellen|0.42
p:van dit|parafrase|-0.97
p:van een|ik-boodschap|0.73
p:van een|moraliseren|0.94
p:van een|argumenteren|-1.0
p:van een|etiketteren|0.99
p:van een|geruststellen|-0.64
p:van geen|jij-boodschap|1.0
p:van geen|bekritiseren|1.0
p:van geen|geruststellen|-1.0
p:van gemengde|adviseren|-0.96
p:van geschrokken|ik-boodschap|0.73
p:van geschrokken|aanmoediging|-0.65
p:van geschrokken|bekritiseren|-0.99
p:van geschrokken|prijzen|-0.98
p:van hem|moraliseren|-1.0
p:van het|open-vraag|-0.99
p:van het|afleiden|0.95
p:van het|afronding-aankondigen|-0.76
p:van hè|geruststellen|-0.97
p:van je|ik-boodschap|-0.87
p:van je|jij-boodschap|0.8
p:van je|samenvatting|0.96
p:van je|open-vraag|0.87
p:van je|moraliseren|1.0
p:van jesse|ik-boodschap|0.98
p:van jesse|jij-boodschap|-0.98
p:van jesse|bekritiseren|-0.98
p:van jullie|ik-boodschap|-0.41
p:van lars|prijzen|-0.97
p:van lieke|ik-boodschap|-0.97
p:van ligt|geruststellen|0.97
p:van lotte|afleiden|-0.98
p:van maakt|jij-boodschap|-0.14
p:van mees|waarschuwen|-0.92
p:van merken|jij-boodschap|0.94
p:van merkt|open-vraag|-0.98
p:van mij|jij-boodschap|1.85
p:van mij|bekritiseren|1.06
p:van mij|etiketteren|-0.99
p:van mij|bedanken|-0.99
p:van ons|open-vraag|0.99
p:van periode|argumenteren|-0.9
p:van profiel|samenvatting|0.91
p:van school|parafrase|-0.71
p:van school|waarschuwen|0.97
p:van school|moraliseren|-0.98
p:van school|interpreteren|-1.0
p:van school|afleiden|-0.99
p:van september|argumenteren|1.0
p:van te|bekritiseren|-0.99
p:van te|interpreteren|-0.99
p:van te|geruststellen|0.98
p:van tevoren|open-vraag|-1.8
p:van tevoren|adviseren|1.8
p:van thuis|ondervragen|-0.9
p:van tijd|argumenteren|-0.99
p:van tijd|interpreteren|-0.99
p:van tijd|geruststellen|0.99
p:van twaalf|moraliseren|1.0
p:van twaalf|argumenteren|-1.0
p:van twaalf|prijzen|-1.0
p:van twaalf|ondervragen|-1.0
p:van u|jij-boodschap|-1.0
p:van u|parafrase|0.97
p:van vakantie|vervolgafspraak|-0.95
p:van veertien|moraliseren|0.91
p:van vorige|etiketteren|-0.99
p:van vorige|ondervragen|0.95
p:van wakker|geruststellen|-0.95
p:van want|afronding-aankondigen|-0.95
p:van wat|ik-boodschap|0.97
p:van werd|ik-boodschap|-0.61
p:van wie|prijzen|-1.0
p:van wie|ondervragen|1.0
p:van wordt|gevoelsreflectie|0.93
p:van wordt|bedanken|0.82
p:van zie|ik-boodschap|-0.9
p:van zijn|ik-boodschap|-1.0
p:van zijn|waarschuwen|-1.0
p:vanaf de|argumenteren|1.0
p:vanaf de|vervolgafspraak|-1.0
p:vanaf nu|bevelen|-0.95
p:vanaf nu|waarschuwen|-0.99
p:vanaf nu|bekritiseren|-0.98
p:vandaag bent|bevelen|-0.99
p:vandaag bent|prijzen|-0.99
p:vandaag bent|bedanken|0.99
p:vandaag bij|afleiden|-0.99
p:vandaag bij|afronding-aankondigen|0.92
p:vandaag bij|bedanken|0.67
p:vandaag de|ik-boodschap|-0.93
p:vandaag je|ik-boodschap|-0.68
p:vandaag mee|afronding-aankondigen|-0.92
p:vandaag met|gevoelsreflectie|-0.97
p:vandaag nog|vervolgafspraak|-0.96
p:vandaag sanne|bevelen|-0.91
p:vandaag stoppen|ik-boodschap|0.97
p:vandaag stoppen|afronding-aankondigen|0.97
p:vandaag wil|samenvatting|-0.83
p:vandaag zelf|ik-boodschap|1.56
p:vanmiddag gewoon|bevelen|1.73
p:vanochtend ayoub|ik-boodschap|1.0
p:vanochtend pas|ik-boodschap|-0.9
p:vanzelf over|interpreteren|0.8
p:vanzelf over|geruststellen|0.99
p:vanzelf recht|geruststellen|0.92
p:vanzelf wel|argumenteren|-0.95
p:vanzelf wel|afleiden|-0.94
p:vast akkoord|etiketteren|-0.94
p:vast als|ondervragen|-0.93
p:vast dat|geruststellen|-0.94
p:vast geen|bekritiseren|-0.97
p:vast geen|prijzen|0.97
p:vast goed|parafrase|-1.0
p:vast goed|bevelen|-0.83
p:vast goed|waarschuwen|-0.78
p:vast goed|geruststellen|0.5
p:vast goed|afleiden|-0.99
p:vast hoe|ik-boodschap|0.98
p:vast hoe|samenvatting|-0.98
p:vast huiswerkuur|adviseren|0.92
p:vast moment|prijzen|-0.91
p:vast niet|prijzen|0.92
p:vast niet|vervolgafspraak|-0.92
p:vast niet|bedanken|-0.75
p:vast ook|adviseren|-0.11
p:vast ook|prijzen|0.99
p:vast ook|interpreteren|-0.99
p:vast ook|bedanken|-0.92
p:vast weer|geruststellen|1.55
p:vast wel|jij-boodschap|-0.9
p:vast wel|samenvatting|-0.78
p:vast wel|moraliseren|-0.94
p:vast wel|adviseren|-1.0
p:vast wel|bekritiseren|-0.99
p:vast wel|prijzen|1.92
p:vast zullen|ik-boodschap|0.93
p:vast zullen|vervolgafspraak|0.93
p:vaste huiswerktijd|adviseren|1.91
p:vaste plek|samenvatting|0.82
p:vaste schermtijd|moraliseren|-0.91
p:vaste schermtijd|argumenteren|-0.8
p:vatten hij|parafrase|-0.91
p:vecht wordt|adviseren|-1.0
p:veel beschermt|jij-boodschap|-0.93
p:veel beschermt|bekritiseren|-0.93
p:veel in|ik-boodschap|-0.9
p:veel in|jij-boodschap|1.0
p:veel in|samenvatting|-0.9
p:veel in|open-vraag|-0.99
p:veel in|adviseren|-1.0
p:veel in|bekritiseren|1.0
p:veel inhalen|ik-boodschap|0.61
p:veel interesse|bekritiseren|-0.95
p:veel kinderen|adviseren|0.96
p:veel te|ik-boodschap|-0.98
p:veel te|jij-boodschap|0.74
p:veel te|bekritiseren|0.91
p:veel te|etiketteren|-1.0
p:veel vrijheid|ik-boodschap|-0.98
p:veertien hoort|moraliseren|0.91
p:veertien lesuren|argumenteren|0.81
p:veilig te|bekritiseren|-0.9
p:vel daarom|etiketteren|-0.94
p:veranderde er|parafrase|1.0
p:veranderde er|aanmoediging|-1.0
p:verantwoord dat|argumenteren|0.93
p:verantwoordelijk voor|afronding-aankondigen|-0.94
p:verantwoordelijkheid niet|moraliseren|-0.92
p:verantwoordelijkheid om|moraliseren|1.0
p:verantwoordelijkheid te|parafrase|-1.0
p:verantwoordelijkheid te|gevoelsreflectie|-1.0
p:verantwoordelijkheid te|bevelen|-0.87
p:verantwoordelijkheid te|moraliseren|1.0
p:verband om|gevoelsreflectie|-0.97
p:verbergen dat|interpreteren|1.68
p:verbeteringen niet|moraliseren|-1.0
p:verbouwing ?|afleiden|0.94
p:verder ?|aanmoediging|1.0
p:verder en|afronding-aankondigen|-0.89
p:verder gaan|waarschuwen|-0.96
p:verder ik|afronding-aankondigen|0.94
p:verder kan|open-vraag|-1.0
p:verder met|afleiden|0.98
p:verder met|vervolgafspraak|0.84
p:verder praten|bedanken|-0.79
p:verdriet doet|parafrase|-0.97
p:verdrietig bij|gevoelsreflectie|1.55
p:verdrietig thuis|gevoelsreflectie|0.99
p:verdrietig van|gevoelsreflectie|-0.94
p:verdrietig voor|aanmoediging|0.94
p:vergeet al|vervolgafspraak|0.92
p:vergeet dat|argumenteren|0.9
p:vergeet kan|ik-boodschap|0.93
p:vergeet kan|open-vraag|0.94
p:vergeet soms|moraliseren|-1.0
p:vergeet soms|geruststellen|1.0
p:vergeet want|vervolgafspraak|-0.97
p:vergeten waardoor|open-vraag|0.96
p:vergissing van|etiketteren|-0.99
p:vergist je|argumenteren|1.0
p:vergist zich|argumenteren|1.0
p:vergist zich|vervolgafspraak|-1.0
p:verhuizing is|parafrase|-0.99
p:verhuizing nog|interpreteren|0.97
p:verhuizing wat|parafrase|1.0
p:verhuizing wat|aanmoediging|-1.0
p:verjaardag ?|etiketteren|-0.98
p:verjaardag ?|ondervragen|-0.98
p:verkeerd de|argumenteren|0.99
p:verklaard en|moraliseren|-0.89
p:verpest de|jij-boodschap|2.34
p:verpest de|waarschuwen|0.92
p:verpest de|bekritiseren|1.87
p:verpest het|ik-boodschap|-0.97
p:verpest het|etiketteren|-0.99
p:verpleegkundige ziet|prijzen|0.96
p:verschil maakt|samenvatting|0.89
p:verschuiven kan|vervolgafspraak|-0.95
p:verslag binnengekregen|ik-boodschap|0.98
p:verslag binnengekregen|jij-boodschap|-0.98
p:verslag binnengekregen|bekritiseren|-0.98
p:verstandig mens|interpreteren|-0.99
p:verstandig om|parafrase|-0.99
p:verstandig om|argumenteren|-0.99
p:verstandig om|vervolgafspraak|-0.85
p:verstoort elke|jij-boodschap|0.95
p:verstoort elke|bekritiseren|0.95
p:vertaalt steeds|etiketteren|-0.91
p:vertalen hoort|ik-boodschap|0.94
p:vertel eens|samenvatting|-0.94
p:vertel eens|open-vraag|1.0
p:vertel eens|adviseren|-0.86
p:verteld over|samenvatting|-0.85
p:vertelde dat|parafrase|-0.94
p:vertellen ?|parafrase|-0.96
p:vertellen hoe|ondervragen|-0.9
p:vertellen over|afleiden|-0.88
p:vertellen wat|ik-boodschap|-0.92
p:vertelt dank|bedanken|0.82
p:vertelt ik|parafrase|-0.97
p:vertelt over|open-vraag|-0.96
p:vertelt u|bedanken|-0.99
p:vertrouwenspersoon er|etiketteren|-1.0
p:vertrouwenspersoon er|vervolgafspraak|1.0
p:verveelt zich|interpreteren|0.94
p:vervelend hoe|open-vraag|1.87
p:vervelend voor|open-vraag|-0.94
p:vervelend want|ik-boodschap|0.9
p:verwacht ?|open-vraag|0.99
p:verwacht dat|parafrase|1.0
p:verwacht dat|gevoelsreflectie|-0.99
p:verwacht dat|open-vraag|-1.0
p:verwacht u|bevelen|-0.94
p:verwend nest|adviseren|-0.98
p:verwend nest|etiketteren|0.99
p:verwennen hem|etiketteren|-1.0
p:verwerkt heeft|interpreteren|0.97
p:verwijt u|vervolgafspraak|-0.88
p:verzuim de|argumenteren|-0.99
p:verzuim doet|bekritiseren|0.91
p:verzuim en|jij-boodschap|-0.93
p:verzuim en|bekritiseren|-0.95
p:verzuim en|afleiden|-0.95
p:verzuim en|bedanken|-0.92
p:verzuim in|ik-boodschap|-0.99
p:verzuim in|argumenteren|0.87
p:verzuim in|bedanken|0.96
p:verzuim niet|waarschuwen|1.0
p:verzuim niet|adviseren|-1.0
p:verzuim niet|ondervragen|-1.0
p:verzuim zijn|argumenteren|-0.82
p:verzuim zit|open-vraag|-0.98
p:via de|vervolgafspraak|0.91
p:via een|parafrase|0.97
p:via een|gevoelsreflectie|0.97
p:via een|adviseren|-0.97
p:vier en|argumenteren|0.98
p:vier en|etiketteren|-0.98
p:vier onvoldoendes|ik-boodschap|0.99
p:vier onvoldoendes|aanmoediging|-0.65
p:vier onvoldoendes|bekritiseren|-0.99
p:vier uur|gevoelsreflectie|-0.94
p:vier uur|bedanken|-0.94
p:vier weken|ik-boodschap|-0.99
p:vier weken|argumenteren|0.87
p:vierde mag|moraliseren|0.94
p:vierde mag|argumenteren|-1.0
p:vijf dat|argumenteren|0.98
p:vijf dat|etiketteren|-0.98
p:vijf is|moraliseren|-0.79
p:vijf tekortpunten|argumenteren|0.93
p:vijf van|argumenteren|0.7
p:vijfde uur|ik-boodschap|0.97
p:vijftiende om|bedanken|-0.91
p:vind dat|gevoelsreflectie|-0.9
p:vind dat|open-vraag|-0.99
p:vind dat|bekritiseren|0.87
p:vind dat|geruststellen|-0.99
p:vind dat|vervolgafspraak|-0.9
p:vind het|ik-boodschap|0.37
p:vind het|jij-boodschap|0.8
p:vind het|gevoelsreflectie|-0.83
p:vind het|adviseren|-1.0
p:vind het|bekritiseren|0.15
p:vind het|vervolgafspraak|-0.97
p:vind ik|ik-boodschap|2.57
p:vind ik|parafrase|-0.99
p:vind ik|open-vraag|2.01
p:vind ik|moraliseren|0.96
p:vind ik|adviseren|0.93
p:vind ik|argumenteren|-0.71
p:vind ik|bekritiseren|0.91
p:vind ik|vervolgafspraak|1.81
p:vind ik|bedanken|-0.79
p:vind jij|gevoelsreflectie|-0.91
p:vinden jullie|bekritiseren|-0.97
p:vinden jullie|prijzen|0.97
p:vinden wel|adviseren|-0.83
p:vindt dat|parafrase|0.77
p:vindt dat|gevoelsreflectie|0.98
p:vindt de|parafrase|-0.96
p:vindt de|gevoelsreflectie|-0.94
p:vindt de|samenvatting|0.99
p:vindt de|open-vraag|-0.96
p:vindt de|bekritiseren|-0.88
p:vindt dus|parafrase|1.93
p:vindt dus|gevoelsreflectie|0.93
p:vindt dus|samenvatting|-1.89
p:vindt dus|open-vraag|-1.0
p:vindt dus|argumenteren|-0.92
p:vindt het|jij-boodschap|0.98
p:vindt het|parafrase|-0.88
p:vindt het|bevelen|-0.83
p:vindt het|waarschuwen|-0.78
p:vindt het|adviseren|0.82
p:vindt het|argumenteren|0.97
p:vindt het|bekritiseren|2.88
p:vindt het|prijzen|1.91
p:vindt het|geruststellen|-1.0
p:vindt het|afleiden|-0.99
p:vindt het|vervolgafspraak|-0.92
p:vindt het|bedanken|-0.75
p:vindt maar|interpreteren|-0.94
p:vindt u|open-vraag|0.97
p:vindt u|argumenteren|-0.81
p:vindt u|interpreteren|0.98
p:vindt uzelf|etiketteren|0.99
p:vindt vast|bekritiseren|-0.99
p:vinger opsteekt|ik-boodschap|0.91
p:vinger opsteekt|jij-boodschap|-0.7
p:vingers in|geruststellen|1.64
p:visser je|gevoelsreflectie|-0.88
p:voel ik|ik-boodschap|0.94
p:voel jij|open-vraag|0.98
p:voel me|bevelen|-1.0
p:voel me|afronding-aankondigen|-0.94
p:voelde toen|gevoelsreflectie|0.94
p:voelen ?|bekritiseren|-0.9
p:voelen als|gevoelsreflectie|0.91
p:voelt omdat|interpreteren|-0.89
p:voelt oneerlijk|parafrase|0.93
p:voelt oneerlijk|gevoelsreflectie|0.93
p:voelt oneerlijk|samenvatting|-0.9
p:voelt u|aanmoediging|-0.99
p:voelt zich|parafrase|-1.0
p:voelt zich|gevoelsreflectie|0.99
p:voelt zich|samenvatting|1.89
p:voelt zich|afronding-aankondigen|1.0
p:voelt zich|bedanken|1.0
p:voetbalclub is|open-vraag|-1.0
p:voetballen zaterdag|open-vraag|-0.95
p:voetballen zaterdag|afleiden|0.95
p:voetbalwedstrijd zaterdag|open-vraag|-1.66
p:voetbalwedstrijd zaterdag|afleiden|0.95
p:vol is|parafrase|0.98
p:voldoende dus|parafrase|-1.8
p:voldoende dus|argumenteren|0.84
p:voldoende maar|argumenteren|-0.82
p:voldoendes zo|argumenteren|0.96
p:volg begon|parafrase|0.99
p:volg heeft|samenvatting|-0.85
p:volg u|aanmoediging|0.97
p:volgend jaar|ik-boodschap|-0.94
p:volgend jaar|jij-boodschap|-0.93
p:volgend jaar|waarschuwen|0.93
p:volgend jaar|geruststellen|-0.63
p:volgende keer|vervolgafspraak|3.59
p:volgende maand|afleiden|1.0
p:volgende ouders|argumenteren|-0.94
p:volgende ouders|vervolgafspraak|-1.78
p:volgende week|ik-boodschap|-1.84
p:volgende week|parafrase|0.8
p:volgende week|samenvatting|0.88
p:volgende week|adviseren|-0.92
p:volgende week|etiketteren|-1.0
p:volgende week|interpreteren|-0.99
p:volgende week|afleiden|-1.0
p:volgende week|afronding-aankondigen|0.86
p:volgende week|vervolgafspraak|1.94
p:volgende week|bedanken|0.92
p:volgens de|ik-boodschap|-1.0
p:volgens het|waarschuwen|-0.93
p:volgens het|interpreteren|-0.98
p:volgens jou|parafrase|-0.99
p:volgens mij|ik-boodschap|-0.89
p:volgens mij|parafrase|-0.93
p:volgens mij|gevoelsreflectie|-0.93
p:volgens mij|argumenteren|-0.97
p:volgens mij|interpreteren|3.89
p:volgens mij|afronding-aankondigen|-0.98
p:volgens u|parafrase|1.8
p:volgens u|gevoelsreflectie|-0.94
p:volgens u|samenvatting|-1.0
p:volgens u|open-vraag|0.97
p:volgens u|adviseren|-1.0
p:volgens u|argumenteren|-1.78
p:volgt daardoor|samenvatting|-0.96
p:volgt er|gevoelsreflectie|-0.88
p:volgt er|moraliseren|0.95
p:volgt nablijven|moraliseren|-0.99
p:volgt nablijven|argumenteren|0.99
p:volgt nablijven|geruststellen|-0.99
p:volwassene van|samenvatting|-0.78
p:volwassene van|prijzen|0.93
p:volwassenen bedoeld|ik-boodschap|0.94
p:vond het|ik-boodschap|1.9
p:vond het|interpreteren|-0.98
p:vond hij|afleiden|0.95
p:voor aardrijkskunde|ik-boodschap|0.94
p:voor aardrijkskunde|bekritiseren|-0.95
p:voor biologie|ik-boodschap|0.98
p:voor biologie|jij-boodschap|-0.98
p:voor biologie|argumenteren|-0.96
p:voor biologie|bekritiseren|-0.98
p:voor biologie|afleiden|0.99
p:voor daan|argumenteren|0.99
p:voor dat|jij-boodschap|0.32
p:voor dat|samenvatting|-1.0
p:voor dat|argumenteren|0.79
p:voor dat|vervolgafspraak|1.0
p:voor dat|bedanken|-1.0
p:voor de|jij-boodschap|0.74
p:voor de|parafrase|-0.13
p:voor de|gevoelsreflectie|1.0
p:voor de|open-vraag|0.97
p:voor de|waarschuwen|0.92
p:voor de|moraliseren|-0.75
p:voor de|argumenteren|0.15
p:voor de|prijzen|0.92
p:voor de|etiketteren|-0.99
p:voor de|bedanken|-0.75
p:voor dit|waarschuwen|-0.9
p:voor dit|bedanken|0.9
p:voor docenten|moraliseren|1.0
p:voor elkaar|afleiden|-0.99
p:voor engels|argumenteren|-0.9
p:voor engels|prijzen|-0.96
p:voor finn|afronding-aankondigen|-0.89
p:voor geen|open-vraag|-1.0
p:voor geen|waarschuwen|-1.0
p:voor haar|adviseren|-0.81
p:voor half|bedanken|0.96
p:voor hem|ik-boodschap|0.61
p:voor hem|jij-boodschap|0.83
p:voor hem|parafrase|1.97
p:voor hem|gevoelsreflectie|-0.96
p:voor hem|open-vraag|0.94
p:voor hem|aanmoediging|-1.0
p:voor hem|prijzen|-0.91
p:voor hem|afronding-aankondigen|-0.94
p:voor het|samenvatting|-0.8
p:voor het|argumenteren|-0.92
p:voor het|bekritiseren|-0.83
p:voor het|afronding-aankondigen|-0.96
p:voor het|bedanken|1.71
p:voor huiswerk|prijzen|-0.91
p:voor iedereen|argumenteren|1.04
p:voor iedereen|afleiden|-0.92
p:voor je|ik-boodschap|-0.57
p:voor je|gevoelsreflectie|-0.88
p:voor je|open-vraag|0.96
p:voor je|bekritiseren|1.78
p:voor je|geruststellen|0.92
p:voor je|vervolgafspraak|-0.92
p:voor je|bedanken|-0.68
p:voor jou|open-vraag|0.87
p:voor jou|vervolgafspraak|-0.9
p:voor later|bevelen|-1.0
p:voor later|geruststellen|-1.0
p:voor me|gevoelsreflectie|-0.99
p:voor mij|ik-boodschap|-0.93
p:voor natuurkunde|jij-boodschap|-0.75
p:voor natuurkunde|argumenteren|0.81
p:voor natuurkunde|bekritiseren|-0.81
p:voor nederlands|argumenteren|-0.9
p:voor niks|ik-boodschap|-0.97
p:voor niks|jij-boodschap|-0.81
p:voor niks|bekritiseren|0.97
p:voor nu|afronding-aankondigen|0.77
p:voor nu|bedanken|0.94
p:voor ons|open-vraag|-0.94
p:voor parijs|waarschuwen|-1.0
p:voor twee|ik-boodschap|-0.99
p:voor u|ik-boodschap|0.94
p:voor u|parafrase|-0.97
p:voor u|gevoelsreflectie|1.97
p:voor u|open-vraag|-0.96
p:voor uw|samenvatting|1.55
p:voor uw|bekritiseren|-0.96
p:voor uw|afronding-aankondigen|-0.94
p:voor uw|vervolgafspraak|-0.1
p:voor uw|bedanken|0.82
p:voor vandaag|afleiden|-0.99
p:voor vandaag|afronding-aankondigen|1.9
p:voor vandaag|bedanken|-1.24
p:voor volgend|jij-boodschap|-0.93
p:voor volgende|ik-boodschap|-0.94
p:voor volgende|parafrase|0.8
p:voor volgende|gevoelsreflectie|0.94
p:voor volgende|vervolgafspraak|0.91
p:voor volwassenen|ik-boodschap|0.94
p:voor wiskunde|jij-boodschap|-0.75
p:voor wiskunde|samenvatting|-0.85
p:voor wiskunde|moraliseren|-0.96
p:voor wiskunde|bekritiseren|-0.81
p:voor wiskunde|afleiden|-0.7
p:voor zijn|geruststellen|-0.96
p:vooral bij|interpreteren|0.99
p:vooral boos|adviseren|-0.82
p:vooral dat|gevoelsreflectie|-0.82
p:vooral maandagochtend|parafrase|-0.81
p:vooral mis|parafrase|1.75
p:vooral om|adviseren|0.92
p:vooral online|parafrase|-1.0
p:vooral teleurgesteld|gevoelsreflectie|0.96
p:voorbeeld geven|aanmoediging|-0.96
p:voorbeeld moeten|adviseren|-0.92
p:voorbeeld te|prijzen|-0.65
p:voorbereid maar|ik-boodschap|0.87
p:voorjaarsvakantie een|afronding-aankondigen|-0.76
p:voorkomt wordt|interpreteren|-1.0
p:voorstellen dat|ik-boodschap|-0.61
p:voorstellen dat|parafrase|-1.0
p:voorstellen dat|gevoelsreflectie|1.94
p:voortaan elke|jij-boodschap|0.9
p:voortaan in|bevelen|-0.83
p:voortaan in|afleiden|-0.99
p:voortaan om|bevelen|0.95
p:vorig jaar|gevoelsreflectie|-0.93
p:vorig jaar|afleiden|-0.95
p:vorige gesprek|afleiden|-0.94
p:vorige keer|etiketteren|-0.99
p:vorige week|ik-boodschap|1.55
p:vorige week|jij-boodschap|0.1
p:vorige week|argumenteren|-1.0
p:vorige week|bekritiseren|0.83
p:vorige week|ondervragen|0.95
p:vorige week|vervolgafspraak|-0.97
p:vos ik|vervolgafspraak|-0.99
p:vraag de|vervolgafspraak|0.94
p:vraag ga|jij-boodschap|0.98
p:vraag krijg|ik-boodschap|1.0
p:vraag niet|ik-boodschap|1.36
p:vraag niet|waarschuwen|-0.89
p:vragen bij|adviseren|1.0
p:vragen heeft|waarschuwen|-0.98
p:vragen hoe|ik-boodschap|-1.0
p:vragen hoe|waarschuwen|-1.0
p:vreselijk aan|bekritiseren|1.68
p:vreselijk voor|gevoelsreflectie|0.99
p:vreselijke houding|jij-boodschap|-0.99
p:vreselijke houding|bekritiseren|0.99
p:vreselijke houding|afleiden|-0.99
p:vrienden heeft|parafrase|-0.9
p:vrienden te|interpreteren|0.6
p:vrienden van|ik-boodschap|-0.87
p:vrienden van|samenvatting|0.96
p:vrienden van|open-vraag|0.87
p:vriendengroep wat|open-vraag|0.94
p:vriendin laat|moraliseren|0.92
p:vriendinnen horen|interpreteren|0.99
p:vriendinnen staat|ik-boodschap|-0.91
p:vriendinnen van|samenvatting|0.99
p:vriendjes zitten|bekritiseren|-0.97
p:vries docent|bevelen|-0.89
p:vries wilt|ondervragen|-1.0
p:vrijdag dat|bevelen|0.93
p:vrijdag een|ik-boodschap|-1.0
p:vrijdag een|samenvatting|-0.89
p:vrijdag een|afronding-aankondigen|-0.93
p:vrijdag een|vervolgafspraak|1.0
p:vrijdag even|vervolgafspraak|1.0
p:vrijdag kijken|ik-boodschap|-0.9
p:vrijdag mail|samenvatting|0.99
p:vrijdag nablijven|waarschuwen|0.77
p:vrijdag niet|interpreteren|-0.99
p:vrijdag om|samenvatting|-0.8
p:vrijdag om|adviseren|-0.92
p:vrijdag om|bedanken|0.8
p:vrijdagmiddag nablijven|waarschuwen|0.96
p:vrije tijd|moraliseren|-0.94
p:vrijheid daar|ik-boodschap|-0.98
p:vroeg of|jij-boodschap|-0.94
p:vroeger zelf|prijzen|-0.97
p:vroeger zelf|interpreteren|0.9
p:vrolijke jongen|etiketteren|-0.96
p:vrouw als|adviseren|0.92
p:vrouw als|prijzen|0.92
p:vóór vrijdag|bevelen|0.93
p:waaien meestal|geruststellen|0.99
p:waait wel|bekritiseren|-0.99
p:waait wel|afleiden|-0.99
p:waar de|moraliseren|0.76
p:waar hij|ik-boodschap|0.93
p:waar hij|argumenteren|-0.98
p:waar hij|afronding-aankondigen|-0.94
p:waar hij|vervolgafspraak|-0.79
p:waar maakt|open-vraag|0.98
p:waar was|ik-boodschap|-0.59
p:waar was|adviseren|-0.93
p:waar was|bekritiseren|-0.97
p:waar was|afleiden|-0.97
p:waardeer het|prijzen|0.92
p:waardeer het|vervolgafspraak|-0.92
p:waardeer het|bedanken|0.22
p:waardeloze presentatie|bekritiseren|1.83
p:waardoor de|open-vraag|-1.0
p:waardoor het|waarschuwen|-0.92
p:waardoor hij|parafrase|-0.99
p:waardoor ik|ik-boodschap|1.77
p:waardoor ik|jij-boodschap|-0.98
p:waardoor ik|bekritiseren|-0.98
p:waardoor je|ik-boodschap|0.9
p:waardoor je|open-vraag|0.96
p:waardoor we|afronding-aankondigen|0.77
p:waardoor ze|ik-boodschap|0.93
p:waarom ben|ondervragen|1.0
p:waarom bent|jij-boodschap|-0.93
p:waarom bent|waarschuwen|-0.99
p:waarom bent|bekritiseren|-1.23
p:waarom bent|ondervragen|0.93
p:waarom de|parafrase|-0.91
p:waarom de|etiketteren|-0.91
p:waarom denkt|ondervragen|-0.95
p:waarom doe|jij-boodschap|-0.95
p:waarom doe|bekritiseren|-1.18
p:waarom doe|ondervragen|0.99
p:waarom ga|ondervragen|-0.95
p:waarom gaat|prijzen|-0.92
p:waarom heb|gevoelsreflectie|0.81
p:waarom heb|bekritiseren|-0.97
p:waarom heb|ondervragen|1.96
p:waarom heeft|open-vraag|-1.0
p:waarom heeft|adviseren|-1.0
p:waarom heeft|prijzen|-1.0
p:waarom heeft|interpreteren|-1.0
p:waarom heeft|ondervragen|1.94
p:waarom heeft|afleiden|-0.97
p:waarom hoor|samenvatting|-1.0
p:waarom hoor|bevelen|-1.0
p:waarom hoor|ondervragen|1.0
p:waarom kom|bekritiseren|0.9
p:waarom kom|ondervragen|-0.97
p:waarom komt|jij-boodschap|0.99
p:waarom laat|adviseren|0.97
p:waarom laat|ondervragen|0.9
p:waarom niet|bekritiseren|0.99
p:waarom onderbreek|bekritiseren|0.32
p:waarom praat|adviseren|0.93
p:waarom probeert|jij-boodschap|-1.0
p:waarom probeert|open-vraag|-1.0
p:waarom probeert|aanmoediging|-1.0
p:waarom stond|ik-boodschap|-0.59
p:waarom we|ondervragen|-0.93
p:waarom wij|prijzen|0.99
p:waarom zat|ondervragen|0.9
p:waarom zet|adviseren|0.92
p:waarop bilal|ik-boodschap|0.91
p:waarschuw u|waarschuwen|0.98
p:wacht buiten|bevelen|0.8
p:wachten dus|argumenteren|-0.94
p:wakker ligt|geruststellen|-0.95
p:wakker van|bekritiseren|-0.99
p:wakker van|geruststellen|1.95
p:wanneer ?|samenvatting|-1.0
p:wanneer ?|bevelen|-1.0
p:wanneer ?|ondervragen|1.0
p:wanneer ?|afleiden|-0.95
p:wanneer de|waarschuwen|-0.92
p:wanneer heeft|prijzen|-1.0
p:wanneer heeft|ondervragen|1.0
p:wanneer het|waarschuwen|0.96
p:wanneer ik|ik-boodschap|1.0
p:wanneer is|etiketteren|-0.98
p:wanneer is|ondervragen|-0.98
p:wanneer je|ik-boodschap|0.96
p:wanneer jullie|ik-boodschap|0.98
p:wanneer jullie|waarschuwen|-0.98
p:wanneer kan|open-vraag|0.91
p:wanneer lieke|open-vraag|-0.94
p:wanneer ze|vervolgafspraak|-0.91
p:want dan|ik-boodschap|1.84
p:want dan|bekritiseren|-0.84
p:want dan|vervolgafspraak|-0.97
p:want de|ik-boodschap|-0.71
p:want de|argumenteren|1.94
p:want fleur|open-vraag|-0.64
p:want fleur|aanmoediging|-1.0
p:want fleur|geruststellen|-1.0
p:want fleur|ondervragen|-1.0
p:want hamza|argumenteren|-0.96
p:want hierdoor|jij-boodschap|-1.0
p:want hierdoor|bekritiseren|-1.0
p:want ik|interpreteren|-0.47
p:want je|jij-boodschap|0.92
p:want je|waarschuwen|-0.96
p:want mees|vervolgafspraak|0.92
p:want we|afronding-aankondigen|-0.89
p:want zo|ik-boodschap|2.79
p:war geschopt|bekritiseren|0.95
p:was ?|parafrase|0.77
p:was ?|adviseren|-1.0
p:was ?|argumenteren|-0.91
p:was ?|interpreteren|-1.0
p:was behoorlijk|jij-boodschap|-1.0
p:was de|ik-boodschap|-0.63
p:was de|samenvatting|-0.99
p:was drie|afleiden|-0.99
p:was echt|bekritiseren|0.95
p:was echt|geruststellen|-0.96
p:was een|bekritiseren|1.83
p:was er|afleiden|-0.97
p:was het|open-vraag|-0.35
p:was het|ondervragen|-0.98
p:was het|afleiden|0.95
p:was hij|adviseren|-0.93
p:was hij|afleiden|-0.97
p:was ik|ik-boodschap|0.87
p:was je|ik-boodschap|-0.59
p:was je|open-vraag|-1.66
p:was je|bekritiseren|-0.97
p:was je|afleiden|0.95
p:was jesse|afronding-aankondigen|0.95
p:was jesse|bedanken|0.75
p:was maar|parafrase|-0.89
p:was maar|argumenteren|1.66
p:was niet|moraliseren|-0.95
p:was pas|argumenteren|0.99
p:was ronduit|argumenteren|-0.99
p:was te|gevoelsreflectie|0.94
p:was te|samenvatting|0.78
p:was te|vervolgafspraak|0.86
p:was trouwens|geruststellen|0.5
p:was u|ondervragen|0.98
p:was uw|afleiden|0.99
p:was voor|open-vraag|0.97
p:was voor|argumenteren|-0.81
p:was ze|ondervragen|0.98
p:was zou|ik-boodschap|-1.0
p:was zou|parafrase|-0.91
p:was zou|waarschuwen|-1.0
p:was zou|adviseren|1.92
p:was zou|bekritiseren|0.78
p:was zou|prijzen|0.92
p:wat als|ik-boodschap|0.71
p:wat als|bekritiseren|-0.78
p:wat ben|jij-boodschap|1.0
p:wat ben|bekritiseren|-1.0
p:wat bent|bedanken|-0.92
p:wat beter|bevelen|0.93
p:wat deed|gevoelsreflectie|-0.63
p:wat denkt|samenvatting|0.89
p:wat denkt|bekritiseren|-0.96
p:wat doet|gevoelsreflectie|0.91
p:wat doet|interpreteren|-0.6
p:wat een|jij-boodschap|-0.99
p:wat een|gevoelsreflectie|0.98
p:wat een|adviseren|-0.98
p:wat een|bekritiseren|4.62
p:wat een|etiketteren|0.9
p:wat een|afleiden|0.82
p:wat eerder|gevoelsreflectie|0.99
p:wat eerder|adviseren|0.99
p:wat er|gevoelsreflectie|-0.97
p:wat er|open-vraag|1.0
p:wat er|adviseren|-0.94
p:wat er|bekritiseren|-0.22
p:wat er|interpreteren|0.81
p:wat er|afleiden|-0.88
p:wat eruit|samenvatting|0.9
p:wat extra|interpreteren|0.94
p:wat ga|open-vraag|-0.98
p:wat ga|afleiden|0.98
p:wat gaat|gevoelsreflectie|0.77
p:wat gaat|samenvatting|-1.0
p:wat gebeurde|samenvatting|-0.96
p:wat gebeurde|aanmoediging|0.96
p:wat geweldig|adviseren|-0.93
p:wat ging|gevoelsreflectie|-0.88
p:wat had|parafrase|-0.99
p:wat had|open-vraag|0.99
p:wat heb|gevoelsreflectie|-0.99
p:wat heb|open-vraag|0.99
p:wat heb|moraliseren|-0.99
p:wat hebben|samenvatting|0.82
p:wat heeft|bekritiseren|-0.9
p:wat hij|ik-boodschap|0.81
p:wat hij|open-vraag|-0.87
p:wat hij|interpreteren|-0.94
p:wat ik|jij-boodschap|0.98
p:wat ik|parafrase|0.96
p:wat ik|geruststellen|-0.99
p:wat ik|afleiden|-1.0
p:wat is|parafrase|-0.99
p:wat is|gevoelsreflectie|0.97
p:wat is|open-vraag|0.67
p:wat is|geruststellen|0.95
p:wat je|parafrase|0.93
p:wat je|gevoelsreflectie|0.93
p:wat je|samenvatting|-0.9
p:wat je|adviseren|0.98
p:wat langzamer|etiketteren|-0.91
p:wat maakt|open-vraag|1.0
p:wat maakt|geruststellen|-0.95
p:wat maakt|afleiden|0.92
p:wat maakte|open-vraag|0.97
p:wat maakte|argumenteren|-0.81
p:wat meer|adviseren|0.97
p:wat meer|prijzen|0.92
p:wat merkt|ik-boodschap|-0.57
p:wat merkt|open-vraag|1.0
p:wat nou|open-vraag|-1.8
p:wat nou|adviseren|1.8
p:wat rot|open-vraag|-0.97
p:wat speelt|open-vraag|1.0
p:wat strenger|adviseren|-0.93
p:wat trekt|parafrase|0.79
p:wat trekt|samenvatting|-0.93
p:wat u|parafrase|1.0
p:wat u|samenvatting|-1.0
p:wat u|open-vraag|-1.98
p:wat u|bekritiseren|-0.15
p:wat uw|waarschuwen|-1.0
p:wat vaker|jij-boodschap|-0.7
p:wat vaker|bevelen|-0.66
p:wat vaker|ondervragen|-0.98
p:wat vaker|afleiden|-0.72
p:wat veranderde|parafrase|1.0
p:wat veranderde|aanmoediging|-1.0
p:wat vind|gevoelsreflectie|-0.91
p:wat vond|afleiden|0.95
p:wat we|samenvatting|0.99
p:wat we|afleiden|-0.99
p:wat weet|ik-boodschap|0.93
p:wat wel|afleiden|0.99
p:wat wil|ik-boodschap|-0.87
p:wat wil|samenvatting|0.96
p:wat wil|open-vraag|0.87
p:wat wilt|parafrase|-1.0
p:wat wilt|samenvatting|2.92
p:wat wilt|open-vraag|0.94
p:wat wilt|afronding-aankondigen|-1.0
p:wat ze|ondervragen|-0.9
p:wat zei|open-vraag|-1.0
p:wat zou|parafrase|-0.97
p:wat zou|gevoelsreflectie|-0.94
p:wat zou|open-vraag|1.91
p:wc gaat|ik-boodschap|-0.93
p:wc gaat|gevoelsreflectie|-0.92
p:wc gaat|adviseren|-0.92
p:we afspreken|samenvatting|0.99
p:we allebei|parafrase|-0.92
p:we allebei|samenvatting|0.91
p:we dat|open-vraag|1.0
p:we dat|afleiden|0.99
p:we dat|afronding-aankondigen|-0.94
p:we de|jij-boodschap|-1.0
p:we de|bevelen|-0.97
p:we de|bekritiseren|-1.0
p:we dit|gevoelsreflectie|-0.91
p:we dit|adviseren|-1.0
p:we dit|argumenteren|0.79
p:we dit|prijzen|1.0
p:we dit|ondervragen|-0.93
p:we door|afronding-aankondigen|-0.89
p:we een|jij-boodschap|-0.93
p:we een|bekritiseren|-1.23
p:we een|ondervragen|0.93
p:we een|vervolgafspraak|0.9
p:we een|bedanken|0.67
p:we elkaar|ik-boodschap|-0.91
p:we er|ik-boodschap|0.97
p:we er|afronding-aankondigen|1.74
p:we er|vervolgafspraak|-0.85
p:we gaan|samenvatting|0.96
p:we gaan|vervolgafspraak|0.96
p:we hebben|argumenteren|-0.99
p:we hebben|bekritiseren|-0.12
p:we hebben|prijzen|-0.96
p:we hebben|afleiden|-0.95
p:we hebben|bedanken|-0.92
p:we hem|parafrase|-1.0
p:we hem|waarschuwen|-0.78
p:we hem|prijzen|1.0
p:we hem|geruststellen|-1.0
p:we het|bekritiseren|0.31
p:we het|geruststellen|-0.8
p:we het|afleiden|2.84
p:we het|afronding-aankondigen|2.04
p:we het|vervolgafspraak|-0.97
p:we het|bedanken|-0.65
p:we hier|samenvatting|-1.0
p:we hier|moraliseren|1.0
p:we hier|afronding-aankondigen|1.0
p:we hier|bedanken|-1.0
p:we hoe|parafrase|-0.9
p:we hoe|samenvatting|0.85
p:we houden|aanmoediging|-0.97
p:we houden|bedanken|0.96
p:we in|afronding-aankondigen|0.77
p:we maandag|ik-boodschap|0.93
p:we maandag|vervolgafspraak|0.93
p:we maar|afleiden|-0.91
p:we moeten|gevoelsreflectie|-0.98
p:we moeten|vervolgafspraak|-2.72
p:we mogen|afleiden|-0.99
p:we na|adviseren|-0.93
p:we niet|afleiden|-0.92
p:we niet|bedanken|-0.79
p:we niets|afronding-aankondigen|-0.13
p:we nu|bedanken|-0.79
p:we ons|afleiden|0.93
p:we over|samenvatting|-0.9
p:we over|open-vraag|-1.0
p:we over|moraliseren|-1.0
p:we over|afronding-aankondigen|-1.72
p:we over|vervolgafspraak|0.81
p:we over|bedanken|-0.95
p:we plannen|afronding-aankondigen|1.74
p:we ronden|samenvatting|-0.8
p:we ronden|bevelen|-1.0
p:we ronden|afleiden|-1.0
p:we ronden|afronding-aankondigen|0.86
p:we ronden|vervolgafspraak|-0.92
p:we ronden|bedanken|0.8
p:we samen|ik-boodschap|-0.9
p:we samen|samenvatting|0.99
p:we samen|afronding-aankondigen|-0.97
p:we samen|vervolgafspraak|0.97
p:we spreken|ik-boodschap|-0.9
p:we spreken|samenvatting|0.9
p:we spreken|afronding-aankondigen|-0.97
p:we spreken|vervolgafspraak|0.97
p:we steeds|ik-boodschap|0.97
p:we steeds|afronding-aankondigen|0.97
p:we stoppen|afronding-aankondigen|0.97
p:we stoppen|vervolgafspraak|0.94
p:we stoppen|bedanken|0.94
p:we verder|waarschuwen|-0.96
p:we verder|vervolgafspraak|0.84
p:we vinden|adviseren|-0.83
p:we volgende|adviseren|-0.92
p:we voor|ik-boodschap|0.97
p:we voor|afronding-aankondigen|0.97
p:we vrijdag|vervolgafspraak|1.0
p:we weer|afleiden|-0.95
p:we weer|afronding-aankondigen|-0.96
p:we willen|afronding-aankondigen|-0.89
p:we wiskunde|samenvatting|0.82
p:we zien|ik-boodschap|-1.0
p:we zien|samenvatting|-0.89
p:we zien|afleiden|0.98
p:we zien|vervolgafspraak|1.0
p:we zitten|bedanken|-0.96
p:website daar|adviseren|0.9
p:website daar|afleiden|-0.9
p:week al|vervolgafspraak|-0.93
p:week bel|samenvatting|0.8
p:week bel|bedanken|0.92
p:week dinsdag|samenvatting|-0.79
p:week dinsdag|afleiden|-1.0
p:week dinsdag|afronding-aankondigen|0.86
p:week dinsdag|vervolgafspraak|0.99
p:week donderdag|vervolgafspraak|0.98
p:week doorneemt|adviseren|0.95
p:week drie|ik-boodschap|0.9
p:week drie|argumenteren|-0.84
p:week drie|bekritiseren|-0.84
p:week drie|interpreteren|-0.69
p:week gelezen|ondervragen|0.95
p:week ging|samenvatting|0.99
p:week hoe|open-vraag|-0.95
p:week hoe|afleiden|0.95
p:week huilend|ik-boodschap|0.68
p:week in|argumenteren|1.0
p:week in|vervolgafspraak|-1.0
p:week is|samenvatting|-0.94
p:week is|vervolgafspraak|0.96
p:week je|ik-boodschap|0.87
p:week klaar|interpreteren|-0.99
p:week lang|bevelen|-0.97
p:week maandag|gevoelsreflectie|0.94
p:week maandag|samenvatting|0.78
p:week maandag|vervolgafspraak|0.86
p:week met|vervolgafspraak|-0.97
p:week nagekeken|argumenteren|-1.0
p:week nog|ondervragen|0.9
p:week om|jij-boodschap|-0.83
p:week samen|jij-boodschap|0.92
p:week samen|adviseren|-0.92
p:week samen|bekritiseren|0.83
p:week terug|vervolgafspraak|-0.95
p:week twee|open-vraag|0.96
p:week vrijdag|ik-boodschap|-0.9
p:week weer|waarschuwen|0.96
p:week woensdag|gevoelsreflectie|-0.94
p:week ziek|adviseren|-1.0
p:week ziek|interpreteren|-1.0
p:week ziek|ondervragen|-1.0
p:week zit|etiketteren|-1.0
p:week zit|vervolgafspraak|1.0
p:weekend ?|jij-boodschap|-0.98
p:weekend niet|ik-boodschap|0.93
p:weekend niet|vervolgafspraak|-0.79
p:weekopening en|vervolgafspraak|-0.91
p:weekplanner gebruiken|adviseren|1.0
p:weekplanner gebruiken|etiketteren|-1.0
p:weekplanner gebruiken|geruststellen|1.0
p:weekplanning op|samenvatting|-0.99
p:weer beter|etiketteren|0.91
p:weer bij|adviseren|-0.83
p:weer dan|bedanken|-0.66
p:weer dank|bekritiseren|1.46
p:weer dank|vervolgafspraak|0.94
p:weer dank|bedanken|-0.84
p:weer gebeurt|jij-boodschap|0.74
p:weer gebeurt|waarschuwen|0.92
p:weer gesproken|afleiden|0.68
p:weer gewoon|geruststellen|1.55
p:weer hier|afronding-aankondigen|-0.96
p:weer hier|bedanken|-0.96
p:weer in|ik-boodschap|-0.94
p:weer in|waarschuwen|0.93
p:weer in|argumenteren|-0.82
p:weer in|geruststellen|0.33
p:weer met|gevoelsreflectie|-0.99
p:weer met|open-vraag|0.99
p:weer met|moraliseren|-0.99
p:weer naar|open-vraag|0.97
p:weer niet|ik-boodschap|-0.68
p:weer om|afleiden|-0.95
p:weer om|bedanken|0.96
p:weer ontbreekt|waarschuwen|0.96
p:weer op|ik-boodschap|-1.0
p:weer op|samenvatting|-0.89
p:weer op|bevelen|-0.99
p:weer op|etiketteren|-0.93
p:weer op|vervolgafspraak|1.0
p:weer over|vervolgafspraak|-0.92
p:weer plezier|parafrase|-0.92
p:weer plezier|samenvatting|0.91
p:weer spiekt|moraliseren|-0.89
p:weer spijbelt|bekritiseren|-0.81
p:weer trouwens|moraliseren|-1.0
p:weer trouwens|bekritiseren|-0.82
p:weer trouwens|afleiden|1.0
p:weer vaker|ik-boodschap|0.91
p:weer wat|jij-boodschap|-0.7
p:weer wegloopt|bevelen|0.9
p:weet dat|prijzen|0.98
p:weet het|etiketteren|0.91
p:weet heus|adviseren|-0.81
p:weet iedereen|etiketteren|1.0
p:weet ik|parafrase|-0.91
p:weet ik|moraliseren|-0.7
p:weet ik|etiketteren|-0.91
p:weet ik|geruststellen|-0.99
p:weet ik|afronding-aankondigen|-0.94
p:weet je|ik-boodschap|0.71
p:weet je|moraliseren|1.92
p:weet niet|parafrase|-1.0
p:weet niet|gevoelsreflectie|-0.95
p:weet niet|samenvatting|1.95
p:weet toch|moraliseren|0.96
p:weet toch|argumenteren|-0.87
p:weet u|ik-boodschap|0.93
p:weet u|open-vraag|-0.87
p:weet wat|adviseren|-0.94
p:weet wat|bekritiseren|-0.81
p:weet ze|jij-boodschap|0.95
p:weet ze|bekritiseren|0.95
p:weet zeker|moraliseren|-1.0
p:weet zeker|geruststellen|0.44
p:weg als|bevelen|0.89
p:weg als|waarschuwen|0.99
p:weg bram|waarschuwen|-0.96
p:weg en|afronding-aankondigen|-0.94
p:weg ilias|adviseren|-0.95
p:wegloopt haal|bevelen|0.9
p:wegstopt pak|ik-boodschap|-0.7
p:wegstopt pak|waarschuwen|0.91
p:wegzakt misschien|ik-boodschap|0.97
p:wegzakt misschien|adviseren|0.83
p:weinig oplevert|parafrase|0.97
p:weinig slaapt|ik-boodschap|0.97
p:weinig slaapt|adviseren|0.83
p:weinig structuur|interpreteren|0.98
p:weinig voor|argumenteren|-0.96
p:weinig vrienden|samenvatting|0.99
p:weinig zegt|gevoelsreflectie|-0.99
p:wekelijks contact|parafrase|-0.91
p:weken bellen|ik-boodschap|-0.91
p:weken dat|parafrase|1.75
p:weken echt|geruststellen|0.88
p:weken een|afronding-aankondigen|-1.73
p:weken een|vervolgafspraak|1.0
p:weken evalueren|samenvatting|-0.9
p:weken geen|ik-boodschap|0.94
p:weken geen|argumenteren|-0.96
p:weken in|gevoelsreflectie|-1.0
p:weken in|open-vraag|1.0
p:weken in|argumenteren|1.92
p:weken in|prijzen|-1.0
p:weken kijken|afronding-aankondigen|-0.97
p:weken kijken|vervolgafspraak|0.97
p:weken komt|ik-boodschap|0.97
p:weken moe|moraliseren|-0.99
p:weken moe|bekritiseren|-0.99
p:weken moe|interpreteren|-0.99
p:weken moe|afleiden|0.99
p:weken moeten|ik-boodschap|-0.99
p:weken moeten|argumenteren|0.87
p:weken na|waarschuwen|-0.9
p:weken na|bedanken|0.9
p:weken om|adviseren|0.93
p:weken op|parafrase|-0.9
p:weken op|samenvatting|0.85
p:weken opnieuw|bedanken|-0.95
p:weken samen|open-vraag|-1.0
p:weken samen|moraliseren|-1.0
p:weken samen|vervolgafspraak|0.81
p:weken thuis|open-vraag|0.97
p:weken zie|bedanken|-0.66
p:weken zijn|vervolgafspraak|0.92
p:weken zitten|bedanken|0.96
p:wekker dan|adviseren|0.78
p:wel ?|argumenteren|-0.91
p:wel als|prijzen|0.91
p:wel bij|prijzen|1.0
p:wel bram|open-vraag|-0.98
p:wel bram|afleiden|0.98
p:wel dat|bevelen|-2.9
p:wel dat|moraliseren|-0.94
p:wel dat|adviseren|-1.8
p:wel dat|prijzen|1.0
p:wel dat|interpreteren|-0.92
p:wel dat|geruststellen|-0.92
p:wel dat|vervolgafspraak|-0.94
p:wel dat|bedanken|0.99
p:wel doorheen|geruststellen|1.68
p:wel echt|geruststellen|1.0
p:wel een|jij-boodschap|0.97
p:wel een|adviseren|-0.83
p:wel een|bekritiseren|-0.99
p:wel eens|waarschuwen|-1.0
p:wel eens|adviseren|1.0
p:wel eens|geruststellen|-1.01
p:wel eens|ondervragen|-1.0
p:wel eens|afleiden|1.83
p:wel even|jij-boodschap|-0.9
p:wel even|samenvatting|-0.78
p:wel even|prijzen|0.93
p:wel goed|gevoelsreflectie|-0.99
p:wel goed|geruststellen|0.53
p:wel goed|afleiden|-0.71
p:wel had|ik-boodschap|-0.91
p:wel hebben|jij-boodschap|-1.3
p:wel hebben|moraliseren|0.91
p:wel hebben|bekritiseren|-1.57
p:wel hebt|parafrase|1.0
p:wel hebt|gevoelsreflectie|-1.0
p:wel hebt|geruststellen|-0.74
p:wel hoe|afleiden|0.98
p:wel in|geruststellen|0.88
p:wel je|gevoelsreflectie|-0.95
p:wel je|samenvatting|0.95
p:wel leert|parafrase|0.96
p:wel lukt|samenvatting|-1.0
p:wel maar|geruststellen|-0.98
p:wel mee|etiketteren|-0.98
p:wel meevalt|interpreteren|-0.73
p:wel noor|afronding-aankondigen|0.92
p:wel over|bekritiseren|-0.99
p:wel over|prijzen|-0.78
p:wel over|afleiden|-1.92
p:wel overheen|argumenteren|-0.95
p:wel prima|samenvatting|0.89
p:wel tegen|parafrase|0.9
p:wel tegen|waarschuwen|-0.9
p:wel tegen|geruststellen|-0.92
p:wel tegen|afleiden|-0.92
p:wel toen|vervolgafspraak|-1.0
p:wel van|gevoelsreflectie|-0.91
p:wel van|prijzen|-0.98
p:wel verantwoordelijk|afronding-aankondigen|-0.94
p:wel vertellen|waarschuwen|0.92
p:wel vertellen|prijzen|-0.92
p:wel voor|afronding-aankondigen|0.98
p:wel voor|bedanken|0.8
p:wel zijn|samenvatting|-0.8
p:weleens een|open-vraag|-0.95
p:weleens een|argumenteren|-0.9
p:weleens een|afleiden|0.95
p:welk profiel|open-vraag|-0.98
p:welk telefoonnummer|open-vraag|-0.97
p:welk vak|open-vraag|-1.0
p:welk vak|ondervragen|-1.0
p:welke afspraken|gevoelsreflectie|-0.99
p:welke ideeën|ondervragen|-0.93
p:welke klas|ondervragen|-0.99
p:welke meisjes|samenvatting|-1.0
p:welke meisjes|bevelen|-1.0
p:welke meisjes|ondervragen|1.0
p:welke momenten|open-vraag|0.94
p:wens om|samenvatting|0.91
p:werk bij|ik-boodschap|0.98
p:werk bij|samenvatting|-0.98
p:werk en|moraliseren|0.96
p:werk en|argumenteren|-0.96
p:werk gewoon|bevelen|-0.96
p:werk is|bekritiseren|0.99
p:werk niet|ik-boodschap|-0.99
p:werk niet|geruststellen|-0.75
p:werk niet|afronding-aankondigen|-0.95
p:werken blijft|bevelen|-0.94
p:werken dan|bedanken|-0.92
p:werken omdat|ik-boodschap|-0.42
p:werken thuis|gevoelsreflectie|-0.99
p:werkstuk krijgt|argumenteren|0.96
p:werkstuk loop|bekritiseren|-0.95
p:werkstuk niet|argumenteren|-0.92
p:werkstuk uiterlijk|bevelen|0.94
p:werkstuk vrijdag|interpreteren|-0.99
p:werkt bij|adviseren|0.96
p:werkt in|bevelen|-0.9
p:werkweek niet|ik-boodschap|-0.91
p:werkweek niet|parafrase|0.91
p:wessel maken|vervolgafspraak|-0.95
p:wet is|ik-boodschap|-0.99
p:wet is|argumenteren|0.87
p:weten als|bekritiseren|-0.97
p:weten als|vervolgafspraak|0.91
p:weten dat|moraliseren|1.0
p:weten dat|adviseren|-1.0
p:weten dat|argumenteren|-1.0
p:weten dat|prijzen|-1.0
p:weten dat|interpreteren|-1.0
p:weten dat|ondervragen|-1.05
p:weten met|moraliseren|0.96
p:weten wat|waarschuwen|-1.0
p:wie ?|ik-boodschap|-0.59
p:wie ?|adviseren|-0.93
p:wie ?|bekritiseren|-0.97
p:wie begon|ondervragen|1.0
p:wie controleert|ik-boodschap|-0.97
p:wie de|ik-boodschap|-0.92
p:wie de|afleiden|-0.92
p:wie een|argumenteren|0.95
p:wie en|prijzen|-1.0
p:wie en|ondervragen|1.0
p:wie er|parafrase|0.99
p:wie er|geruststellen|-0.99
p:wie gaat|open-vraag|-0.87
p:wie heeft|afleiden|-0.95
p:wie is|interpreteren|-0.6
p:wie kijkt|interpreteren|-0.6
p:wie niet|argumenteren|0.91
p:wie niet|geruststellen|-0.42
p:wie was|ondervragen|0.98
p:wie was|afleiden|-0.97
p:wie zijn|moraliseren|0.96
p:wij het|prijzen|0.99
p:wij melden|ik-boodschap|-0.99
p:wij melden|argumenteren|0.87
p:wij ons|bevelen|-0.94
p:wij u|gevoelsreflectie|-0.99
p:wijze vader|adviseren|-0.81
p:wil dit|waarschuwen|-0.85
p:wil eerlijk|open-vraag|1.0
p:wil eerlijk|vervolgafspraak|-1.0
p:wil eigenlijk|parafrase|1.76
p:wil eigenlijk|gevoelsreflectie|-0.97
p:wil eigenlijk|samenvatting|-0.93
p:wil gezien|interpreteren|0.98
p:wil graag|parafrase|-0.96
p:wil graag|aanmoediging|-0.96
p:wil graag|interpreteren|-0.97
p:wil graag|vervolgafspraak|-0.97
p:wil het|ik-boodschap|-0.97
p:wil het|samenvatting|0.74
p:wil het|prijzen|-0.91
p:wil het|afronding-aankondigen|1.96
p:wil het|vervolgafspraak|0.9
p:wil het|bedanken|0.83
p:wil hier|vervolgafspraak|-0.94
p:wil ik|samenvatting|-0.83
p:wil ik|bevelen|1.0
p:wil ik|afleiden|0.95
p:wil ik|afronding-aankondigen|0.9
p:wil ik|bedanken|-0.92
p:wil je|ik-boodschap|-0.87
p:wil je|parafrase|-0.93
p:wil je|gevoelsreflectie|-0.93
p:wil je|samenvatting|0.96
p:wil je|open-vraag|0.87
p:wil je|waarschuwen|-0.91
p:wil je|interpreteren|0.93
p:wil naast|open-vraag|-0.96
p:wil praten|gevoelsreflectie|0.99
p:wil praten|open-vraag|0.99
p:wil vaker|open-vraag|-0.96
p:wil volgens|interpreteren|0.99
p:wil wel|gevoelsreflectie|-0.95
p:wil wel|samenvatting|1.93
p:wil wel|geruststellen|-0.98
p:wilde praten|bedanken|0.98
p:willen aanpakken|jij-boodschap|-0.96
p:willen allebei|afronding-aankondigen|-0.89
p:willen we|parafrase|-0.92
p:willen we|samenvatting|0.91
p:wilt bel|parafrase|-0.99
p:wilt bel|samenvatting|-0.99
p:wilt bel|vervolgafspraak|0.99
p:wilt dat|parafrase|0.25
p:wilt dat|samenvatting|1.0
p:wilt dat|bekritiseren|-0.2
p:wilt dat|vervolgafspraak|-0.82
p:wilt een|gevoelsreflectie|0.94
p:wilt een|samenvatting|1.59
p:wilt een|vervolgafspraak|0.86
p:wilt gewoon|argumenteren|-0.99
p:wilt gewoon|interpreteren|0.99
p:wilt graag|parafrase|0.8
p:wilt hem|gevoelsreflectie|-0.99
p:wilt hem|samenvatting|-0.99
p:wilt horen|bekritiseren|0.19
p:wilt meer|parafrase|-0.71
p:wilt meer|samenvatting|1.0
p:wilt meer|bekritiseren|-0.2
p:wilt meer|vervolgafspraak|-0.82
p:wilt naar|bevelen|-0.95
p:wilt sneller|samenvatting|1.0
p:wilt sneller|bekritiseren|-0.2
p:wilt sneller|vervolgafspraak|-0.82
p:wilt u|gevoelsreflectie|-0.82
p:wilt u|samenvatting|2.92
p:wilt u|open-vraag|0.94
p:wilt u|ondervragen|-1.0
p:wilt u|afronding-aankondigen|-1.0
p:wilt vaker|gevoelsreflectie|-0.98
p:wilt worden|moraliseren|0.92
p:wippen moet|waarschuwen|-0.99
p:wiskunde b|moraliseren|-0.96
p:wiskunde b|afleiden|-0.7
p:wiskunde doen|bevelen|-0.9
p:wiskunde doen|adviseren|0.89
p:wiskunde echt|waarschuwen|-0.96
p:wiskunde een|argumenteren|-0.83
p:wiskunde en|jij-boodschap|-0.75
p:wiskunde en|argumenteren|0.81
p:wiskunde en|bekritiseren|-0.81
p:wiskunde erbij|afronding-aankondigen|-1.0
p:wiskunde erbij|vervolgafspraak|1.0
p:wiskunde gaat|samenvatting|0.82
p:wiskunde kwam|interpreteren|-0.69
p:wiskunde ravi|interpreteren|0.66
p:wiskunde steeds|gevoelsreflectie|-0.92
p:wiskunde steeds|adviseren|-0.92
p:wist wel|gevoelsreflectie|-0.91
p:wit ?|afleiden|-0.95
p:wit staan|argumenteren|0.87
p:woensdag bijles|bekritiseren|-0.97
p:woensdag bijles|prijzen|0.97
p:woensdag en|ik-boodschap|-0.99
p:woensdag even|vervolgafspraak|0.96
p:woensdag het|vervolgafspraak|0.98
p:woensdag kijken|parafrase|-0.9
p:woensdag kijken|samenvatting|0.85
p:woensdag om|gevoelsreflectie|-0.94
p:wonen dichtbij|prijzen|-0.95
p:wonen dichtbij|afleiden|-0.95
p:woord neemt|ik-boodschap|1.56
p:woorden het|parafrase|1.0
p:woorden het|geruststellen|-0.89
p:woorden je|gevoelsreflectie|-0.91
p:woorden thuis|samenvatting|-0.96
p:woorden thuis|open-vraag|-0.99
p:woordjes niet|ik-boodschap|0.93
p:woordjes niet|vervolgafspraak|0.93
p:word er|ik-boodschap|0.97
p:word hier|gevoelsreflectie|-0.94
p:word ik|afronding-aankondigen|-0.97
p:worden dat|moraliseren|0.92
p:worden en|samenvatting|1.0
p:worden en|bekritiseren|-0.2
p:worden en|vervolgafspraak|-0.82
p:worden kunnen|bedanken|-0.79
p:wordt buitengesloten|parafrase|1.0
p:wordt buitengesloten|samenvatting|-1.0
p:wordt buitengesloten|open-vraag|-1.0
p:wordt die|moraliseren|-0.89
p:wordt echt|bekritiseren|0.93
p:wordt er|ik-boodschap|0.9
p:wordt fijn|bedanken|0.82
p:wordt geduwd|ik-boodschap|0.91
p:wordt geschorst|ik-boodschap|-0.98
p:wordt gestuurd|prijzen|-0.93
p:wordt hij|waarschuwen|1.97
p:wordt hij|adviseren|-1.0
p:wordt hij|bekritiseren|-0.98
p:wordt hij|prijzen|-1.0
p:wordt hij|interpreteren|-1.0
p:wordt wat|open-vraag|1.95
p:wordt ze|waarschuwen|1.0
p:yilmaz vandaag|vervolgafspraak|-0.96
p:yusuf is|gevoelsreflectie|-0.99
p:z'n tweeën|adviseren|-0.97
p:zag dat|ik-boodschap|-0.9
p:zag dat|gevoelsreflectie|-0.97
p:zakken wat|ik-boodschap|-0.87
p:zakken wat|samenvatting|0.96
p:zakken wat|open-vraag|0.87
p:zakken zijn|ik-boodschap|0.41
p:zal het|geruststellen|0.89
p:zal ik|vervolgafspraak|0.92
p:zal ik|bedanken|-0.66
p:zat ?|open-vraag|0.6
p:zat gisteren|afleiden|-0.98
p:zat hij|ondervragen|0.9
p:zaterdag ?|open-vraag|-2.61
p:zaterdag ?|afleiden|1.9
p:ze 's|vervolgafspraak|-0.91
p:ze alsof|jij-boodschap|0.9
p:ze alsof|bekritiseren|0.77
p:ze alsof|geruststellen|-0.5
p:ze dat|ik-boodschap|-0.42
p:ze dat|parafrase|0.92
p:ze dat|samenvatting|-0.77
p:ze de|ik-boodschap|1.92
p:ze de|waarschuwen|-0.92
p:ze dus|parafrase|0.92
p:ze dus|samenvatting|-0.77
p:ze een|samenvatting|-0.99
p:ze een|interpreteren|-0.99
p:ze een|geruststellen|-0.99
p:ze een|afleiden|0.99
p:ze eigenlijk|waarschuwen|-0.97
p:ze er|vervolgafspraak|0.94
p:ze gaat|prijzen|-0.78
p:ze geen|parafrase|-0.9
p:ze gewoon|jij-boodschap|-0.97
p:ze gewoon|interpreteren|1.8
p:ze graag|interpreteren|0.99
p:ze haar|waarschuwen|0.97
p:ze haar|interpreteren|-0.99
p:ze hangt|moraliseren|-1.0
p:ze heeft|ik-boodschap|1.57
p:ze heeft|jij-boodschap|-0.98
p:ze heeft|waarschuwen|-0.99
p:ze heeft|moraliseren|-0.75
p:ze heeft|bekritiseren|-0.65
p:ze heeft|interpreteren|-0.97
p:ze heeft|afleiden|-0.98
p:ze het|afronding-aankondigen|-0.98
p:ze hulp|prijzen|0.96
p:ze in|afleiden|0.94
p:ze is|geruststellen|0.97
p:ze je|ik-boodschap|-1.0
p:ze je|jij-boodschap|-1.0
p:ze je|parafrase|1.0
p:ze je|gevoelsreflectie|1.0
p:ze je|samenvatting|-1.0
p:ze je|open-vraag|-1.0
p:ze je|aanmoediging|-1.0
p:ze je|bevelen|-1.0
p:ze je|waarschuwen|-1.0
p:ze je|moraliseren|-1.0
p:ze je|adviseren|-1.0
p:ze je|argumenteren|-1.0
p:ze je|bekritiseren|-1.0
p:ze je|prijzen|-1.0
p:ze je|etiketteren|-1.0
p:ze je|interpreteren|-1.0
p:ze je|geruststellen|-1.0
p:ze je|ondervragen|-1.0
p:ze je|afleiden|-1.0
p:ze je|afronding-aankondigen|-1.0
p:ze je|vervolgafspraak|-1.0
p:ze je|bedanken|-1.0
p:ze kan|open-vraag|-0.99
p:ze komt|parafrase|-1.0
p:ze komt|argumenteren|-1.0
p:ze komt|geruststellen|-0.21
p:ze komt|vervolgafspraak|-1.0
p:ze later|jij-boodschap|-0.94
p:ze mee|interpreteren|0.99
p:ze mist|parafrase|-0.81
p:ze mist|samenvatting|0.99
p:ze moe|argumenteren|0.91
p:ze negeren|ik-boodschap|-0.72
p:ze niet|ik-boodschap|0.93
p:ze niet|open-vraag|1.0
p:ze niet|waarschuwen|1.0
p:ze onzeker|geruststellen|0.92
p:ze op|geruststellen|-0.89
p:ze op|afleiden|0.92
p:ze prikkelbaar|gevoelsreflectie|-0.94
p:ze prikkelbaar|bekritiseren|-0.88
p:ze sinds|ik-boodschap|0.91
p:ze slaapt|gevoelsreflectie|-0.94
p:ze slaapt|samenvatting|0.99
p:ze slaapt|bekritiseren|-0.88
p:ze slecht|parafrase|-0.81
p:ze spijbelt|jij-boodschap|1.34
p:ze spijbelt|bekritiseren|1.34
p:ze thuis|parafrase|0.99
p:ze thuis|gevoelsreflectie|0.99
p:ze thuis|open-vraag|0.99
p:ze thuis|ondervragen|0.98
p:ze thuiskwam|samenvatting|-0.96
p:ze thuiskwam|aanmoediging|0.96
p:ze uitgeschreven|waarschuwen|1.0
p:ze vaak|ik-boodschap|-0.96
p:ze vast|geruststellen|1.55
p:ze vijf|argumenteren|0.7
p:ze vindt|samenvatting|0.99
p:ze voelt|samenvatting|1.0
p:ze voelt|afronding-aankondigen|1.0
p:ze voelt|bedanken|1.0
p:ze volgt|samenvatting|-0.96
p:ze vrijdagmiddag|waarschuwen|0.96
p:ze wil|parafrase|0.97
p:ze wil|gevoelsreflectie|-0.97
p:ze wordt|ik-boodschap|-0.98
p:ze zelf|jij-boodschap|0.95
p:ze zelf|bekritiseren|0.95
p:ze zich|parafrase|-1.0
p:ze zich|samenvatting|1.0
p:ze zich|bevelen|0.97
p:ze ziek|adviseren|-0.91
p:ze zit|ik-boodschap|-0.42
p:ze zit|bekritiseren|-1.0
p:ze zo|ik-boodschap|0.97
p:ze zo|waarschuwen|-0.97
p:ze zo|adviseren|0.83
p:ze zo|geruststellen|0.92
p:ze zo|ondervragen|-0.95
p:zeg heeft|ondervragen|-0.99
p:zeg heeft|afleiden|0.99
p:zeg het|samenvatting|0.99
p:zeg je|interpreteren|0.66
p:zeg niet|ik-boodschap|-0.99
p:zeg niet|geruststellen|0.24
p:zeggen dat|parafrase|-0.99
p:zeggen dat|gevoelsreflectie|-1.0
p:zeggen is|parafrase|0.99
p:zeggen is|geruststellen|-0.99
p:zegt dat|ik-boodschap|-1.91
p:zegt dat|jij-boodschap|-1.0
p:zegt dat|parafrase|0.23
p:zegt dat|gevoelsreflectie|0.25
p:zegt dat|samenvatting|-1.8
p:zegt dat|open-vraag|-0.97
p:zegt dat|aanmoediging|-1.0
p:zegt dat|bevelen|-1.0
p:zegt dat|waarschuwen|-1.0
p:zegt dat|adviseren|-1.0
p:zegt dat|argumenteren|0.66
p:zegt dat|bekritiseren|-1.0
p:zegt dat|prijzen|-1.0
p:zegt dat|etiketteren|-1.0
p:zegt dat|geruststellen|0.73
p:zegt dat|ondervragen|-1.0
p:zegt dat|afleiden|-1.0
p:zegt dat|afronding-aankondigen|-1.0
p:zegt dat|vervolgafspraak|-1.0
p:zegt dat|bedanken|-1.0
p:zegt dus|prijzen|-0.93
p:zegt eigenlijk|gevoelsreflectie|-0.93
p:zegt hij|parafrase|1.0
p:zegt hij|samenvatting|-1.0
p:zegt hij|open-vraag|-1.0
p:zegt u|aanmoediging|1.7
p:zegt u|bevelen|0.97
p:zegt u|bedanken|-0.98
p:zegt vandaag|gevoelsreflectie|-0.99
p:zegt yusuf|gevoelsreflectie|-0.99
p:zei dat|jij-boodschap|-0.26
p:zei hij|open-vraag|-1.0
p:zei u|bevelen|-0.9
p:zeker dat|moraliseren|-1.0
p:zeker dat|geruststellen|0.44
p:zeker mee|prijzen|0.97
p:zelf ?|ondervragen|-0.93
p:zelf behandeld|moraliseren|0.92
p:zelf dat|bekritiseren|-0.96
p:zelf de|bevelen|0.95
p:zelf de|vervolgafspraak|-0.95
p:zelf doet|jij-boodschap|1.79
p:zelf doet|samenvatting|-0.83
p:zelf doet|bekritiseren|1.88
p:zelf doet|ondervragen|-0.96
p:zelf gepest|prijzen|-0.97
p:zelf gepest|interpreteren|0.9
p:zelf gezocht|jij-boodschap|0.97
p:zelf heeft|argumenteren|0.9
p:zelf heel|jij-boodschap|0.95
p:zelf heel|bekritiseren|0.95
p:zelf het|ik-boodschap|1.56
p:zelf het|jij-boodschap|-0.96
p:zelf je|gevoelsreflectie|-1.0
p:zelf je|bevelen|1.0
p:zelf kiezen|ondervragen|-0.98
p:zelf kwam|bedanken|0.99
p:zelf laten|adviseren|0.91
p:zelf nooit|bekritiseren|0.87
p:zelf ook|ik-boodschap|-0.88
p:zelf ook|gevoelsreflectie|0.99
p:zelf ook|adviseren|-1.0
p:zelf ook|argumenteren|0.93
p:zelf ook|interpreteren|0.99
p:zelf ook|afronding-aankondigen|0.92
p:zelf over|gevoelsreflectie|-0.97
p:zelf plannen|bevelen|-0.66
p:zelf te|bevelen|-1.0
p:zelf terug|open-vraag|0.97
p:zelf thuis|ondervragen|0.98
p:zenuwachtig bent|parafrase|-1.0
p:zenuwachtig bent|gevoelsreflectie|1.92
p:zenuwachtig bent|geruststellen|2.65
p:zenuwachtig over|open-vraag|1.0
p:zenuwachtig van|ik-boodschap|-0.61
p:zenuwachtig van|afronding-aankondigen|-0.97
p:zes is|argumenteren|0.98
p:zes is|etiketteren|-0.98
p:zes toetsen|argumenteren|0.7
p:zes weken|afronding-aankondigen|-1.0
p:zes weken|vervolgafspraak|1.0
p:zes weken|bedanken|-0.66
p:zesde uur|afronding-aankondigen|0.89
p:zesde uur|vervolgafspraak|0.94
p:zestien uur|ik-boodschap|-0.99
p:zestien uur|argumenteren|0.87
p:zet dat|parafrase|-1.0
p:zet dat|gevoelsreflectie|-1.0
p:zet dat|bevelen|1.0
p:zet een|ik-boodschap|-0.94
p:zet een|adviseren|0.78
p:zet het|samenvatting|0.99
p:zet ik|ik-boodschap|-0.91
p:zet ik|waarschuwen|0.87
p:zet u|adviseren|0.92
p:zet voor|samenvatting|-0.79
p:zet voor|vervolgafspraak|0.99
p:zet zich|open-vraag|-1.0
p:zet zich|waarschuwen|-1.0
p:zet zijn|vervolgafspraak|-0.98
p:zetten de|vervolgafspraak|-0.94
p:zich aan|jij-boodschap|-0.65
p:zich aangevallen|bedanken|-0.98
p:zich buitengesloten|parafrase|-1.0
p:zich buitengesloten|interpreteren|-0.89
p:zich daar|gevoelsreflectie|0.83
p:zich daar|geruststellen|0.92
p:zich daardoor|samenvatting|1.0
p:zich daardoor|afronding-aankondigen|1.0
p:zich daardoor|bedanken|1.0
p:zich de|argumenteren|1.0
p:zich de|bekritiseren|-0.67
p:zich de|vervolgafspraak|-1.0
p:zich echt|open-vraag|-0.29
p:zich echt|geruststellen|0.22
p:zich gewoon|interpreteren|0.94
p:zich heeft|ik-boodschap|-0.96
p:zich heeft|vervolgafspraak|1.0
p:zich heen|open-vraag|-0.94
p:zich het|open-vraag|0.98
p:zich maar|adviseren|-1.0
p:zich morgen|bevelen|0.97
p:zich nergens|samenvatting|-0.97
p:zich niet|parafrase|-0.78
p:zich niet|gevoelsreflectie|0.99
p:zich niet|aanmoediging|-0.99
p:zich nooit|bevelen|-0.94
p:zich nooit|bekritiseren|0.98
p:zich nu|prijzen|0.82
p:zich ongerust|parafrase|-1.0
p:zich overal|gevoelsreflectie|-0.86
p:zich rond|ik-boodschap|0.97
p:zich schuldig|interpreteren|1.0
p:zich terug|parafrase|-1.0
p:zich terug|samenvatting|1.0
p:zich thuis|samenvatting|0.89
p:zich van|jij-boodschap|1.0
p:zich van|bekritiseren|1.0
p:zich van|geruststellen|-1.0
p:zich vanaf|bekritiseren|-0.98
p:zich veilig|bekritiseren|-0.9
p:zich voor|open-vraag|-1.0
p:zich voor|waarschuwen|-1.0
p:zich vreselijk|bekritiseren|1.68
p:zich zorgen|adviseren|0.97
p:zichtbaar moeilijk|gevoelsreflectie|0.94
p:zichtbaar moeilijk|open-vraag|0.8
p:zie alleen|ik-boodschap|-0.99
p:zie alleen|geruststellen|-0.75
p:zie dat|ik-boodschap|0.51
p:zie dat|jij-boodschap|-0.7
p:zie dat|parafrase|-0.97
p:zie dat|gevoelsreflectie|1.04
p:zie dat|adviseren|1.0
p:zie dat|interpreteren|-0.99
p:zie dat|geruststellen|1.04
p:zie dat|vervolgafspraak|-1.9
p:zie hem|adviseren|-0.93
p:zie ik|ik-boodschap|-0.9
p:zie ik|samenvatting|-0.96
p:zie ik|open-vraag|-1.0
p:zie ik|bevelen|-0.96
p:zie ik|waarschuwen|-0.9
p:zie ik|adviseren|-0.97
p:zie ik|bekritiseren|0.97
p:zie ik|afronding-aankondigen|0.89
p:zie ik|vervolgafspraak|2.8
p:zie ik|bedanken|1.18
p:zie je|vervolgafspraak|0.98
p:zie neem|bevelen|0.89
p:zie neem|waarschuwen|0.99
p:zie op|ik-boodschap|0.99
p:zie op|aanmoediging|-0.65
p:zie op|bekritiseren|-0.99
p:ziek bent|jij-boodschap|-0.8
p:ziek bent|moraliseren|0.93
p:ziek bent|bekritiseren|-0.99
p:ziek bent|interpreteren|0.99
p:ziek is|bevelen|0.95
p:ziek thuis|ondervragen|0.9
p:ziek was|adviseren|-1.0
p:ziek was|interpreteren|-1.0
p:ziek was|ondervragen|-1.0
p:ziekmelding pas|ik-boodschap|0.98
p:ziekmelding pas|waarschuwen|-0.98
p:ziekmeldt als|ik-boodschap|-0.64
p:ziekte voor|bedanken|0.96
p:zien dat|ik-boodschap|1.91
p:zien dat|parafrase|-0.93
p:zien dat|gevoelsreflectie|-0.93
p:zien dat|moraliseren|-0.92
p:zien dat|interpreteren|0.26
p:zien dus|argumenteren|0.98
p:zien elkaar|ik-boodschap|-1.0
p:zien elkaar|samenvatting|-0.89
p:zien elkaar|vervolgafspraak|1.0
p:zien komen|gevoelsreflectie|0.99
p:zien of|open-vraag|-0.87
p:zien roken|ik-boodschap|0.97
p:zien waar|argumenteren|-0.98
p:zien wat|ik-boodschap|0.81
p:zien wel|afleiden|0.98
p:ziet dat|parafrase|0.96
p:ziet een|vervolgafspraak|-0.88
p:ziet een|bedanken|-0.99
p:ziet er|gevoelsreflectie|0.97
p:ziet natuurlijk|bekritiseren|-0.94
p:ziet natuurlijk|prijzen|0.85
p:ziet u|argumenteren|1.92
p:ziet u|prijzen|0.96
p:ziet vast|interpreteren|-0.99
p:zij is|bekritiseren|-0.96
p:zij spijbelt|jij-boodschap|0.9
p:zij spijbelt|bekritiseren|0.77
p:zij spijbelt|geruststellen|-0.5
p:zij wil|interpreteren|0.99
p:zijn ?|parafrase|-0.97
p:zijn agenda|bekritiseren|0.19
p:zijn als|open-vraag|1.0
p:zijn altijd|jij-boodschap|-1.0
p:zijn altijd|aanmoediging|-1.0
p:zijn belangrijkere|afleiden|1.82
p:zijn bij|bevelen|-1.0
p:zijn bij|bekritiseren|-1.0
p:zijn bij|geruststellen|-1.0
p:zijn boeken|moraliseren|-1.0
p:zijn boeken|geruststellen|1.0
p:zijn broer|jij-boodschap|-0.26
p:zijn broertje|ik-boodschap|-1.0
p:zijn broertje|gevoelsreflectie|-0.96
p:zijn broertje|waarschuwen|-1.0
p:zijn cijfers|ik-boodschap|-0.52
p:zijn cijfers|parafrase|-0.91
p:zijn cijfers|samenvatting|-0.83
p:zijn cijfers|open-vraag|-0.92
p:zijn cijfers|argumenteren|0.83
p:zijn cijfers|afleiden|-0.97
p:zijn concentratie|vervolgafspraak|-0.98
p:zijn daden|gevoelsreflectie|-0.88
p:zijn daden|moraliseren|0.95
p:zijn dat|ik-boodschap|-0.93
p:zijn de|ik-boodschap|-0.93
p:zijn diploma|waarschuwen|-0.16
p:zijn diploma|geruststellen|-0.87
p:zijn dochter|moraliseren|0.96
p:zijn drie|ik-boodschap|-0.98
p:zijn drie|samenvatting|0.8
p:zijn drie|argumenteren|0.98
p:zijn duidelijk|argumenteren|0.81
p:zijn duidelijk|afleiden|-0.99
p:zijn echt|bekritiseren|-0.96
p:zijn echt|etiketteren|0.98
p:zijn en|ik-boodschap|0.94
p:zijn er|afleiden|0.92
p:zijn er|vervolgafspraak|-0.98
p:zijn excursieformulier|waarschuwen|-1.0
p:zijn gang|bevelen|-0.98
p:zijn gedrag|waarschuwen|0.97
p:zijn gemiddelde|ik-boodschap|0.94
p:zijn geweest|gevoelsreflectie|0.93
p:zijn goede|afleiden|0.97
p:zijn grenzen|interpreteren|0.71
p:zijn gymkleren|bevelen|0.99
p:zijn gymspullen|interpreteren|-0.99
p:zijn hoe|gevoelsreflectie|0.98
p:zijn huiswerk|ik-boodschap|-1.61
p:zijn huiswerk|parafrase|-1.0
p:zijn huiswerk|gevoelsreflectie|-1.0
p:zijn huiswerk|samenvatting|-0.8
p:zijn huiswerk|waarschuwen|0.77
p:zijn huiswerk|argumenteren|-0.98
p:zijn huiswerk|ondervragen|0.98
p:zijn huiswerk|vervolgafspraak|0.81
p:zijn laars|jij-boodschap|0.92
p:zijn laars|bekritiseren|0.83
p:zijn leeftijd|moraliseren|-1.0
p:zijn leeftijd|geruststellen|1.0
p:zijn medicatie|vervolgafspraak|0.92
p:zijn met|adviseren|-0.97
p:zijn moeder|jij-boodschap|0.97
p:zijn nou|argumenteren|-0.96
p:zijn om|gevoelsreflectie|0.99
p:zijn om|moraliseren|-0.97
p:zijn ook|jij-boodschap|0.2
p:zijn opdrachten|ik-boodschap|0.99
p:zijn planner|ik-boodschap|0.93
p:zijn planner|vervolgafspraak|-0.79
p:zijn planning|gevoelsreflectie|-0.98
p:zijn planning|samenvatting|1.02
p:zijn planning|vervolgafspraak|0.96
p:zijn planning|bedanken|0.1
p:zijn plek|waarschuwen|0.9
p:zijn pootjes|geruststellen|0.86
p:zijn presentatie|open-vraag|-1.0
p:zijn presentatie|geruststellen|-0.96
p:zijn regels|argumenteren|0.96
p:zijn rekenmachine|vervolgafspraak|1.0
p:zijn rooster|ik-boodschap|1.0
p:zijn slaap|samenvatting|0.96
p:zijn slechte|samenvatting|0.99
p:zijn spullen|vervolgafspraak|-0.97
p:zijn stem|interpreteren|-0.98
p:zijn stoel|waarschuwen|-0.99
p:zijn tegen|moraliseren|1.0
p:zijn telefoon|ik-boodschap|-0.97
p:zijn telefoon|jij-boodschap|-0.6
p:zijn telefoon|parafrase|-0.94
p:zijn telefoon|open-vraag|0.13
p:zijn telefoon|bevelen|-0.96
p:zijn telefoon|waarschuwen|0.91
p:zijn trainer|adviseren|0.93
p:zijn vader|parafrase|1.75
p:zijn vel|etiketteren|-0.94
p:zijn verjaardag|etiketteren|-0.98
p:zijn verjaardag|ondervragen|-0.98
p:zijn verzuim|open-vraag|-0.98
p:zijn verzuim|bekritiseren|0.91
p:zijn verzuim|bedanken|0.96
p:zijn voldoende|argumenteren|-0.82
p:zijn voor|open-vraag|0.94
p:zijn vrienden|open-vraag|-0.92
p:zijn vrienden|interpreteren|0.6
p:zijn vriendengroep|open-vraag|0.94
p:zijn vriendjes|bekritiseren|-0.97
p:zijn werk|moraliseren|0.96
p:zijn werk|argumenteren|-0.96
p:zijn werk|afleiden|-0.97
p:zijn ze|interpreteren|-0.97
p:zijn zorgpunten|argumenteren|-0.82
p:zin hebt|interpreteren|0.66
p:zin in|jij-boodschap|1.65
p:zin in|bekritiseren|1.15
p:zin in|interpreteren|-1.56
p:zinnen dus|etiketteren|-0.91
p:zit alleen|ik-boodschap|-0.42
p:zit alleen|interpreteren|-0.99
p:zit dan|moraliseren|0.97
p:zit de|bevelen|0.97
p:zit de|bekritiseren|0.84
p:zit de|etiketteren|-1.0
p:zit de|vervolgafspraak|1.0
p:zit elke|ik-boodschap|1.48
p:zit en|open-vraag|-0.98
p:zit er|argumenteren|0.7
p:zit erop|prijzen|-0.89
p:zit gewoon|etiketteren|-0.94
p:zit haar|ondervragen|-0.99
p:zit het|interpreteren|0.99
p:zit hij|ik-boodschap|-0.97
p:zit hij|waarschuwen|0.93
p:zit hij|geruststellen|-0.63
p:zit in|open-vraag|0.7
p:zit in|aanmoediging|-0.95
p:zit in|waarschuwen|-1.0
p:zit in|geruststellen|-0.96
p:zit in|afleiden|-1.0
p:zit je|ik-boodschap|-0.94
p:zit je|interpreteren|0.81
p:zit kan|open-vraag|1.0
p:zit kom|ik-boodschap|0.94
p:zit me|ik-boodschap|1.87
p:zit me|gevoelsreflectie|-0.96
p:zit me|argumenteren|-0.84
p:zit me|bekritiseren|-0.84
p:zit merk|ik-boodschap|0.99
p:zit met|interpreteren|0.81
p:zit naast|bekritiseren|-1.86
p:zit sinds|jij-boodschap|-0.37
p:zit te|ik-boodschap|-0.98
p:zit te|jij-boodschap|0.98
p:zit te|parafrase|-0.75
p:zit te|bekritiseren|0.94
p:zit ze|parafrase|0.92
p:zit ze|samenvatting|-0.77
p:zit ze|argumenteren|-0.91
p:zitten ?|ondervragen|-0.95
p:zitten aan|bedanken|-0.96
p:zitten anders|bevelen|0.99
p:zitten anders|waarschuwen|1.88
p:zitten daardoor|gevoelsreflectie|-0.9
p:zitten daardoor|vervolgafspraak|-0.9
p:zitten dat|waarschuwen|0.92
p:zitten dat|prijzen|-0.92
p:zitten dat|geruststellen|1.69
p:zitten en|ik-boodschap|-0.93
p:zitten en|jij-boodschap|-0.87
p:zitten en|open-vraag|-1.96
p:zitten en|bevelen|1.0
p:zitten en|waarschuwen|-1.0
p:zitten en|argumenteren|-1.0
p:zitten en|etiketteren|-1.0
p:zitten in|bekritiseren|-0.97
p:zitten is|geruststellen|-0.92
p:zitten is|afleiden|0.92
p:zitten je|bevelen|-0.91
p:zitten met|bedanken|-0.95
p:zitten of|waarschuwen|0.98
p:zitten sem|bevelen|0.9
p:zitten snap|parafrase|-0.99
p:zitten snap|geruststellen|0.99
p:zitten we|afleiden|-0.95
p:zitten we|bedanken|0.96
p:zo aan|bekritiseren|-1.0
p:zo aan|etiketteren|1.0
p:zo babyachtig|etiketteren|0.97
p:zo behulpzaam|jij-boodschap|-0.9
p:zo betrokken|adviseren|-0.93
p:zo blijft|waarschuwen|0.97
p:zo boos|gevoelsreflectie|-0.98
p:zo bouwt|argumenteren|-0.96
p:zo dat|adviseren|-0.89
p:zo dat|argumenteren|0.94
p:zo doen|prijzen|0.99
p:zo doen|ondervragen|-0.93
p:zo doorgaat|ik-boodschap|-0.97
p:zo doorgaat|jij-boodschap|1.6
p:zo doorgaat|waarschuwen|1.72
p:zo doorgaat|moraliseren|-0.98
p:zo doorgaat|bekritiseren|1.87
p:zo doorgaat|prijzen|-0.92
p:zo dramatisch|argumenteren|-0.93
p:zo dramatisch|geruststellen|0.87
p:zo druk|afleiden|0.93
p:zo dwars|jij-boodschap|-0.97
p:zo eenvoudig|argumenteren|0.96
p:zo eerlijk|interpreteren|-0.92
p:zo en|ondervragen|-0.98
p:zo erg|waarschuwen|-1.0
p:zo erg|geruststellen|1.0
p:zo erg|afleiden|-0.79
p:zo ga|moraliseren|0.94
p:zo gaat|parafrase|-1.0
p:zo gaat|gevoelsreflectie|-1.0
p:zo gaat|bevelen|-0.87
p:zo gaat|moraliseren|1.0
p:zo goed|bekritiseren|-0.97
p:zo goed|prijzen|0.97
p:zo haalt|geruststellen|-0.87
p:zo hard|waarschuwen|-0.77
p:zo hard|etiketteren|-0.99
p:zo hysterisch|bevelen|0.85
p:zo kan|ik-boodschap|1.0
p:zo kan|afronding-aankondigen|-0.95
p:zo kinderachtig|interpreteren|-0.99
p:zo kleuterachtig|etiketteren|1.0
p:zo kleuterachtig|afleiden|-0.87
p:zo kunnen|afronding-aankondigen|0.94
p:zo laat|ondervragen|0.9
p:zo lang|ondervragen|0.98
p:zo meedenkend|parafrase|-1.0
p:zo meedenkend|waarschuwen|-0.78
p:zo meedenkend|moraliseren|-1.0
p:zo meedenkend|prijzen|1.0
p:zo meedenkend|geruststellen|-1.0
p:zo met|interpreteren|0.81
p:zo mist|ik-boodschap|0.81
p:zo moeilijk|jij-boodschap|1.08
p:zo moeilijk|open-vraag|0.97
p:zo moeilijk|moraliseren|-0.99
p:zo moeilijk|argumenteren|-0.81
p:zo moeilijk|bekritiseren|0.86
p:zo negatief|etiketteren|-0.95
p:zo niet|bekritiseren|0.82
p:zo omdat|bevelen|-0.99
p:zo omdat|geruststellen|0.92
p:zo ook|bevelen|-0.91
p:zo open|gevoelsreflectie|-0.96
p:zo open|bekritiseren|-0.88
p:zo overdreven|jij-boodschap|-1.97
p:zo overdreven|bekritiseren|-0.73
p:zo schieten|ik-boodschap|0.97
p:zo schieten|afronding-aankondigen|0.97
p:zo simpel|moraliseren|0.97
p:zo snel|bekritiseren|-0.9
p:zo snel|afronding-aankondigen|-0.95
p:zo staat|ik-boodschap|-0.99
p:zo sterk|prijzen|-0.97
p:zo sterk|interpreteren|0.9
p:zo stil|interpreteren|0.97
p:zo stil|ondervragen|-0.95
p:zo stoer|ik-boodschap|-0.89
p:zo stoer|geruststellen|-0.99
p:zo te|geruststellen|-0.99
p:zo tegen|waarschuwen|1.0
p:zo tegen|bekritiseren|1.0
p:zo vaak|jij-boodschap|-0.8
p:zo vaak|bekritiseren|-0.99
p:zo vaak|prijzen|-0.98
p:zo vaak|interpreteren|0.99
p:zo verdrietig|gevoelsreflectie|0.99
p:zo want|interpreteren|-0.47
p:zo weer|bevelen|-0.99
p:zo weer|adviseren|-0.83
p:zo weer|argumenteren|-0.82
p:zo weer|geruststellen|0.96
p:zo weer|vervolgafspraak|-0.92
p:zo weinig|ik-boodschap|0.97
p:zo weinig|adviseren|0.83
p:zo zeg|jij-boodschap|0.79
p:zo zwaar|bevelen|-0.92
p:zo zwaar|moraliseren|-0.92
p:zo zwaar|interpreteren|-0.7
p:zo zwaar|geruststellen|-0.92
p:zo zwaar|afleiden|1.63
p:zo'n betrokken|jij-boodschap|-1.0
p:zo'n betrokken|adviseren|0.82
p:zo'n betrokken|prijzen|1.0
p:zo'n fijne|geruststellen|-0.47
p:zo'n filmpje|ik-boodschap|-0.98
p:zo'n goede|prijzen|0.82
p:zo'n grap|bekritiseren|-0.94
p:zo'n middag|ik-boodschap|0.89
p:zo'n middag|open-vraag|0.94
p:zo'n moeder|jij-boodschap|1.05
p:zo'n opmerking|waarschuwen|1.0
p:zo'n opmerking|bekritiseren|0.97
p:zo'n ouder|jij-boodschap|-1.19
p:zo'n reactie|etiketteren|0.99
p:zo'n slimme|bevelen|-0.96
p:zo'n slimme|waarschuwen|-0.9
p:zo'n slimme|moraliseren|-0.94
p:zo'n slimme|prijzen|2.56
p:zo'n toon|geruststellen|-0.85
p:zo'n vaart|geruststellen|0.89
p:zo'n wijze|adviseren|-0.81
p:zoals je|moraliseren|0.92
p:zoekt gewoon|interpreteren|0.71
p:zomaar niet|moraliseren|0.96
p:zomaar niet|argumenteren|-0.96
p:zomer eigenlijk|open-vraag|-0.98
p:zomer eigenlijk|afleiden|0.98
p:zomer en|parafrase|-0.81
p:zomer zie|samenvatting|-0.96
p:zon grote|gevoelsreflectie|0.98
p:zondag met|bedanken|-0.91
p:zondag samen|adviseren|0.95
p:zondag samen|bekritiseren|-0.78
p:zonde want|ik-boodschap|0.81
p:zonde zullen|vervolgafspraak|1.0
p:zonder bericht|argumenteren|0.95
p:zonder boeken|open-vraag|0.35
p:zonder boeken|aanmoediging|-1.0
p:zonder boeken|bekritiseren|0.9
p:zonder boeken|interpreteren|-0.69
p:zonder boeken|geruststellen|-1.0
p:zonder boeken|ondervragen|-1.0
p:zonder ontbijt|ik-boodschap|0.97
p:zonder pen|ik-boodschap|0.96
p:zoon dan|prijzen|0.65
p:zoon gewoon|jij-boodschap|0.79
p:zoon heeft|argumenteren|-0.96
p:zoon heeft|afleiden|-0.99
p:zoon is|jij-boodschap|0.56
p:zoon zit|jij-boodschap|-0.37
p:zorg dat|jij-boodschap|-0.97
p:zorg in|samenvatting|-0.79
p:zorg in|vervolgafspraak|0.99
p:zorg zei|bevelen|-0.9
p:zorgcoordinator erbij|afronding-aankondigen|0.8
p:zorgcoordinator of|vervolgafspraak|0.94
p:zorgcoördinator aan|vervolgafspraak|1.74
p:zorgcoördinator en|samenvatting|0.9
p:zorgcoördinator erbij|waarschuwen|-0.9
p:zorgcoördinator erbij|adviseren|-0.93
p:zorgcoördinator niet|argumenteren|-0.71
p:zorgcoördinator vragen|etiketteren|-0.93
p:zorgelijk wat|gevoelsreflectie|0.91
p:zorgen het|open-vraag|0.67
p:zorgen het|geruststellen|0.95
p:zorgen laat|adviseren|1.0
p:zorgen laat|etiketteren|-1.0
p:zorgen laat|geruststellen|1.0
p:zorgen maakt|adviseren|0.97
p:zorgen maakt|geruststellen|-0.68
p:zorgen om|ik-boodschap|-1.17
p:zorgen om|samenvatting|-0.96
p:zorgen omdat|ik-boodschap|0.97
p:zorgen over|ik-boodschap|2.48
p:zorgen over|bekritiseren|-0.95
p:zorgen sinds|open-vraag|0.7
p:zorgen vast|geruststellen|-0.94
p:zorgen want|open-vraag|-0.64
p:zorgen want|aanmoediging|-1.0
p:zorgen want|waarschuwen|-0.96
p:zorgen want|argumenteren|-0.96
p:zorgen want|geruststellen|-1.0
p:zorgen want|ondervragen|-1.0
p:zorgen we|adviseren|-0.83
p:zorgen zijn|vervolgafspraak|-0.98
p:zorgt er|jij-boodschap|0.32
p:zorgt u|bevelen|0.99
p:zorgteam erbij|afronding-aankondigen|-0.76
p:zorgvuldig in|bekritiseren|-0.96
p:zou als|adviseren|-0.92
p:zou bellen|parafrase|1.0
p:zou bellen|open-vraag|-1.0
p:zou eens|adviseren|1.0
p:zou helpen|bekritiseren|-0.96
p:zou hem|gevoelsreflectie|-0.94
p:zou hij|moraliseren|0.9
p:zou ik|ik-boodschap|-1.0
p:zou ik|waarschuwen|-1.0
p:zou ik|adviseren|2.92
p:zou ik|bekritiseren|0.78
p:zou in|adviseren|0.95
p:zou je|open-vraag|0.96
p:zou jij|jij-boodschap|-0.96
p:zou met|samenvatting|-0.99
p:zou toch|moraliseren|1.0
p:zou toch|argumenteren|-1.0
p:zou toch|prijzen|-1.0
p:zou toch|ondervragen|-1.0
p:zou u|open-vraag|0.96
p:zou voor|parafrase|-0.97
p:zou zijn|moraliseren|-0.97
p:zouden bellen|gevoelsreflectie|-0.99
p:zoveel grapjes|interpreteren|1.68
p:zoveel kinderen|geruststellen|0.92
p:zoveel missen|geruststellen|-0.97
p:zoë elke|gevoelsreflectie|0.99
p:zoë haar|vervolgafspraak|0.98
p:zoë het|interpreteren|0.99
p:zoë in|ik-boodschap|1.73
p:zulke fijne|geruststellen|-0.94
p:zulke goede|bekritiseren|-0.99
p:zulke goede|prijzen|0.99
p:zulke ruzies|geruststellen|0.99
p:zulke ruzietjes|geruststellen|-0.89
p:zulke ruzietjes|afleiden|0.92
p:zullen we|ik-boodschap|0.93
p:zullen we|samenvatting|-0.99
p:zullen we|open-vraag|-1.0
p:zullen we|moraliseren|-1.0
p:zullen we|adviseren|-1.85
p:zullen we|afleiden|1.92
p:zullen we|vervolgafspraak|1.72
p:zullen we|bedanken|-0.29
p:zus ?|ondervragen|-0.99
p:zus gekozen|open-vraag|-0.98
p:zusje daarom|waarschuwen|-0.97
p:zwaar aan|bevelen|-0.92
p:zwaar aan|moraliseren|-0.92
p:zwaar aan|interpreteren|-0.7
p:zwaar aan|geruststellen|-0.92
p:zwaar aan|afleiden|1.63
p:zwaar voor|ik-boodschap|0.61
p:zwaar voor|open-vraag|-0.99
p:zwaar was|parafrase|0.77
p:zwaar ze|gevoelsreflectie|-0.94
p:zwaar ze|bekritiseren|-0.88
p:zwart op|argumenteren|0.87
p:zwart op|afleiden|-0.95
p:één keer|ik-boodschap|-0.9
p:één keer|jij-boodschap|-0.6
p:één keer|bevelen|-0.97
p:één keer|waarschuwen|1.0
p:één keer|bekritiseren|-0.94
p:één keer|prijzen|-1.0
p:één maand|ik-boodschap|0.73
p:één zo'n|ik-boodschap|-0.98
regel:aanmoediging|ik-boodschap|-1.0
regel:aanmoediging|parafrase|-1.97
regel:aanmoediging|gevoelsreflectie|-1.81
regel:aanmoediging|samenvatting|-0.96
regel:aanmoediging|open-vraag|-0.99
regel:aanmoediging|aanmoediging|8.57
regel:aanmoediging|bevelen|-1.83
regel:aanmoediging|interpreteren|-1.0
regel:aanmoediging|afleiden|-0.91
regel:adviseren|ik-boodschap|1.45
regel:adviseren|jij-boodschap|-1.09
regel:adviseren|parafrase|-0.9
regel:adviseren|gevoelsreflectie|1.0
regel:adviseren|samenvatting|-0.99
regel:adviseren|open-vraag|-1.0
regel:adviseren|aanmoediging|-1.0
regel:adviseren|bevelen|-2.52
regel:adviseren|waarschuwen|-1.99
regel:adviseren|moraliseren|-1.88
regel:adviseren|adviseren|15.29
regel:adviseren|argumenteren|-2.76
regel:adviseren|prijzen|-0.85
regel:adviseren|etiketteren|-1.9
regel:adviseren|ondervragen|-2.92
regel:adviseren|afleiden|-1.62
regel:adviseren|vervolgafspraak|-1.85
regel:afleiden|gevoelsreflectie|0.84
regel:afleiden|samenvatting|-0.99
regel:afleiden|open-vraag|-0.93
regel:afleiden|bevelen|-1.79
regel:afleiden|waarschuwen|-0.96
regel:afleiden|moraliseren|-1.94
regel:afleiden|argumenteren|-1.86
regel:afleiden|bekritiseren|-0.82
regel:afleiden|geruststellen|-1.3
regel:afleiden|ondervragen|-1.97
regel:afleiden|afleiden|16.11
regel:afleiden|afronding-aankondigen|-1.7
regel:afronding-aankondigen|ik-boodschap|-1.0
regel:afronding-aankondigen|gevoelsreflectie|-0.98
regel:afronding-aankondigen|aanmoediging|-0.96
regel:afronding-aankondigen|bevelen|-1.0
regel:afronding-aankondigen|argumenteren|-0.94
regel:afronding-aankondigen|prijzen|-0.89
regel:afronding-aankondigen|interpreteren|-0.99
regel:afronding-aankondigen|afleiden|-1.99
regel:afronding-aankondigen|afronding-aankondigen|11.31
regel:afronding-aankondigen|vervolgafspraak|-5.62
regel:afronding-aankondigen|bedanken|-1.47
regel:argumenteren|ik-boodschap|-1.72
regel:argumenteren|jij-boodschap|-1.67
regel:argumenteren|bevelen|-0.98
regel:argumenteren|waarschuwen|-0.93
regel:argumenteren|adviseren|-1.94
regel:argumenteren|argumenteren|16.76
regel:argumenteren|bekritiseren|-2.57
regel:argumenteren|etiketteren|-0.98
regel:argumenteren|interpreteren|-1.45
regel:argumenteren|geruststellen|-1.97
regel:argumenteren|afleiden|-3.53
regel:argumenteren|vervolgafspraak|-1.0
regel:bedanken|jij-boodschap|-0.96
regel:bedanken|parafrase|-0.97
regel:bedanken|gevoelsreflectie|-1.95
regel:bedanken|samenvatting|-0.2
regel:bedanken|bevelen|-0.99
regel:bedanken|waarschuwen|-0.9
regel:bedanken|bekritiseren|-0.37
regel:bedanken|interpreteren|-0.92
regel:bedanken|geruststellen|-0.92
regel:bedanken|afronding-aankondigen|-1.91
regel:bedanken|vervolgafspraak|-1.96
regel:bedanken|bedanken|9.57
regel:bekritiseren|ik-boodschap|-1.0
regel:bekritiseren|jij-boodschap|3.98
regel:bekritiseren|parafrase|-0.75
regel:bekritiseren|gevoelsreflectie|-1.83
regel:bekritiseren|samenvatting|-0.97
regel:bekritiseren|open-vraag|-1.0
regel:bekritiseren|bevelen|-2.01
regel:bekritiseren|waarschuwen|-0.26
regel:bekritiseren|moraliseren|-1.78
regel:bekritiseren|adviseren|-2.0
regel:bekritiseren|argumenteren|-1.8
regel:bekritiseren|bekritiseren|17.09
regel:bekritiseren|prijzen|-1.91
regel:bekritiseren|etiketteren|-4.92
regel:bekritiseren|interpreteren|-2.93
regel:bekritiseren|geruststellen|-3.34
regel:bekritiseren|ondervragen|-0.96
regel:bekritiseren|afleiden|-1.99
regel:bekritiseren|vervolgafspraak|-1.0
regel:bevelen|ik-boodschap|-0.99
regel:bevelen|jij-boodschap|-1.51
regel:bevelen|parafrase|-2.0
regel:bevelen|gevoelsreflectie|-2.0
regel:bevelen|bevelen|16.09
regel:bevelen|waarschuwen|-1.67
regel:bevelen|moraliseren|-1.88
regel:bevelen|adviseren|-2.81
regel:bevelen|argumenteren|-1.0
regel:bevelen|bekritiseren|-0.26
regel:bevelen|etiketteren|-1.99
regel:bevelen|interpreteren|-1.95
regel:bevelen|geruststellen|-1.9
regel:bevelen|afleiden|-0.99
regel:bevelen|afronding-aankondigen|-0.99
regel:bevelen|vervolgafspraak|-0.96
regel:etiketteren|jij-boodschap|1.11
regel:etiketteren|bevelen|-0.11
regel:etiketteren|moraliseren|-1.96
regel:etiketteren|adviseren|-0.98
regel:etiketteren|argumenteren|-0.98
regel:etiketteren|bekritiseren|-7.45
regel:etiketteren|prijzen|-0.99
regel:etiketteren|etiketteren|11.65
regel:etiketteren|geruststellen|-0.64
regel:etiketteren|afleiden|-1.85
regel:geen|ik-boodschap|-6.73
regel:geen|jij-boodschap|-1.05
regel:geen|parafrase|-1.98
regel:geen|samenvatting|-2.56
regel:geen|open-vraag|-2.97
regel:geen|aanmoediging|-0.89
regel:geen|bevelen|-0.15
regel:geen|waarschuwen|-0.66
regel:geen|moraliseren|-1.69
regel:geen|adviseren|-1.81
regel:geen|argumenteren|-2.74
regel:geen|bekritiseren|-0.74
regel:geen|prijzen|-0.36
regel:geen|etiketteren|-1.0
regel:geen|interpreteren|-1.82
regel:geen|geruststellen|-0.62
regel:geen|ondervragen|-1.04
regel:geen|afleiden|0.72
regel:geen|afronding-aankondigen|-1.96
regel:geen|vervolgafspraak|-1.23
regel:geen|bedanken|-2.93
regel:geruststellen|jij-boodschap|-1.0
regel:geruststellen|samenvatting|-1.0
regel:geruststellen|open-vraag|0.67
regel:geruststellen|aanmoediging|-1.0
regel:geruststellen|bevelen|-0.98
regel:geruststellen|waarschuwen|-1.0
regel:geruststellen|moraliseren|-2.92
regel:geruststellen|adviseren|-0.91
regel:geruststellen|argumenteren|-4.6
regel:geruststellen|bekritiseren|-3.37
regel:geruststellen|prijzen|-1.99
regel:geruststellen|etiketteren|-1.98
regel:geruststellen|interpreteren|-2.59
regel:geruststellen|geruststellen|16.63
regel:geruststellen|afleiden|-2.94
regel:geruststellen|afronding-aankondigen|-1.0
regel:geruststellen|bedanken|-1.0
regel:gevoelsreflectie|ik-boodschap|0.31
regel:gevoelsreflectie|jij-boodschap|-1.9
regel:gevoelsreflectie|parafrase|-3.9
regel:gevoelsreflectie|gevoelsreflectie|16.26
regel:gevoelsreflectie|samenvatting|-0.17
regel:gevoelsreflectie|open-vraag|-3.55
regel:gevoelsreflectie|aanmoediging|-2.92
regel:gevoelsreflectie|waarschuwen|-1.0
regel:gevoelsreflectie|moraliseren|-1.0
regel:gevoelsreflectie|adviseren|-0.76
regel:gevoelsreflectie|argumenteren|-0.17
regel:gevoelsreflectie|bekritiseren|-0.41
regel:gevoelsreflectie|prijzen|-1.0
regel:gevoelsreflectie|etiketteren|-1.0
regel:gevoelsreflectie|interpreteren|-1.89
regel:gevoelsreflectie|afleiden|0.88
regel:gevoelsreflectie|afronding-aankondigen|-1.0
regel:gevoelsreflectie|vervolgafspraak|-1.05
regel:gevoelsreflectie|bedanken|-0.18
regel:ik-boodschap|ik-boodschap|7.92
regel:ik-boodschap|jij-boodschap|-1.0
regel:ik-boodschap|parafrase|-1.98
regel:ik-boodschap|gevoelsreflectie|-1.96
regel:ik-boodschap|samenvatting|-0.96
regel:ik-boodschap|aanmoediging|-1.0
regel:ik-boodschap|bevelen|-1.0
regel:ik-boodschap|waarschuwen|-3.71
regel:ik-boodschap|moraliseren|-1.92
regel:ik-boodschap|adviseren|-0.99
regel:ik-boodschap|argumenteren|-1.94
regel:ik-boodschap|bekritiseren|-1.95
regel:ik-boodschap|interpreteren|-1.65
regel:ik-boodschap|geruststellen|-1.0
regel:ik-boodschap|ondervragen|-1.0
regel:ik-boodschap|afleiden|-0.98
regel:ik-boodschap|afronding-aankondigen|-1.98
regel:ik-boodschap|vervolgafspraak|-1.12
regel:ik-boodschap|bedanken|-0.79
regel:interpreteren|ik-boodschap|-0.89
regel:interpreteren|jij-boodschap|-0.12
regel:interpreteren|gevoelsreflectie|-0.72
regel:interpreteren|bevelen|-1.92
regel:interpreteren|waarschuwen|-1.88
regel:interpreteren|moraliseren|-0.92
regel:interpreteren|argumenteren|-1.96
regel:interpreteren|bekritiseren|-0.6
regel:interpreteren|prijzen|-0.98
regel:interpreteren|interpreteren|13.98
regel:interpreteren|geruststellen|-1.89
regel:interpreteren|afleiden|0.63
regel:interpreteren|afronding-aankondigen|-0.98
regel:interpreteren|bedanken|-0.98
regel:jij-boodschap|ik-boodschap|-1.01
regel:jij-boodschap|jij-boodschap|10.47
regel:jij-boodschap|parafrase|-0.75
regel:jij-boodschap|gevoelsreflectie|-1.83
regel:jij-boodschap|samenvatting|-0.97
regel:jij-boodschap|open-vraag|-1.0
regel:jij-boodschap|bevelen|-1.01
regel:jij-boodschap|waarschuwen|-0.26
regel:jij-boodschap|moraliseren|-2.76
regel:jij-boodschap|adviseren|-2.0
regel:jij-boodschap|argumenteren|-0.8
regel:jij-boodschap|bekritiseren|4.14
regel:jij-boodschap|prijzen|-2.9
regel:jij-boodschap|etiketteren|2.84
regel:jij-boodschap|interpreteren|-1.99
regel:jij-boodschap|geruststellen|-2.49
regel:jij-boodschap|ondervragen|-0.96
regel:jij-boodschap|afleiden|-1.0
regel:moraliseren|ik-boodschap|-0.88
regel:moraliseren|jij-boodschap|-1.88
regel:moraliseren|parafrase|-1.0
regel:moraliseren|gevoelsreflectie|-1.0
regel:moraliseren|samenvatting|-0.96
regel:moraliseren|bevelen|-2.79
regel:moraliseren|waarschuwen|-1.14
regel:moraliseren|moraliseren|14.41
regel:moraliseren|adviseren|-1.91
regel:moraliseren|argumenteren|-1.74
regel:moraliseren|bekritiseren|-1.68
regel:moraliseren|prijzen|-1.64
regel:moraliseren|interpreteren|-1.51
regel:moraliseren|geruststellen|-2.91
regel:moraliseren|ondervragen|-1.0
regel:moraliseren|afleiden|-0.99
regel:ondervragen|ik-boodschap|-1.55
regel:ondervragen|jij-boodschap|-0.98
regel:ondervragen|gevoelsreflectie|0.81
regel:ondervragen|samenvatting|-1.0
regel:ondervragen|open-vraag|-1.86
regel:ondervragen|bevelen|-1.0
regel:ondervragen|waarschuwen|-0.99
regel:ondervragen|adviseren|-0.93
regel:ondervragen|argumenteren|-0.91
regel:ondervragen|bekritiseren|-0.98
regel:ondervragen|prijzen|-1.0
regel:ondervragen|interpreteren|-0.6
regel:ondervragen|ondervragen|8.72
regel:ondervragen|afleiden|-1.92
regel:open-vraag|ik-boodschap|2.16
regel:open-vraag|jij-boodschap|-0.96
regel:open-vraag|parafrase|-2.04
regel:open-vraag|gevoelsreflectie|-2.73
regel:open-vraag|samenvatting|-1.8
regel:open-vraag|open-vraag|16.74
regel:open-vraag|aanmoediging|-1.73
regel:open-vraag|moraliseren|-0.99
regel:open-vraag|argumenteren|-0.81
regel:open-vraag|bekritiseren|-1.86
regel:open-vraag|prijzen|-1.0
regel:open-vraag|ondervragen|-2.82
regel:open-vraag|afleiden|-0.86
regel:open-vraag|afronding-aankondigen|-1.0
regel:open-vraag|vervolgafspraak|-0.88
regel:open-vraag|bedanken|-0.99
regel:parafrase|ik-boodschap|-2.79
regel:parafrase|jij-boodschap|-1.0
regel:parafrase|parafrase|15.92
regel:parafrase|gevoelsreflectie|-3.8
regel:parafrase|samenvatting|-5.54
regel:parafrase|open-vraag|-2.69
regel:parafrase|aanmoediging|-2.98
regel:parafrase|bevelen|-1.0
regel:parafrase|waarschuwen|-1.0
regel:parafrase|adviseren|-1.82
regel:parafrase|argumenteren|-1.07
regel:parafrase|bekritiseren|-1.0
regel:parafrase|prijzen|-1.93
regel:parafrase|etiketteren|-1.0
regel:parafrase|interpreteren|-1.94
regel:parafrase|geruststellen|-1.93
regel:parafrase|ondervragen|-1.0
regel:parafrase|afleiden|-1.0
regel:parafrase|afronding-aankondigen|-1.0
regel:parafrase|vervolgafspraak|-1.0
regel:parafrase|bedanken|-1.92
regel:prijzen|jij-boodschap|-1.89
regel:prijzen|parafrase|-1.0
regel:prijzen|bevelen|-1.79
regel:prijzen|waarschuwen|-1.68
regel:prijzen|moraliseren|-1.94
regel:prijzen|adviseren|-0.9
regel:prijzen|bekritiseren|-0.99
regel:prijzen|prijzen|8.76
regel:prijzen|etiketteren|-1.85
regel:prijzen|interpreteren|-0.99
regel:prijzen|geruststellen|-2.41
regel:prijzen|ondervragen|-0.93
regel:prijzen|afleiden|-0.99
regel:prijzen|bedanken|-0.92
regel:samenvatting|ik-boodschap|-2.83
regel:samenvatting|jij-boodschap|0.1
regel:samenvatting|parafrase|-4.4
regel:samenvatting|gevoelsreflectie|-1.93
regel:samenvatting|samenvatting|13.86
regel:samenvatting|open-vraag|-2.92
regel:samenvatting|bevelen|-0.95
regel:samenvatting|argumenteren|-1.81
regel:samenvatting|bekritiseren|0.84
regel:samenvatting|geruststellen|-0.98
regel:samenvatting|ondervragen|-0.96
regel:samenvatting|afleiden|-0.95
regel:samenvatting|bedanken|1.06
regel:vervolgafspraak|ik-boodschap|-2.82
regel:vervolgafspraak|parafrase|-1.09
regel:vervolgafspraak|gevoelsreflectie|-0.99
regel:vervolgafspraak|samenvatting|-0.86
regel:vervolgafspraak|open-vraag|-1.0
regel:vervolgafspraak|bevelen|0.25
regel:vervolgafspraak|waarschuwen|-0.9
regel:vervolgafspraak|moraliseren|-1.0
regel:vervolgafspraak|adviseren|-1.84
regel:vervolgafspraak|geruststellen|-0.97
regel:vervolgafspraak|afleiden|-1.94
regel:vervolgafspraak|afronding-aankondigen|-2.61
regel:vervolgafspraak|vervolgafspraak|11.6
regel:vervolgafspraak|bedanken|-2.64
regel:waarschuwen|ik-boodschap|-2.77
regel:waarschuwen|jij-boodschap|1.74
regel:waarschuwen|parafrase|-1.0
regel:waarschuwen|gevoelsreflectie|-0.88
regel:waarschuwen|waarschuwen|14.25
regel:waarschuwen|moraliseren|-0.92
regel:waarschuwen|adviseren|-2.94
regel:waarschuwen|bekritiseren|0.11
regel:waarschuwen|prijzen|-0.92
regel:waarschuwen|interpreteren|-1.99
regel:waarschuwen|geruststellen|-1.98
regel:waarschuwen|ondervragen|-1.0
regel:waarschuwen|vervolgafspraak|-1.79
vraag|ik-boodschap|0.53
vraag|jij-boodschap|0.88
vraag|parafrase|-1.11
vraag|gevoelsreflectie|-0.88
vraag|samenvatting|-2.73
vraag|open-vraag|3.96
vraag|aanmoediging|-0.99
vraag|bevelen|-0.15
vraag|waarschuwen|-0.99
vraag|moraliseren|-1.0
vraag|adviseren|-0.11
vraag|argumenteren|-1.7
vraag|bekritiseren|-1.99
vraag|prijzen|-1.21
vraag|etiketteren|-0.98
vraag|interpreteren|-1.6
vraag|geruststellen|-1.92
vraag|ondervragen|-2.95
vraag|afleiden|1.92
vraag|afronding-aankondigen|-1.0
vraag|vervolgafspraak|0.84
vraag|bedanken|-2.61
w:'s|jij-boodschap|0.98
w:'s|parafrase|-0.73
w:'s|bevelen|-0.96
w:'s|waarschuwen|-0.99
w:'s|adviseren|1.97
w:'s|argumenteren|-0.99
w:'s|bekritiseren|0.94
w:'s|ondervragen|0.9
w:'s|vervolgafspraak|-0.91
w:1|moraliseren|-0.89
w:1|argumenteren|0.97
w:1|interpreteren|-0.99
w:14|samenvatting|0.9
w:14|vervolgafspraak|0.92
w:2|jij-boodschap|-0.75
w:2|bekritiseren|-0.81
w:24|moraliseren|-0.95
w:28|moraliseren|-0.95
w:3|ik-boodschap|-1.0
w:3|samenvatting|-0.89
w:3|argumenteren|1.87
w:3|vervolgafspraak|1.0
w:3b|aanmoediging|-0.95
w:4|ik-boodschap|0.73
w:4|jij-boodschap|-0.75
w:4|gevoelsreflectie|0.84
w:4|moraliseren|-0.96
w:4|adviseren|-0.99
w:4|argumenteren|2.65
w:4|bekritiseren|-0.81
w:4|afleiden|0.27
w:5|jij-boodschap|-0.75
w:5|argumenteren|2.76
w:5|bekritiseren|-0.81
w:5|interpreteren|-0.94
w:5|geruststellen|-0.96
w:5x|waarschuwen|-0.96
w:6|parafrase|0.91
w:6|argumenteren|0.88
w:7|ik-boodschap|0.73
w:7|argumenteren|-0.9
w:7|prijzen|0.65
w:8|parafrase|0.91
w:8|moraliseren|-0.96
w:8|adviseren|-0.99
w:8|argumenteren|1.76
w:8|geruststellen|-0.96
w:8|afleiden|-0.7
w:9|jij-boodschap|-0.75
w:9|argumenteren|0.81
w:9|bekritiseren|-0.81
w:?|ik-boodschap|-2.57
w:?|jij-boodschap|-1.08
w:?|parafrase|-1.11
w:?|gevoelsreflectie|-0.88
w:?|samenvatting|-4.72
w:?|open-vraag|1.91
w:?|aanmoediging|-0.99
w:?|bevelen|-2.14
w:?|waarschuwen|-0.99
w:?|moraliseren|-1.0
w:?|adviseren|-1.04
w:?|argumenteren|-3.51
w:?|bekritiseren|-1.21
w:?|prijzen|-1.21
w:?|etiketteren|-0.98
w:?|interpreteren|-3.4
w:?|geruststellen|-0.97
w:?|ondervragen|4.06
w:?|afleiden|-1.92
w:?|afronding-aankondigen|-1.0
w:?|vervolgafspraak|1.74
w:?|bedanken|-1.94
w:aan|ik-boodschap|1.0
w:aan|jij-boodschap|1.31
w:aan|parafrase|0.29
w:aan|gevoelsreflectie|0.97
w:aan|samenvatting|-1.73
w:aan|bevelen|0.95
w:aan|waarschuwen|-0.99
w:aan|moraliseren|-0.12
w:aan|argumenteren|1.81
w:aan|bekritiseren|3.34
w:aan|etiketteren|-0.98
w:aan|interpreteren|-1.0
w:aan|geruststellen|-2.42
w:aan|ondervragen|-1.0
w:aan|afleiden|1.63
w:aan|bedanken|-0.96
w:aanbieden|bevelen|0.96
w:aanbieden|bekritiseren|-0.96
w:aanbiedt|jij-boodschap|0.8
w:aandacht|bevelen|-0.99
w:aandacht|waarschuwen|-0.91
w:aandacht|interpreteren|0.98
w:aangekomen|parafrase|1.0
w:aangekomen|gevoelsreflectie|-1.0
w:aangekomen|geruststellen|-0.74
w:aangevallen|bedanken|-0.98
w:aankloppen|gevoelsreflectie|0.88
w:aanmelden|gevoelsreflectie|-0.87
w:aanpakken|ik-boodschap|-0.87
w:aanpakken|jij-boodschap|-0.96
w:aanpakken|parafrase|-1.0
w:aanpakken|samenvatting|2.96
w:aanpakken|open-vraag|0.87
w:aanpakken|afronding-aankondigen|-1.0
w:aansluiting|ik-boodschap|-0.97
w:aansluiting|waarschuwen|-0.92
w:aansprak|gevoelsreflectie|-0.88
w:aanspreken|open-vraag|-0.94
w:aantrekt|samenvatting|-0.97
w:aardrijkskunde|ik-boodschap|0.94
w:aardrijkskunde|bekritiseren|-0.95
w:absenties|samenvatting|-0.83
w:ach|jij-boodschap|-0.79
w:ach|open-vraag|-0.95
w:ach|moraliseren|-0.99
w:ach|argumenteren|-1.86
w:ach|bekritiseren|-0.99
w:ach|interpreteren|-0.99
w:ach|geruststellen|-2.66
w:ach|afleiden|3.89
w:ach|vervolgafspraak|-0.92
w:acht|ik-boodschap|-0.9
w:acht|aanmoediging|-0.95
w:achter|ik-boodschap|1.0
w:achter|parafrase|-1.0
w:achter|gevoelsreflectie|-1.0
w:achter|waarschuwen|-1.46
w:achter|argumenteren|-0.91
w:achter|afronding-aankondigen|0.77
w:achter|vervolgafspraak|-0.94
w:achterloopt|adviseren|-0.92
w:achterstand|argumenteren|-0.96
w:administratie|ik-boodschap|0.98
w:administratie|waarschuwen|-0.98
w:advies|adviseren|-0.96
w:advocaat|bekritiseren|-1.82
w:advocaat|etiketteren|1.82
w:af|ik-boodschap|-1.55
w:af|parafrase|-1.0
w:af|gevoelsreflectie|-1.0
w:af|samenvatting|1.11
w:af|open-vraag|0.94
w:af|waarschuwen|0.91
w:af|moraliseren|-0.91
w:af|argumenteren|-0.8
w:af|geruststellen|-0.75
w:af|afleiden|-1.0
w:af|afronding-aankondigen|1.8
w:af|vervolgafspraak|-0.95
w:af|bedanken|2.54
w:afdelingsleider|gevoelsreflectie|-0.94
w:afdelingsleider|bevelen|0.9
w:afgaat|vervolgafspraak|-0.8
w:afgelopen|ik-boodschap|1.84
w:afgelopen|argumenteren|-1.8
w:afgelopen|bekritiseren|-0.84
w:afhaakte|ik-boodschap|0.87
w:afmeldt|moraliseren|0.93
w:afronden|ik-boodschap|0.79
w:afronden|gevoelsreflectie|-0.98
w:afronden|argumenteren|0.96
w:afronden|prijzen|-0.89
w:afronden|afronding-aankondigen|0.95
w:afronden|vervolgafspraak|-0.98
w:afronden|bedanken|0.96
w:afschuift|bekritiseren|0.65
w:afsluiten|aanmoediging|-0.96
w:afsluiten|afronding-aankondigen|0.9
w:afsluiten|vervolgafspraak|-0.84
w:afsluiten|bedanken|-1.88
w:afspraak|ik-boodschap|-0.94
w:afspraak|samenvatting|0.9
w:afspraak|argumenteren|-0.71
w:afspraak|geruststellen|-1.0
w:afspraak|bedanken|0.67
w:afspraken|ik-boodschap|-1.0
w:afspraken|jij-boodschap|2.18
w:afspraken|parafrase|-0.78
w:afspraken|gevoelsreflectie|-0.99
w:afspraken|samenvatting|-0.89
w:afspraken|bevelen|-0.94
w:afspraken|moraliseren|0.97
w:afspraken|bekritiseren|1.79
w:afspraken|etiketteren|-0.99
w:afspraken|afronding-aankondigen|-0.93
w:afspreken|samenvatting|0.99
w:afspreken|adviseren|1.91
w:afspreken|prijzen|-0.91
w:afspreken|afronding-aankondigen|-0.13
w:afwezig|ik-boodschap|0.98
w:afwezig|waarschuwen|-0.98
w:afwezig|afleiden|-0.99
w:afzet|bevelen|1.0
w:agenda|ik-boodschap|-0.94
w:agenda|samenvatting|-0.79
w:agenda|moraliseren|0.92
w:agenda|adviseren|0.82
w:agenda|bekritiseren|0.19
w:agenda|afleiden|-0.92
w:agenda|vervolgafspraak|0.99
w:agenda|bedanken|-0.91
w:ah|aanmoediging|0.97
w:ajax|ondervragen|-0.99
w:ajax|afleiden|0.99
w:akkoord|prijzen|0.97
w:akkoord|etiketteren|-0.94
w:akkoord|geruststellen|-0.47
w:al|ik-boodschap|-0.69
w:al|parafrase|1.88
w:al|open-vraag|-1.7
w:al|aanmoediging|0.71
w:al|waarschuwen|-2.83
w:al|adviseren|-0.12
w:al|argumenteren|0.97
w:al|bekritiseren|0.91
w:al|geruststellen|-0.92
w:al|afleiden|-0.92
w:al|vervolgafspraak|-0.95
w:al|bedanken|-0.92
w:alle|jij-boodschap|0.92
w:alle|aanmoediging|0.88
w:alle|bekritiseren|0.83
w:alle|afleiden|-0.99
w:allebei|ik-boodschap|0.97
w:allebei|parafrase|-0.92
w:allebei|samenvatting|0.91
w:allebei|open-vraag|-0.94
w:allebei|afronding-aankondigen|1.05
w:allebei|vervolgafspraak|-0.94
w:allebei|bedanken|-0.79
w:alleen|ik-boodschap|1.24
w:alleen|jij-boodschap|-0.99
w:alleen|gevoelsreflectie|0.23
w:alleen|samenvatting|-0.99
w:alleen|open-vraag|-1.0
w:alleen|waarschuwen|-0.98
w:alleen|moraliseren|0.92
w:alleen|adviseren|-0.99
w:alleen|bekritiseren|-1.0
w:alleen|prijzen|-1.92
w:alleen|interpreteren|1.65
w:alleen|geruststellen|-0.75
w:alleen|ondervragen|-1.0
w:alleen|afleiden|-0.99
w:alleen|bedanken|-0.98
w:allemaal|ik-boodschap|0.81
w:allemaal|jij-boodschap|-1.0
w:allemaal|gevoelsreflectie|-0.98
w:allemaal|samenvatting|-1.0
w:allemaal|aanmoediging|-1.0
w:allemaal|moraliseren|-1.0
w:allemaal|bekritiseren|-0.13
w:allemaal|geruststellen|1.94
w:allemaal|afleiden|1.86
w:allemaal|afronding-aankondigen|-1.0
w:allemaal|bedanken|-1.0
w:alles|jij-boodschap|0.83
w:alles|gevoelsreflectie|-1.89
w:alles|samenvatting|0.99
w:alles|bekritiseren|1.73
w:alles|interpreteren|-0.94
w:alles|vervolgafspraak|-2.79
w:als|ik-boodschap|0.82
w:als|parafrase|0.97
w:als|samenvatting|0.12
w:als|open-vraag|0.84
w:als|aanmoediging|-0.99
w:als|bevelen|-1.12
w:als|waarschuwen|0.37
w:als|moraliseren|2.75
w:als|adviseren|1.96
w:als|argumenteren|-1.5
w:als|bekritiseren|-1.33
w:als|prijzen|1.14
w:als|interpreteren|-1.99
w:als|geruststellen|-1.52
w:als|ondervragen|-1.09
w:als|afleiden|-0.92
w:als|afronding-aankondigen|-1.84
w:als|vervolgafspraak|-1.73
w:als|bedanken|-0.92
w:alsof|gevoelsreflectie|1.9
w:alsof|bevelen|-1.0
w:alsof|bekritiseren|1.21
w:alsof|interpreteren|-0.8
w:alsof|geruststellen|-1.44
w:alstublieft|bevelen|1.0
w:alstublieft|moraliseren|-1.0
w:altijd|jij-boodschap|-0.94
w:altijd|parafrase|-1.99
w:altijd|aanmoediging|-1.0
w:altijd|bevelen|-1.92
w:altijd|waarschuwen|-0.78
w:altijd|moraliseren|-1.0
w:altijd|bekritiseren|0.54
w:altijd|prijzen|1.97
w:altijd|geruststellen|-1.0
w:altijd|ondervragen|-0.97
w:altijd|vervolgafspraak|-0.92
w:altijd|bedanken|-0.75
w:amira|gevoelsreflectie|-0.99
w:ander|parafrase|0.87
w:ander|samenvatting|-0.93
w:ander|moraliseren|0.92
w:ander|etiketteren|-0.91
w:ander|ondervragen|-0.93
w:ander|afleiden|0.88
w:andere|parafrase|2.93
w:andere|gevoelsreflectie|-0.91
w:andere|samenvatting|-0.96
w:andere|open-vraag|-0.99
w:andere|adviseren|-0.97
w:andere|argumenteren|0.64
w:andere|bekritiseren|-0.97
w:andere|interpreteren|0.98
w:andere|geruststellen|-0.89
w:anderen|ik-boodschap|2.34
w:anderen|gevoelsreflectie|-0.9
w:anderen|samenvatting|-0.98
w:anderen|bevelen|-0.96
w:anderen|waarschuwen|-0.89
w:anderen|prijzen|-0.93
w:anderen|vervolgafspraak|-0.9
w:anders|parafrase|-0.99
w:anders|open-vraag|-0.96
w:anders|bevelen|0.12
w:anders|waarschuwen|1.88
w:anders|adviseren|0.96
w:anders|bekritiseren|-0.98
w:anders|prijzen|0.82
w:anders|geruststellen|-1.0
w:anders|afleiden|0.92
w:andersom|jij-boodschap|1.69
w:andersom|bekritiseren|1.78
w:anouk|open-vraag|0.7
w:antwoord|argumenteren|-0.71
w:apart|gevoelsreflectie|-0.9
w:apart|vervolgafspraak|-1.82
w:app|ik-boodschap|-0.98
w:app|moraliseren|0.91
w:app|vervolgafspraak|0.96
w:april|ik-boodschap|-1.0
w:april|samenvatting|-0.89
w:april|vervolgafspraak|1.0
w:asociaal|argumenteren|-0.99
w:aub|bevelen|0.99
w:aub|etiketteren|-0.99
w:avond|jij-boodschap|0.9
w:avond|open-vraag|-1.8
w:avond|adviseren|2.55
w:avond|bedanken|-0.99
w:avonds|bevelen|-0.96
w:avonds|waarschuwen|-0.99
w:avonds|adviseren|1.97
w:avonds|argumenteren|-0.99
w:ayoub|ik-boodschap|1.0
w:ayoub|samenvatting|0.99
w:b|moraliseren|-0.96
w:b|afleiden|-0.7
w:baal|ik-boodschap|1.0
w:baal|etiketteren|-1.0
w:baalt|ik-boodschap|-0.9
w:baalt|gevoelsreflectie|1.83
w:baalt|open-vraag|-0.66
w:baalt|geruststellen|-0.97
w:baalt|afleiden|0.98
w:baan|afleiden|0.87
w:baart|ik-boodschap|1.0
w:baart|parafrase|-1.0
w:baart|gevoelsreflectie|-1.0
w:baart|open-vraag|-1.0
w:baby|afleiden|-0.86
w:babyachtig|etiketteren|0.97
w:bakker|samenvatting|-0.79
w:bakker|vervolgafspraak|0.99
w:balen|open-vraag|0.96
w:bang|ik-boodschap|-0.89
w:bang|parafrase|-0.99
w:bang|gevoelsreflectie|-0.12
w:bang|samenvatting|0.95
w:bang|prijzen|-0.98
w:bang|interpreteren|0.58
w:bang|geruststellen|1.0
w:bankje|moraliseren|-0.92
w:bankje|interpreteren|-0.67
w:bas|ik-boodschap|0.99
w:basisschool|gevoelsreflectie|-0.96
w:basisschool|samenvatting|0.99
w:basisschool|open-vraag|0.6
w:basisschool|adviseren|-1.0
w:bed|ik-boodschap|-0.97
w:bed|gevoelsreflectie|0.99
w:bed|moraliseren|0.91
w:bed|bekritiseren|-0.24
w:bedankt|ik-boodschap|-0.97
w:bedankt|jij-boodschap|-0.81
w:bedankt|gevoelsreflectie|-0.98
w:bedankt|samenvatting|1.8
w:bedankt|bekritiseren|1.08
w:bedankt|afronding-aankondigen|-0.84
w:bedankt|vervolgafspraak|-0.98
w:bedankt|bedanken|0.29
w:bedoeld|ik-boodschap|0.94
w:bedoelt|parafrase|1.91
w:bedoelt|interpreteren|-0.89
w:bedtijd|samenvatting|0.99
w:beetje|gevoelsreflectie|1.61
w:beetje|open-vraag|0.7
w:beetje|interpreteren|1.8
w:beetje|afronding-aankondigen|-0.97
w:beetje|vervolgafspraak|-0.95
w:begeleiden|ik-boodschap|-0.98
w:begeleiden|waarschuwen|1.89
w:beginnen|jij-boodschap|-0.94
w:beginnen|afleiden|-0.91
w:begint|parafrase|-0.99
w:begint|open-vraag|-0.97
w:begint|moraliseren|1.0
w:begint|prijzen|-1.0
w:begon|parafrase|1.17
w:begon|open-vraag|-0.87
w:begon|aanmoediging|-1.0
w:begon|geruststellen|-0.99
w:begon|ondervragen|1.0
w:begon|bedanken|-0.92
w:begonnen|parafrase|0.96
w:begonnen|adviseren|-1.0
w:begonnen|argumenteren|-0.96
w:begrijp|ik-boodschap|-0.91
w:begrijp|jij-boodschap|-0.9
w:begrijp|parafrase|2.58
w:begrijp|gevoelsreflectie|0.95
w:begrijp|samenvatting|-0.92
w:begrijp|open-vraag|1.26
w:begrijp|geruststellen|0.95
w:begrijp|afleiden|0.9
w:begrijp|bedanken|-0.92
w:begrijpen|afleiden|-0.92
w:begrijpt|prijzen|0.99
w:begrijpt|ondervragen|-0.93
w:behandeld|moraliseren|0.92
w:behandelt|moraliseren|0.92
w:behoorlijk|jij-boodschap|-1.0
w:behoorlijk|gevoelsreflectie|0.94
w:behoorlijk|open-vraag|-0.99
w:behulpzaam|jij-boodschap|-0.9
w:behulpzaam|bekritiseren|2.42
w:behulpzaam|bedanken|-1.78
w:behulpzame|bevelen|-1.0
w:bekeken|vervolgafspraak|-0.93
w:bel|parafrase|-0.99
w:bel|samenvatting|-0.98
w:bel|bevelen|-0.73
w:bel|waarschuwen|1.57
w:bel|vervolgafspraak|3.97
w:bel|bedanken|0.83
w:belangrijkere|afleiden|1.82
w:bellen|ik-boodschap|-0.91
w:bellen|jij-boodschap|-0.85
w:bellen|parafrase|1.0
w:bellen|gevoelsreflectie|-0.99
w:bellen|bekritiseren|-2.44
w:bellen|afronding-aankondigen|-0.93
w:bellen|vervolgafspraak|1.92
w:beloningssysteem|jij-boodschap|-1.0
w:beloningssysteem|open-vraag|-1.0
w:beloningssysteem|aanmoediging|-1.0
w:beloningssysteem|adviseren|0.96
w:beloningssysteem|geruststellen|-1.0
w:beloningssysteem|vervolgafspraak|-1.0
w:beloof|ik-boodschap|-0.98
w:beloof|geruststellen|1.55
w:belt|gevoelsreflectie|-1.0
w:belt|bevelen|2.91
w:belt|prijzen|-0.98
w:belt|vervolgafspraak|-0.95
w:belt|bedanken|0.96
w:bemoeien|bevelen|0.94
w:bemoeien|bekritiseren|0.94
w:bemoeit|gevoelsreflectie|-0.86
w:ben|ik-boodschap|3.19
w:ben|parafrase|1.86
w:ben|gevoelsreflectie|-0.96
w:ben|aanmoediging|-0.93
w:ben|bevelen|-1.25
w:ben|waarschuwen|-0.9
w:ben|moraliseren|-0.97
w:ben|bekritiseren|-2.68
w:ben|prijzen|-0.98
w:ben|ondervragen|1.0
w:ben|afleiden|-0.92
w:ben|afronding-aankondigen|-1.94
w:beneden|waarschuwen|-0.99
w:beneden|adviseren|1.97
w:beneden|argumenteren|-0.99
w:benieuwd|bevelen|-0.99
w:bent|ik-boodschap|-1.88
w:bent|jij-boodschap|-1.67
w:bent|parafrase|-1.3
w:bent|gevoelsreflectie|2.97
w:bent|samenvatting|0.96
w:bent|open-vraag|-1.0
w:bent|aanmoediging|-0.93
w:bent|bevelen|-1.81
w:bent|waarschuwen|-1.77
w:bent|moraliseren|-1.01
w:bent|adviseren|-0.71
w:bent|argumenteren|0.83
w:bent|bekritiseren|-3.74
w:bent|prijzen|2.77
w:bent|etiketteren|1.01
w:bent|interpreteren|1.86
w:bent|geruststellen|1.58
w:bent|ondervragen|1.9
w:bent|afronding-aankondigen|-0.92
w:bent|vervolgafspraak|-0.13
w:beoordelen|ik-boodschap|-0.95
w:beoordelingscriteria|argumenteren|1.0
w:beoordelingscriteria|vervolgafspraak|-1.0
w:bereiken|open-vraag|1.0
w:bericht|jij-boodschap|1.85
w:bericht|argumenteren|0.95
w:bericht|bekritiseren|1.06
w:bericht|bedanken|-0.99
w:berichten|jij-boodschap|0.97
w:berichten|bekritiseren|0.97
w:bescherming|jij-boodschap|1.0
w:bescherming|adviseren|-1.0
w:bescherming|bekritiseren|1.0
w:beschermt|jij-boodschap|-0.93
w:beschermt|bekritiseren|-0.93
w:beschermt|prijzen|-0.97
w:beschermt|interpreteren|0.9
w:besloten|geruststellen|-0.87
w:besluit|geruststellen|0.92
w:bespreekbaar|argumenteren|0.99
w:bespreken|ik-boodschap|0.93
w:bespreken|samenvatting|1.83
w:bespreken|open-vraag|0.94
w:bespreken|interpreteren|-0.97
w:bespreken|vervolgafspraak|-1.76
w:bespreken|bedanken|-0.66
w:besproken|open-vraag|-0.98
w:besproken|bedanken|-0.92
w:best|ik-boodschap|-0.27
w:best|jij-boodschap|-0.98
w:best|parafrase|-1.0
w:best|open-vraag|1.0
w:best|moraliseren|1.0
w:best|adviseren|-0.9
w:best|bekritiseren|-1.43
w:best|prijzen|0.9
w:best|etiketteren|-0.9
w:beste|adviseren|0.18
w:beste|argumenteren|-0.96
w:beste|bekritiseren|-0.94
w:beste|prijzen|1.82
w:beste|geruststellen|0.93
w:beste|afronding-aankondigen|-0.89
w:betekent|ik-boodschap|-0.93
w:beter|parafrase|1.0
w:beter|samenvatting|1.77
w:beter|bevelen|1.0
w:beter|waarschuwen|-0.91
w:beter|adviseren|0.89
w:beter|bekritiseren|1.38
w:beter|etiketteren|0.91
w:betrokken|jij-boodschap|-1.0
w:betrokken|bevelen|-1.82
w:betrokken|adviseren|-0.11
w:betrokken|bekritiseren|-1.0
w:betrokken|prijzen|1.97
w:betrokken|etiketteren|-0.94
w:betrokken|geruststellen|-1.91
w:betrokken|afleiden|-0.99
w:bevalt|open-vraag|-1.73
w:bevalt|afleiden|0.87
w:bevorderen|argumenteren|0.7
w:bewezen|argumenteren|0.96
w:bezig|ik-boodschap|0.96
w:bezig|bekritiseren|0.98
w:bezig|interpreteren|0.99
w:bezorgd|ik-boodschap|1.57
w:bezorgd|jij-boodschap|-0.98
w:bezorgd|bekritiseren|-0.65
w:beëindig|afronding-aankondigen|0.94
w:beëindig|vervolgafspraak|-0.99
w:beëindigen|interpreteren|-0.99
w:beëindigen|vervolgafspraak|-0.99
w:bibliotheek|prijzen|-0.92
w:bieden|jij-boodschap|-0.97
w:bieden|samenvatting|-0.96
w:biedt|bevelen|0.92
w:biedt|moraliseren|-0.87
w:bij|ik-boodschap|1.31
w:bij|jij-boodschap|-0.77
w:bij|parafrase|1.7
w:bij|gevoelsreflectie|-2.3
w:bij|samenvatting|-3.06
w:bij|open-vraag|0.7
w:bij|bevelen|-0.85
w:bij|waarschuwen|-1.44
w:bij|moraliseren|-1.0
w:bij|adviseren|-1.72
w:bij|argumenteren|-0.91
w:bij|bekritiseren|-2.07
w:bij|prijzen|1.0
w:bij|etiketteren|-1.0
w:bij|interpreteren|-1.65
w:bij|geruststellen|-1.47
w:bij|ondervragen|-1.94
w:bij|vervolgafspraak|2.88
w:bij|bedanken|0.63
w:bijbaantje|moraliseren|-0.97
w:bijhoudt|ik-boodschap|-0.9
w:bijhoudt|samenvatting|0.9
w:bijhoudt|afronding-aankondigen|-0.97
w:bijhoudt|vervolgafspraak|0.97
w:bijles|parafrase|0.97
w:bijles|bevelen|1.73
w:bijles|bekritiseren|-0.97
w:bijles|prijzen|0.97
w:bijles|afleiden|-0.95
w:bijles|afronding-aankondigen|0.9
w:bijles|vervolgafspraak|-0.95
w:bijlesuren|etiketteren|-0.94
w:bijna|ik-boodschap|0.94
w:bijna|samenvatting|-0.96
w:bijwerkt|ik-boodschap|0.93
w:bijwerkt|vervolgafspraak|-0.79
w:bilal|ik-boodschap|1.84
w:bilal|gevoelsreflectie|-0.96
w:binnen|interpreteren|0.99
w:binnengekregen|ik-boodschap|0.98
w:binnengekregen|jij-boodschap|-0.98
w:binnengekregen|bekritiseren|-0.98
w:binnenkomt|ik-boodschap|1.83
w:binnenkomt|gevoelsreflectie|-0.96
w:binnenkomt|open-vraag|0.87
w:binnenkomt|vervolgafspraak|-0.91
w:binnenkwam|gevoelsreflectie|-0.97
w:binnenslenteren|bevelen|-1.0
w:biologie|ik-boodschap|0.98
w:biologie|jij-boodschap|-0.98
w:biologie|parafrase|0.94
w:biologie|argumenteren|-0.96
w:biologie|bekritiseren|-0.98
w:biologie|afleiden|0.99
w:blauw|ik-boodschap|0.93
w:bleven|aanmoediging|-0.99
w:blij|open-vraag|0.97
w:blij|geruststellen|0.92
w:blijft|ik-boodschap|0.98
w:blijft|parafrase|-0.99
w:blijft|samenvatting|0.96
w:blijft|waarschuwen|1.15
w:blijft|prijzen|-0.92
w:blijkbaar|bekritiseren|1.94
w:blijkbaar|etiketteren|0.99
w:blijkt|bevelen|-0.98
w:blijven|ik-boodschap|0.97
w:blijven|geruststellen|-0.21
w:blijven|afleiden|0.92
w:blijven|afronding-aankondigen|2.69
w:bo|ik-boodschap|0.93
w:boeken|ik-boodschap|-0.96
w:boeken|open-vraag|0.35
w:boeken|aanmoediging|-1.0
w:boeken|moraliseren|-1.0
w:boeken|bekritiseren|1.73
w:boeken|interpreteren|-0.69
w:boeken|ondervragen|-1.0
w:boos|parafrase|0.71
w:boos|gevoelsreflectie|2.01
w:boos|open-vraag|-0.99
w:boos|bevelen|0.97
w:boos|adviseren|-0.82
w:boos|interpreteren|0.91
w:boos|geruststellen|-0.79
w:boos|ondervragen|0.97
w:boos|afleiden|0.9
w:boos|bedanken|-0.79
w:bouwt|argumenteren|-0.96
w:bovenbouw|ik-boodschap|-0.97
w:bovenbouw|geruststellen|-0.99
w:bram|jij-boodschap|0.75
w:bram|parafrase|0.99
w:bram|gevoelsreflectie|-0.88
w:bram|open-vraag|-0.98
w:bram|bevelen|0.97
w:bram|moraliseren|-1.0
w:bram|bekritiseren|0.84
w:bram|geruststellen|0.25
w:bram|bedanken|-0.66
w:breek|afronding-aankondigen|0.8
w:brengen|waarschuwen|-0.99
w:brengen|adviseren|-0.87
w:brengt|gevoelsreflectie|-0.96
w:brief|ik-boodschap|-1.9
w:brief|parafrase|0.84
w:briefje|bevelen|0.93
w:broer|jij-boodschap|-0.26
w:broer|moraliseren|-0.9
w:broertje|ik-boodschap|-1.0
w:broertje|gevoelsreflectie|-0.96
w:broertje|waarschuwen|-1.0
w:brugklas|gevoelsreflectie|-1.0
w:brugklas|open-vraag|1.0
w:brugklas|moraliseren|-0.99
w:brugklas|bekritiseren|-0.99
w:brugklas|prijzen|-1.0
w:brugklas|interpreteren|-0.99
w:brutaal|bekritiseren|0.99
w:brutaal|etiketteren|-0.99
w:buikpijn|parafrase|0.99
w:buikpijn|argumenteren|-0.97
w:buiten|ik-boodschap|0.51
w:buiten|bevelen|0.8
w:buiten|waarschuwen|1.89
w:buitengesloten|samenvatting|-1.0
w:buitengesloten|open-vraag|-1.0
w:buitengesloten|interpreteren|-0.89
w:bus|ik-boodschap|-0.93
w:bus|afleiden|-0.88
w:bus|vervolgafspraak|-1.0
w:capuchon|ik-boodschap|-0.93
w:carnavalsvakantie|ik-boodschap|-0.98
w:carnavalsvakantie|samenvatting|0.8
w:chagrijn|jij-boodschap|-2.55
w:chagrijn|bekritiseren|-1.0
w:chagrijn|etiketteren|1.0
w:checken|parafrase|0.96
w:cijfer|ik-boodschap|2.77
w:cijfer|jij-boodschap|-0.98
w:cijfer|parafrase|1.79
w:cijfer|gevoelsreflectie|0.93
w:cijfer|samenvatting|-1.82
w:cijfer|bekritiseren|-0.98
w:cijferlijst|aanmoediging|-0.85
w:cijfers|ik-boodschap|-1.4
w:cijfers|jij-boodschap|-0.78
w:cijfers|samenvatting|1.28
w:cijfers|open-vraag|-1.05
w:cijfers|adviseren|-0.99
w:cijfers|argumenteren|0.92
w:cijfers|interpreteren|0.98
w:cijfers|geruststellen|-1.0
w:cijfers|afleiden|-0.97
w:cijfers|vervolgafspraak|-0.98
w:cijfers|bedanken|-0.92
w:clown|jij-boodschap|-0.56
w:clown|etiketteren|1.0
w:collega|waarschuwen|1.0
w:collega's|ik-boodschap|-0.99
w:collega's|argumenteren|0.98
w:communiceren|jij-boodschap|-0.65
w:computer|argumenteren|-0.91
w:concentratie|argumenteren|0.96
w:concentratie|vervolgafspraak|-0.98
w:concentreren|ik-boodschap|0.97
w:conciërge|ik-boodschap|-0.59
w:conciërge|bevelen|1.0
w:conciërge|waarschuwen|1.89
w:consequent|etiketteren|-1.0
w:constructief|bekritiseren|0.93
w:contact|parafrase|-0.91
w:contact|aanmoediging|-0.97
w:contact|waarschuwen|-0.98
w:controleert|ik-boodschap|-0.97
w:controleert|jij-boodschap|0.9
w:controleert|moraliseren|0.92
w:controleert|argumenteren|-0.91
w:controleert|bekritiseren|0.97
w:controleert|afleiden|-0.92
w:curlingouder|prijzen|-0.99
w:curlingouders|etiketteren|0.98
w:daan|ik-boodschap|-0.88
w:daan|parafrase|-0.99
w:daan|gevoelsreflectie|0.96
w:daan|open-vraag|1.04
w:daan|bevelen|0.93
w:daan|argumenteren|0.16
w:daan|interpreteren|-0.97
w:daan|vervolgafspraak|0.84
w:daar|ik-boodschap|0.56
w:daar|jij-boodschap|0.94
w:daar|gevoelsreflectie|-0.13
w:daar|samenvatting|-1.96
w:daar|open-vraag|1.01
w:daar|aanmoediging|-0.65
w:daar|bevelen|-1.72
w:daar|waarschuwen|-1.99
w:daar|moraliseren|-1.88
w:daar|argumenteren|1.73
w:daar|bekritiseren|-1.82
w:daar|interpreteren|0.28
w:daar|geruststellen|0.18
w:daar|afleiden|2.91
w:daar|vervolgafspraak|-0.97
w:daardoor|ik-boodschap|0.97
w:daardoor|parafrase|-1.0
w:daardoor|gevoelsreflectie|-1.9
w:daardoor|afleiden|-0.98
w:daardoor|afronding-aankondigen|1.0
w:daardoor|vervolgafspraak|-0.9
w:daardoor|bedanken|1.0
w:daarin|parafrase|0.79
w:daarin|samenvatting|-0.93
w:daarmee|afronding-aankondigen|0.9
w:daarna|samenvatting|-0.74
w:daarna|bedanken|-0.82
w:daarnaar|interpreteren|-0.6
w:daarom|jij-boodschap|-0.97
w:daarom|parafrase|0.97
w:daarom|waarschuwen|-1.88
w:daarom|moraliseren|-0.97
w:daarom|prijzen|-0.98
w:daarom|etiketteren|-0.94
w:daarom|interpreteren|0.99
w:daarom|afronding-aankondigen|-0.98
w:daartegenaan|parafrase|-0.78
w:daartegenaan|open-vraag|0.87
w:daarvan|ik-boodschap|1.93
w:daarvoor|bevelen|-0.95
w:daden|gevoelsreflectie|-0.88
w:daden|moraliseren|0.95
w:dag|jij-boodschap|-0.98
w:dag|gevoelsreflectie|0.99
w:dag|geruststellen|0.63
w:dag|ondervragen|0.98
w:dag|afleiden|-0.92
w:dagen|ik-boodschap|-0.99
w:dalen|parafrase|-0.91
w:dan|ik-boodschap|1.29
w:dan|jij-boodschap|-0.1
w:dan|parafrase|2.99
w:dan|samenvatting|-1.0
w:dan|open-vraag|-0.92
w:dan|aanmoediging|-1.0
w:dan|bevelen|-1.94
w:dan|moraliseren|0.89
w:dan|adviseren|0.85
w:dan|argumenteren|-0.71
w:dan|bekritiseren|-3.59
w:dan|prijzen|2.61
w:dan|interpreteren|-0.6
w:dan|geruststellen|1.62
w:dan|ondervragen|1.9
w:dan|afronding-aankondigen|0.86
w:dan|vervolgafspraak|0.9
w:dan|bedanken|-2.51
w:dank|jij-boodschap|-0.96
w:dank|parafrase|-0.97
w:dank|samenvatting|-2.0
w:dank|bevelen|-0.99
w:dank|waarschuwen|-0.9
w:dank|bekritiseren|0.46
w:dank|prijzen|-0.99
w:dank|interpreteren|-0.92
w:dank|geruststellen|-0.92
w:dank|bedanken|6.24
w:dankbaar|gevoelsreflectie|-0.96
w:dankjewel|afronding-aankondigen|-0.98
w:dankjewel|bedanken|0.92
w:dat|ik-boodschap|-0.79
w:dat|jij-boodschap|0.81
w:dat|parafrase|-0.84
w:dat|gevoelsreflectie|1.07
w:dat|samenvatting|-1.92
w:dat|open-vraag|0.49
w:dat|aanmoediging|-2.91
w:dat|bevelen|-1.82
w:dat|waarschuwen|-0.38
w:dat|moraliseren|-0.66
w:dat|adviseren|-3.7
w:dat|argumenteren|0.12
w:dat|bekritiseren|0.26
w:dat|prijzen|-2.01
w:dat|etiketteren|-1.88
w:dat|interpreteren|-0.93
w:dat|geruststellen|0.71
w:dat|ondervragen|-0.93
w:dat|afleiden|-1.64
w:dat|afronding-aankondigen|-1.34
w:dat|vervolgafspraak|-3.93
w:dat|bedanken|1.58
w:de|ik-boodschap|0.61
w:de|jij-boodschap|-1.25
w:de|gevoelsreflectie|-1.98
w:de|samenvatting|-0.21
w:de|open-vraag|-1.26
w:de|aanmoediging|-1.85
w:de|waarschuwen|-0.93
w:de|moraliseren|-2.93
w:de|adviseren|-1.04
w:de|bekritiseren|-2.11
w:de|prijzen|-1.02
w:de|etiketteren|-0.91
w:de|interpreteren|-0.37
w:de|geruststellen|-0.97
w:de|ondervragen|-0.19
w:de|afleiden|-2.15
w:de|afronding-aankondigen|-3.79
w:de|vervolgafspraak|-0.19
w:de|bedanken|-1.71
w:deadline|ik-boodschap|-0.92
w:deadline|argumenteren|0.96
w:deadline|afleiden|-0.92
w:debatclub|ik-boodschap|0.99
w:deed|gevoelsreflectie|-0.63
w:deelt|bedanken|0.98
w:definitief|interpreteren|-1.0
w:degene|jij-boodschap|1.69
w:degene|bekritiseren|1.78
w:degene|prijzen|-1.0
w:dekt|jij-boodschap|1.34
w:dekt|bekritiseren|1.34
w:delen|bekritiseren|-0.83
w:denk|jij-boodschap|0.88
w:denk|adviseren|-1.0
w:denk|bekritiseren|1.16
w:denk|prijzen|-0.97
w:denk|interpreteren|3.89
w:denken|waarschuwen|-0.96
w:denken|prijzen|0.97
w:denkt|gevoelsreflectie|-1.97
w:denkt|samenvatting|0.89
w:denkt|open-vraag|1.0
w:denkt|bekritiseren|1.08
w:denkt|prijzen|-1.0
w:denkt|geruststellen|0.83
w:denkt|ondervragen|-0.95
w:derde|ik-boodschap|1.26
w:derde|parafrase|-0.88
w:derde|afronding-aankondigen|-0.87
w:derde|vervolgafspraak|-0.93
w:deur|ik-boodschap|0.93
w:deur|gevoelsreflectie|-0.83
w:deur|samenvatting|-0.99
w:dex|parafrase|-0.99
w:deze|jij-boodschap|-0.96
w:deze|gevoelsreflectie|-0.99
w:deze|samenvatting|-0.99
w:deze|moraliseren|-0.93
w:deze|bekritiseren|-0.91
w:deze|interpreteren|-0.69
w:deze|geruststellen|0.97
w:deze|afleiden|0.98
w:dichtbij|prijzen|-0.95
w:dichtbij|afleiden|-0.95
w:dichtklapt|ik-boodschap|0.98
w:dichtklapt|gevoelsreflectie|0.91
w:dichtklapt|samenvatting|-0.98
w:dichtsloeg|ik-boodschap|-0.63
w:dichtsloeg|samenvatting|-0.99
w:dichtsmeet|ik-boodschap|1.56
w:dichtsmeet|gevoelsreflectie|-0.83
w:die|ik-boodschap|0.94
w:die|jij-boodschap|-0.71
w:die|parafrase|3.76
w:die|gevoelsreflectie|0.91
w:die|open-vraag|1.95
w:die|bevelen|-0.1
w:die|waarschuwen|-1.76
w:die|moraliseren|1.87
w:die|adviseren|-0.81
w:die|argumenteren|-0.37
w:die|etiketteren|0.95
w:die|geruststellen|-2.35
w:die|ondervragen|-1.0
w:die|vervolgafspraak|-2.69
w:dient|jij-boodschap|-0.65
w:diep|interpreteren|0.99
w:digitale|ik-boodschap|0.9
w:ding|parafrase|-1.0
w:ding|gevoelsreflectie|-1.0
w:ding|bevelen|1.0
w:dingen|ik-boodschap|0.94
w:dingen|jij-boodschap|-0.78
w:dingen|samenvatting|0.91
w:dingen|afleiden|2.77
w:dingen|vervolgafspraak|-0.98
w:dinsdag|parafrase|-0.9
w:dinsdag|adviseren|-0.93
w:dinsdag|argumenteren|-0.91
w:dinsdag|interpreteren|-0.81
w:dinsdag|afleiden|-1.0
w:dinsdag|afronding-aankondigen|0.86
w:dinsdag|vervolgafspraak|1.9
w:dipje|geruststellen|1.85
w:dipje|afleiden|-0.87
w:diploma|waarschuwen|0.82
w:diploma|interpreteren|-0.97
w:diploma|geruststellen|-0.87
w:directie|vervolgafspraak|-0.99
w:discussiëren|moraliseren|-0.96
w:discussiëren|afleiden|-0.7
w:dit|ik-boodschap|0.12
w:dit|jij-boodschap|-1.81
w:dit|parafrase|-1.86
w:dit|gevoelsreflectie|0.96
w:dit|samenvatting|-1.0
w:dit|open-vraag|-0.19
w:dit|aanmoediging|-0.65
w:dit|bevelen|-1.97
w:dit|waarschuwen|1.33
w:dit|moraliseren|-0.97
w:dit|adviseren|-3.8
w:dit|argumenteren|-0.17
w:dit|bekritiseren|-0.89
w:dit|interpreteren|0.97
w:dit|ondervragen|0.16
w:dit|afleiden|-1.98
w:dit|afronding-aankondigen|0.94
w:dit|vervolgafspraak|-2.83
w:dit|bedanken|0.96
w:docent|ik-boodschap|-2.82
w:docent|samenvatting|1.75
w:docent|aanmoediging|-0.99
w:docent|bevelen|-0.89
w:docent|moraliseren|1.68
w:docent|bekritiseren|0.67
w:docent|ondervragen|1.0
w:docenten|moraliseren|0.25
w:docenten|bekritiseren|0.65
w:dochter|ik-boodschap|0.79
w:dochter|open-vraag|-1.0
w:dochter|waarschuwen|-1.99
w:dochter|bekritiseren|0.95
w:doe|ik-boodschap|-0.89
w:doe|jij-boodschap|-0.95
w:doe|waarschuwen|-0.88
w:doe|moraliseren|0.3
w:doe|argumenteren|-0.7
w:doe|bekritiseren|-1.18
w:doe|etiketteren|1.97
w:doe|interpreteren|-0.99
w:doe|geruststellen|-0.99
w:doe|ondervragen|0.99
w:doe|afleiden|-0.87
w:doen|gevoelsreflectie|-0.9
w:doen|open-vraag|-0.98
w:doen|bevelen|-1.9
w:doen|waarschuwen|0.97
w:doen|adviseren|0.95
w:doen|prijzen|2.89
w:doen|etiketteren|-0.9
w:doen|geruststellen|0.12
w:doen|ondervragen|-0.93
w:doen|afronding-aankondigen|-0.95
w:doen|vervolgafspraak|-0.9
w:doet|ik-boodschap|0.62
w:doet|jij-boodschap|0.74
w:doet|parafrase|-1.9
w:doet|gevoelsreflectie|-1.9
w:doet|samenvatting|-1.79
w:doet|open-vraag|-0.87
w:doet|bevelen|-0.99
w:doet|waarschuwen|-1.19
w:doet|moraliseren|-0.96
w:doet|argumenteren|-1.0
w:doet|bekritiseren|0.39
w:doet|etiketteren|-0.94
w:doet|interpreteren|1.27
w:doet|geruststellen|1.59
w:doet|ondervragen|-1.87
w:doet|afleiden|0.8
w:dom|samenvatting|1.0
w:dom|afronding-aankondigen|1.0
w:dom|bedanken|1.0
w:domme|argumenteren|-0.93
w:domme|etiketteren|-0.99
w:donderdag|ik-boodschap|-0.99
w:donderdag|samenvatting|-0.74
w:donderdag|afronding-aankondigen|-0.84
w:donderdag|vervolgafspraak|4.69
w:donderdag|bedanken|0.12
w:donderdagavond|samenvatting|-0.95
w:donderdagavond|vervolgafspraak|0.95
w:donderdagavond|bedanken|0.95
w:door|ik-boodschap|2.26
w:door|jij-boodschap|0.83
w:door|gevoelsreflectie|0.25
w:door|samenvatting|-1.0
w:door|open-vraag|-0.99
w:door|aanmoediging|1.97
w:door|bevelen|-1.94
w:door|adviseren|0.82
w:door|etiketteren|0.95
w:door|interpreteren|0.95
w:door|ondervragen|0.9
w:door|afronding-aankondigen|-0.89
w:door|vervolgafspraak|-0.95
w:door|bedanken|-0.91
w:doordat|interpreteren|1.44
w:doordat|geruststellen|-0.9
w:doordeweeks|argumenteren|-0.96
w:doordeweeks|prijzen|-0.84
w:doordeweekse|adviseren|-0.99
w:doordeweekse|bedanken|-0.99
w:doorgaat|ik-boodschap|-0.97
w:doorgaat|jij-boodschap|1.6
w:doorgaat|waarschuwen|1.72
w:doorgaat|moraliseren|-0.98
w:doorgaat|bekritiseren|1.87
w:doorgaat|prijzen|-0.92
w:doorgeven|ik-boodschap|0.98
w:doorgeven|waarschuwen|-0.98
w:doorheen|geruststellen|1.68
w:doorneemt|adviseren|0.95
w:doornemen|bekritiseren|-0.78
w:drama|argumenteren|-0.9
w:dramatisch|argumenteren|-0.93
w:dramatisch|geruststellen|0.87
w:drie|ik-boodschap|-0.37
w:drie|jij-boodschap|-0.61
w:drie|samenvatting|0.8
w:drie|open-vraag|-1.0
w:drie|waarschuwen|-1.83
w:drie|moraliseren|-0.99
w:drie|argumenteren|1.21
w:drie|interpreteren|-0.69
w:drie|geruststellen|-0.99
w:drie|afleiden|-1.99
w:drie|afronding-aankondigen|-2.66
w:druk|gevoelsreflectie|-0.98
w:druk|samenvatting|0.99
w:druk|open-vraag|-1.95
w:druk|argumenteren|-0.96
w:druk|interpreteren|-0.98
w:druk|geruststellen|1.9
w:druk|afleiden|0.93
w:duidelijk|ik-boodschap|-1.0
w:duidelijk|gevoelsreflectie|0.94
w:duidelijk|samenvatting|0.78
w:duidelijk|aanmoediging|-0.93
w:duidelijk|moraliseren|-0.99
w:duidelijk|argumenteren|2.76
w:duidelijk|geruststellen|-0.99
w:duidelijk|afleiden|-1.98
w:duidelijk|vervolgafspraak|0.86
w:duits|samenvatting|0.82
w:durft|samenvatting|0.98
w:durft|geruststellen|-0.98
w:dus|ik-boodschap|-1.87
w:dus|jij-boodschap|-0.9
w:dus|parafrase|4.79
w:dus|gevoelsreflectie|-1.02
w:dus|samenvatting|-0.56
w:dus|aanmoediging|-1.0
w:dus|bevelen|-0.83
w:dus|waarschuwen|-1.78
w:dus|moraliseren|-1.94
w:dus|adviseren|-0.9
w:dus|argumenteren|0.72
w:dus|bekritiseren|-0.89
w:dus|prijzen|3.88
w:dus|etiketteren|-1.81
w:dus|geruststellen|-1.04
w:dus|afleiden|-0.99
w:dus|afronding-aankondigen|-0.97
w:dus|bedanken|-1.71
w:duurt|moraliseren|0.9
w:duurt|geruststellen|-0.99
w:duurzaamheid|interpreteren|-0.99
w:dwars|jij-boodschap|-0.97
w:echt|ik-boodschap|1.41
w:echt|jij-boodschap|-0.37
w:echt|parafrase|-0.99
w:echt|gevoelsreflectie|-0.88
w:echt|open-vraag|-0.95
w:echt|bevelen|-1.0
w:echt|bekritiseren|1.92
w:echt|prijzen|0.13
w:echt|etiketteren|-0.9
w:echt|geruststellen|4.43
w:echt|vervolgafspraak|-2.82
w:echte|jij-boodschap|0.97
w:echte|etiketteren|0.98
w:echte|afleiden|-0.98
w:een|ik-boodschap|-0.18
w:een|jij-boodschap|-0.99
w:een|parafrase|-0.25
w:een|gevoelsreflectie|1.63
w:een|samenvatting|0.82
w:een|open-vraag|-1.25
w:een|aanmoediging|-1.25
w:een|bevelen|-2.88
w:een|waarschuwen|-1.44
w:een|moraliseren|-0.94
w:een|adviseren|0.77
w:een|argumenteren|1.13
w:een|bekritiseren|-2.62
w:een|prijzen|1.57
w:een|interpreteren|-1.13
w:een|geruststellen|1.08
w:een|afleiden|-2.78
w:een|vervolgafspraak|-0.68
w:een|bedanken|-1.88
w:eenmaal|jij-boodschap|0.4
w:eenmaal|bevelen|-0.92
w:eenmaal|moraliseren|1.04
w:eenmaal|argumenteren|-0.8
w:eenmaal|interpreteren|-0.7
w:eenmaal|geruststellen|-0.92
w:eenmaal|afleiden|0.23
w:eens|ik-boodschap|1.45
w:eens|jij-boodschap|-1.0
w:eens|samenvatting|-0.94
w:eens|aanmoediging|-1.0
w:eens|bevelen|0.11
w:eens|waarschuwen|-1.0
w:eens|adviseren|2.81
w:eens|bekritiseren|0.88
w:eens|prijzen|-0.92
w:eens|interpreteren|-1.0
w:eens|geruststellen|-1.99
w:eens|ondervragen|-1.0
w:eens|afleiden|1.84
w:eens|vervolgafspraak|-1.98
w:eens|bedanken|-0.99
w:eentje|ik-boodschap|-0.9
w:eentje|samenvatting|-0.9
w:eentje|moraliseren|-0.92
w:eentje|interpreteren|-0.67
w:eenvoudig|argumenteren|0.96
w:eenzaam|parafrase|-1.0
w:eerder|parafrase|1.0
w:eerder|gevoelsreflectie|0.99
w:eerder|open-vraag|-1.0
w:eerder|adviseren|0.99
w:eerder|bekritiseren|-1.39
w:eerlijk|jij-boodschap|0.79
w:eerlijk|parafrase|-0.91
w:eerlijk|aanmoediging|-0.65
w:eerlijk|waarschuwen|-0.99
w:eerlijk|moraliseren|1.89
w:eerlijk|argumenteren|-0.28
w:eerlijk|bekritiseren|-0.99
w:eerlijk|prijzen|-0.98
w:eerlijk|interpreteren|-1.86
w:eerlijk|geruststellen|-0.99
w:eerlijk|afleiden|-0.98
w:eerlijk|afronding-aankondigen|-1.96
w:eerlijk|vervolgafspraak|-1.0
w:eerlijk|bedanken|0.97
w:eerlijkheid|bekritiseren|-0.81
w:eerlijkheid|bedanken|0.92
w:eerst|gevoelsreflectie|-0.96
w:eerst|samenvatting|-0.99
w:eerst|bevelen|0.98
w:eerst|adviseren|1.88
w:eerst|geruststellen|-0.97
w:eerst|afleiden|0.99
w:eerste|ik-boodschap|1.01
w:eerste|parafrase|-1.98
w:eerste|gevoelsreflectie|-1.0
w:eerste|samenvatting|2.02
w:eerste|open-vraag|1.0
w:eerste|moraliseren|-0.99
w:eerste|bekritiseren|-0.99
w:eerste|prijzen|-1.0
w:eerste|interpreteren|-0.99
w:eerste|geruststellen|0.74
w:eerste|afleiden|0.99
w:eerste|afronding-aankondigen|-1.0
w:eerste|vervolgafspraak|0.88
w:eerste|bedanken|-0.92
w:eeuw|geruststellen|-0.96
w:eigen|moraliseren|0.75
w:eigenlijk|ik-boodschap|-0.89
w:eigenlijk|parafrase|1.76
w:eigenlijk|gevoelsreflectie|-1.9
w:eigenlijk|samenvatting|-0.93
w:eigenlijk|open-vraag|-1.73
w:eigenlijk|waarschuwen|-1.88
w:eigenlijk|prijzen|-1.9
w:eigenlijk|interpreteren|1.89
w:eigenlijk|geruststellen|-0.99
w:eigenlijk|afleiden|1.95
w:eind|ik-boodschap|-0.7
w:eind|waarschuwen|0.91
w:eind|argumenteren|-0.94
w:eind|vervolgafspraak|-0.85
w:einde|afleiden|0.9
w:eindelijk|bekritiseren|1.0
w:elf|parafrase|0.86
w:elf|argumenteren|0.97
w:elf|ondervragen|0.9
w:elkaar|ik-boodschap|-1.91
w:elkaar|gevoelsreflectie|-0.98
w:elkaar|samenvatting|-0.89
w:elkaar|moraliseren|0.94
w:elkaar|adviseren|-0.93
w:elkaar|afleiden|-0.99
w:elkaar|afronding-aankondigen|-0.87
w:elkaar|vervolgafspraak|1.0
w:elke|ik-boodschap|1.47
w:elke|jij-boodschap|2.22
w:elke|parafrase|-0.9
w:elke|samenvatting|-0.11
w:elke|waarschuwen|-0.99
w:elke|adviseren|0.8
w:elke|bekritiseren|1.51
w:elke|geruststellen|0.86
w:elke|ondervragen|0.98
w:elke|afleiden|0.86
w:emma|ik-boodschap|0.68
w:emma|geruststellen|-0.92
w:emotioneel|open-vraag|-0.99
w:emotioneel|bedanken|0.82
w:emre|interpreteren|-0.99
w:en|ik-boodschap|3.14
w:en|jij-boodschap|-1.3
w:en|parafrase|-3.53
w:en|gevoelsreflectie|-4.68
w:en|samenvatting|3.84
w:en|open-vraag|-3.08
w:en|aanmoediging|1.04
w:en|bevelen|-0.4
w:en|waarschuwen|-1.95
w:en|moraliseren|-2.77
w:en|adviseren|-2.0
w:en|argumenteren|-5.18
w:en|bekritiseren|1.1
w:en|prijzen|-2.0
w:en|etiketteren|-2.98
w:en|interpreteren|-1.0
w:en|geruststellen|-2.73
w:en|ondervragen|1.0
w:en|afleiden|-2.89
w:en|afronding-aankondigen|-0.88
w:en|vervolgafspraak|0.93
w:en|bedanken|-1.01
w:eng|interpreteren|-0.94
w:engels|ik-boodschap|0.93
w:engels|samenvatting|-1.0
w:engels|argumenteren|-0.9
w:engels|prijzen|-0.96
w:engels|vervolgafspraak|0.93
w:enige|geruststellen|0.97
w:enkel|ik-boodschap|0.98
w:enkel|jij-boodschap|0.86
w:enkel|open-vraag|-1.0
w:enkel|waarschuwen|-1.0
w:enkel|moraliseren|-0.75
w:enkel|bedanken|-0.99
w:enkele|ik-boodschap|2.51
w:enkele|jij-boodschap|-0.89
w:enkele|argumenteren|-0.96
w:enkele|bekritiseren|-0.61
w:enkele|geruststellen|-1.0
w:enorm|waarschuwen|0.75
w:enorm|prijzen|0.92
w:enorm|vervolgafspraak|-0.92
w:enorm|bedanken|-0.75
w:er|ik-boodschap|0.77
w:er|jij-boodschap|0.32
w:er|gevoelsreflectie|0.75
w:er|samenvatting|-1.95
w:er|open-vraag|-0.88
w:er|waarschuwen|-0.92
w:er|adviseren|-0.94
w:er|argumenteren|-0.96
w:er|bekritiseren|0.38
w:er|etiketteren|-1.0
w:er|interpreteren|-0.75
w:er|geruststellen|-1.77
w:er|ondervragen|1.03
w:er|afleiden|1.07
w:er|afronding-aankondigen|0.79
w:er|vervolgafspraak|0.14
w:er|bedanken|0.72
w:eraan|bekritiseren|-0.19
w:erbij|parafrase|0.8
w:erbij|samenvatting|-1.0
w:erbij|bevelen|0.9
w:erbij|waarschuwen|-0.9
w:erbij|adviseren|-0.93
w:erbij|afleiden|-1.0
w:erbij|vervolgafspraak|2.74
w:erbij|bedanken|-1.04
w:erg|ik-boodschap|0.11
w:erg|jij-boodschap|-1.0
w:erg|gevoelsreflectie|1.0
w:erg|samenvatting|-1.0
w:erg|aanmoediging|-1.0
w:erg|waarschuwen|-1.0
w:erg|moraliseren|-1.0
w:erg|adviseren|-1.0
w:erg|bekritiseren|-1.67
w:erg|geruststellen|2.0
w:erg|afleiden|-0.79
w:erg|afronding-aankondigen|-1.96
w:erg|vervolgafspraak|-0.92
w:erg|bedanken|-1.75
w:erger|bekritiseren|-0.19
w:erop|samenvatting|-0.97
w:erop|open-vraag|-0.67
w:erop|prijzen|-0.89
w:erop|geruststellen|-0.89
w:eruit|jij-boodschap|2.34
w:eruit|parafrase|0.96
w:eruit|samenvatting|0.9
w:eruit|bevelen|0.86
w:eruit|waarschuwen|0.92
w:eruit|bekritiseren|1.87
w:eruit|prijzen|-0.93
w:eruit|bedanken|-0.99
w:ervan|ik-boodschap|1.0
w:ervan|jij-boodschap|-0.9
w:ervan|gevoelsreflectie|0.84
w:ervan|bekritiseren|-0.34
w:ervan|afleiden|0.98
w:ervaren|gevoelsreflectie|-1.0
w:ervaren|open-vraag|1.0
w:ervaren|prijzen|-1.0
w:ervaring|bekritiseren|-0.94
w:ervaring|prijzen|1.81
w:ervaring|ondervragen|-0.93
w:ervoor|bevelen|0.99
w:esther|ik-boodschap|-0.97
w:ettertje|jij-boodschap|0.79
w:eva|ik-boodschap|-0.91
w:evalueren|samenvatting|-0.9
w:evalueren|open-vraag|-1.0
w:evalueren|moraliseren|-1.0
w:even|ik-boodschap|-1.89
w:even|jij-boodschap|-0.9
w:even|parafrase|-1.0
w:even|samenvatting|1.12
w:even|aanmoediging|0.13
w:even|bevelen|-0.77
w:even|moraliseren|-1.0
w:even|adviseren|-1.0
w:even|argumenteren|-0.82
w:even|bekritiseren|-0.97
w:even|interpreteren|-0.99
w:even|geruststellen|-1.0
w:even|afronding-aankondigen|-1.93
w:even|vervolgafspraak|2.04
w:evi|adviseren|-0.99
w:examen|gevoelsreflectie|0.92
w:examen|argumenteren|0.83
w:examen|geruststellen|0.92
w:examenreglement|argumenteren|0.95
w:examenreglement|interpreteren|-0.98
w:examens|geruststellen|1.0
w:examensecretaris|ik-boodschap|-0.92
w:examensecretaris|afleiden|-0.92
w:excursie|afronding-aankondigen|-0.94
w:excursieformulier|waarschuwen|-1.0
w:excuses|jij-boodschap|-0.17
w:excuses|samenvatting|-0.96
w:excuses|bevelen|1.88
w:excuses|moraliseren|-0.87
w:excuses|bekritiseren|-0.96
w:excuses|vervolgafspraak|-0.96
w:expres|moraliseren|-0.7
w:extra|jij-boodschap|-0.98
w:extra|adviseren|-0.9
w:extra|prijzen|0.9
w:extra|etiketteren|-1.85
w:extra|interpreteren|0.94
w:falen|interpreteren|0.58
w:familie|afleiden|0.98
w:fase|argumenteren|-0.95
w:fatsoen|moraliseren|1.0
w:fatsoenlijk|afleiden|-0.7
w:fay|open-vraag|0.7
w:feit|argumenteren|1.69
w:feit|geruststellen|-0.97
w:feiten|argumenteren|0.81
w:feiten|afleiden|-0.99
w:fenna|argumenteren|-0.98
w:fenna|bekritiseren|-0.98
w:fiets|parafrase|-1.0
w:fiets|adviseren|0.97
w:fiets|argumenteren|-1.0
w:fiets|vervolgafspraak|-1.0
w:fietsenhok|open-vraag|1.0
w:fietsenstalling|ik-boodschap|0.97
w:fietst|adviseren|-0.99
w:fijn|ik-boodschap|2.14
w:fijn|parafrase|-0.99
w:fijn|gevoelsreflectie|-0.99
w:fijn|bekritiseren|0.14
w:fijn|afronding-aankondigen|-0.92
w:fijn|bedanken|-0.93
w:fijne|waarschuwen|-1.0
w:fijne|geruststellen|-1.41
w:fijne|afleiden|-1.0
w:fijne|bedanken|-0.92
w:filmen|interpreteren|-0.99
w:filmen|afronding-aankondigen|-0.99
w:finn|ik-boodschap|1.0
w:finn|parafrase|-1.0
w:finn|gevoelsreflectie|-1.0
w:finn|afronding-aankondigen|-0.89
w:fleur|open-vraag|-0.64
w:fleur|aanmoediging|-1.0
w:fleur|geruststellen|-1.0
w:fleur|ondervragen|-1.0
w:fleur|afronding-aankondigen|1.0
w:fleur|vervolgafspraak|-1.0
w:fleur|bedanken|1.0
w:fout|prijzen|-0.91
w:fout|geruststellen|-0.99
w:fouten|parafrase|0.86
w:fouten|argumenteren|0.97
w:frans|ik-boodschap|-1.82
w:frans|parafrase|-0.9
w:frans|samenvatting|1.75
w:frustreert|gevoelsreflectie|1.0
w:frustreert|afronding-aankondigen|0.77
w:frustrerend|gevoelsreflectie|0.85
w:ga|ik-boodschap|-1.93
w:ga|jij-boodschap|0.85
w:ga|gevoelsreflectie|-0.63
w:ga|open-vraag|-1.97
w:ga|aanmoediging|1.0
w:ga|bevelen|1.58
w:ga|waarschuwen|0.17
w:ga|moraliseren|0.94
w:ga|argumenteren|-1.0
w:ga|etiketteren|-1.94
w:ga|ondervragen|-0.95
w:ga|afleiden|1.04
w:ga|afronding-aankondigen|1.0
w:ga|vervolgafspraak|-1.92
w:ga|bedanken|-0.96
w:gaan|jij-boodschap|0.92
w:gaan|parafrase|-0.91
w:gaan|gevoelsreflectie|-0.16
w:gaan|samenvatting|0.19
w:gaan|open-vraag|0.99
w:gaan|bevelen|-0.98
w:gaan|waarschuwen|-0.96
w:gaan|adviseren|1.95
w:gaan|bekritiseren|0.83
w:gaan|prijzen|0.93
w:gaan|afronding-aankondigen|-0.99
w:gaat|ik-boodschap|-2.86
w:gaat|jij-boodschap|-0.72
w:gaat|parafrase|-1.86
w:gaat|gevoelsreflectie|-0.1
w:gaat|samenvatting|0.79
w:gaat|open-vraag|0.92
w:gaat|bevelen|0.12
w:gaat|waarschuwen|-0.1
w:gaat|moraliseren|1.05
w:gaat|adviseren|-1.9
w:gaat|argumenteren|-0.96
w:gaat|bekritiseren|-0.96
w:gaat|prijzen|0.1
w:gaat|interpreteren|1.8
w:gaat|geruststellen|2.64
w:gaat|afleiden|0.85
w:gaat|afronding-aankondigen|-0.97
w:gaat|vervolgafspraak|-1.95
w:gaat|bedanken|-0.12
w:gaf|parafrase|-0.78
w:gamen|jij-boodschap|0.98
w:gamen|parafrase|-0.75
w:gamen|bekritiseren|1.21
w:gamen|interpreteren|-0.99
w:gamen|ondervragen|0.98
w:gamet|adviseren|1.0
w:gamet|bekritiseren|0.78
w:gang|ik-boodschap|0.84
w:gang|open-vraag|-0.94
w:gang|bevelen|-0.98
w:gang|waarschuwen|1.0
w:gang|argumenteren|-0.99
w:gang|afleiden|-0.98
w:gangpad|waarschuwen|-0.92
w:gapen|ik-boodschap|1.48
w:gaten|bevelen|0.97
w:gaten|bedanken|0.96
w:gebeld|parafrase|0.71
w:gebeld|samenvatting|1.0
w:gebeld|bevelen|-0.95
w:gebeld|bekritiseren|0.12
w:gebeld|interpreteren|-0.89
w:gebeld|afleiden|-0.97
w:gebeld|vervolgafspraak|-0.82
w:gebeurd|ik-boodschap|0.97
w:gebeurd|parafrase|-0.99
w:gebeurd|open-vraag|0.67
w:gebeurd|geruststellen|0.95
w:gebeurde|ik-boodschap|-0.92
w:gebeurde|samenvatting|-0.96
w:gebeurde|open-vraag|1.0
w:gebeurde|aanmoediging|0.96
w:gebeurde|afleiden|-0.88
w:gebeuren|parafrase|-0.99
w:gebeuren|geruststellen|2.68
w:gebeurt|ik-boodschap|-0.98
w:gebeurt|jij-boodschap|0.74
w:gebeurt|parafrase|-1.0
w:gebeurt|gevoelsreflectie|-0.97
w:gebeurt|samenvatting|0.8
w:gebeurt|waarschuwen|0.92
w:gebeurt|adviseren|-0.94
w:gebeurt|bekritiseren|-0.22
w:gebeurt|prijzen|-1.0
w:gebeurt|geruststellen|1.0
w:gebeurt|afleiden|-0.79
w:gebruiken|open-vraag|-0.97
w:gebruiken|adviseren|1.0
w:gebruiken|etiketteren|-1.0
w:gebruiken|geruststellen|1.0
w:gebruikt|jij-boodschap|-0.6
w:gecontroleerd|jij-boodschap|-0.98
w:gecontroleerd|interpreteren|-0.47
w:gecontroleerd|ondervragen|0.98
w:gedaan|jij-boodschap|-0.97
w:gedaan|parafrase|0.93
w:gedaan|gevoelsreflectie|0.93
w:gedaan|samenvatting|-0.9
w:gedaan|open-vraag|-1.0
w:gedaan|geruststellen|-0.99
w:gedaan|ondervragen|1.0
w:gedacht|adviseren|1.0
w:gedacht|ondervragen|-1.0
w:gedoe|open-vraag|-0.98
w:gedoe|adviseren|-1.0
w:gedoe|bekritiseren|-0.24
w:gedoe|etiketteren|0.9
w:gedoe|interpreteren|0.99
w:gedoe|afleiden|0.98
w:gedraagt|jij-boodschap|0.99
w:gedraagt|bekritiseren|0.55
w:gedraagt|geruststellen|-0.99
w:gedrag|waarschuwen|0.97
w:gedrag|argumenteren|-1.82
w:gedrag|geruststellen|-0.64
w:gedrag|ondervragen|-0.9
w:gedreigd|bekritiseren|0.93
w:geduwd|ik-boodschap|0.91
w:geduwd|gevoelsreflectie|0.98
w:geeft|parafrase|0.99
w:geen|ik-boodschap|3.88
w:geen|parafrase|-0.9
w:geen|gevoelsreflectie|-0.87
w:geen|samenvatting|0.78
w:geen|open-vraag|-0.32
w:geen|bevelen|0.85
w:geen|waarschuwen|-1.0
w:geen|moraliseren|-0.75
w:geen|adviseren|-0.83
w:geen|argumenteren|1.13
w:geen|bekritiseren|-0.66
w:geen|prijzen|0.97
w:geen|etiketteren|-1.0
w:geen|interpreteren|-0.9
w:geen|geruststellen|0.53
w:geen|ondervragen|-0.93
w:geen|afleiden|-0.92
w:geen|bedanken|-0.99
w:gefrusteerd|geruststellen|-0.93
w:gefrustreerd|vervolgafspraak|-0.95
w:gegaan|samenvatting|-0.94
w:gegaan|ondervragen|1.0
w:gegaan|afleiden|-0.94
w:gegaan|vervolgafspraak|0.96
w:gehaald|argumenteren|-0.96
w:gehaald|geruststellen|-0.96
w:gehaast|gevoelsreflectie|-0.96
w:gehad|ik-boodschap|0.9
w:gehad|jij-boodschap|0.81
w:gehad|gevoelsreflectie|0.91
w:gehad|samenvatting|0.93
w:gehad|open-vraag|0.94
w:gehad|argumenteren|-1.83
w:gehad|bekritiseren|-1.79
w:gehad|prijzen|-0.91
w:gehad|etiketteren|0.91
w:gehad|interpreteren|-0.8
w:gehad|afleiden|-0.95
w:gehad|afronding-aankondigen|-0.83
w:geholpen|jij-boodschap|-0.96
w:geholpen|bekritiseren|-0.15
w:gehoord|ik-boodschap|-1.69
w:gehoord|jij-boodschap|-0.81
w:gehoord|gevoelsreflectie|0.99
w:gehoord|bekritiseren|0.97
w:gehoord|prijzen|-1.0
w:gehoord|ondervragen|1.0
w:gehouden|adviseren|-0.82
w:gekeken|jij-boodschap|0.92
w:gekeken|bekritiseren|0.83
w:gekomen|parafrase|0.97
w:gekomen|gevoelsreflectie|-0.98
w:gekomen|samenvatting|0.9
w:gekomen|bevelen|-0.99
w:gekomen|waarschuwen|-0.99
w:gekomen|moraliseren|-0.97
w:gekomen|adviseren|-0.97
w:gekomen|argumenteren|-0.92
w:gekomen|prijzen|-0.99
w:gekomen|geruststellen|-0.92
w:gekomen|afronding-aankondigen|-0.92
w:gekomen|vervolgafspraak|-0.98
w:gekomen|bedanken|0.99
w:gekozen|open-vraag|-1.97
w:gekozen|ondervragen|-1.0
w:gekregen|jij-boodschap|-0.92
w:gekregen|bekritiseren|-0.93
w:gekwetst|parafrase|0.97
w:gekwetst|gevoelsreflectie|0.97
w:gekwetst|adviseren|-0.97
w:gelden|argumenteren|0.99
w:gelden|geruststellen|-0.99
w:geldt|ik-boodschap|-0.99
w:geldt|argumenteren|0.9
w:geleerd|jij-boodschap|-1.3
w:geleerd|moraliseren|0.91
w:geleerd|bekritiseren|-1.57
w:gelezen|gevoelsreflectie|-0.86
w:gelezen|ondervragen|0.95
w:gelezen|afleiden|-0.95
w:gelijk|parafrase|0.86
w:gelijk|argumenteren|0.97
w:gelijk|bekritiseren|-0.95
w:geloof|adviseren|-0.89
w:gelopen|open-vraag|-0.99
w:gemaakt|ik-boodschap|-0.23
w:gemaakt|waarschuwen|-0.96
w:gemaakt|argumenteren|0.7
w:gemaild|ik-boodschap|-0.97
w:gemaild|jij-boodschap|-0.81
w:gemaild|bekritiseren|0.97
w:gemakzuchtig|bekritiseren|-2.19
w:gemakzuchtig|etiketteren|0.99
w:gemeen|bekritiseren|0.95
w:gemeente|vervolgafspraak|0.91
w:gemeld|bekritiseren|0.91
w:gemeld|prijzen|-1.0
w:gemeld|ondervragen|1.0
w:gemengde|adviseren|-0.96
w:gemerkt|ik-boodschap|0.9
w:gemerkt|waarschuwen|-1.0
w:gemiddeld|parafrase|0.91
w:gemiddeld|moraliseren|-0.96
w:gemiddeld|afleiden|-0.7
w:gemiddelde|ik-boodschap|0.94
w:gemiddelde|adviseren|-0.99
w:gemiddelde|argumenteren|1.9
w:gemist|ik-boodschap|0.79
w:gemist|argumenteren|0.81
w:gemist|afleiden|-0.98
w:gemotiveerd|parafrase|0.99
w:gemotiveerd|argumenteren|-0.62
w:gemotiveerd|geruststellen|-0.99
w:genegeerd|etiketteren|-0.91
w:genomen|aanmoediging|-0.99
w:gepast|bekritiseren|1.19
w:gepast|geruststellen|-0.99
w:gepest|open-vraag|1.0
w:gepest|moraliseren|0.92
w:gepest|prijzen|-0.97
w:gepest|interpreteren|0.9
w:gepraat|afronding-aankondigen|0.9
w:geraakt|ik-boodschap|0.93
w:gereageerd|jij-boodschap|1.85
w:gereageerd|bekritiseren|1.06
w:gereageerd|bedanken|-0.99
w:gerust|ik-boodschap|-1.0
w:gerust|gevoelsreflectie|0.82
w:gerust|waarschuwen|-0.98
w:gerust|adviseren|0.91
w:gerust|afronding-aankondigen|-1.0
w:geschiedenis|samenvatting|-1.0
w:geschiedenis|aanmoediging|-0.99
w:geschopt|bekritiseren|0.95
w:geschorst|ik-boodschap|-0.98
w:geschorst|waarschuwen|1.0
w:geschorst|adviseren|-1.0
w:geschorst|bekritiseren|-0.98
w:geschorst|prijzen|-1.0
w:geschreeuw|moraliseren|-0.95
w:geschrokken|ik-boodschap|2.61
w:geschrokken|gevoelsreflectie|1.0
w:geschrokken|aanmoediging|-0.65
w:geschrokken|argumenteren|0.83
w:geschrokken|bekritiseren|-0.99
w:geschrokken|prijzen|-0.98
w:gesprek|jij-boodschap|-1.76
w:gesprek|parafrase|-0.17
w:gesprek|samenvatting|0.8
w:gesprek|bevelen|0.99
w:gesprek|bekritiseren|-1.23
w:gesprek|interpreteren|-0.99
w:gesprek|geruststellen|-0.85
w:gesprek|ondervragen|0.93
w:gesprek|afleiden|-0.94
w:gesprek|afronding-aankondigen|1.9
w:gesprek|vervolgafspraak|1.68
w:gesprek|bedanken|1.21
w:gesprekje|samenvatting|-0.79
w:gesprekje|vervolgafspraak|0.99
w:gesprekken|ik-boodschap|0.94
w:gesproken|afleiden|0.68
w:gesproken|vervolgafspraak|-0.97
w:gestopt|open-vraag|-1.0
w:gestraft|open-vraag|-1.0
w:gestuurd|waarschuwen|0.97
w:gestuurd|prijzen|-0.93
w:getik|bevelen|0.86
w:geven|ik-boodschap|1.0
w:geven|jij-boodschap|-0.98
w:geven|parafrase|-1.0
w:geven|aanmoediging|-0.96
w:geven|waarschuwen|-0.78
w:geven|adviseren|-0.92
w:geven|bekritiseren|-0.98
w:geven|prijzen|0.35
w:geven|interpreteren|0.94
w:geven|geruststellen|-1.0
w:gevoel|gevoelsreflectie|-1.76
w:gevoel|open-vraag|1.0
w:gevolgen|gevoelsreflectie|-0.88
w:gevolgen|waarschuwen|0.98
w:gevolgen|moraliseren|0.95
w:gevraagd|jij-boodschap|-0.83
w:geweest|gevoelsreflectie|0.98
w:geweest|moraliseren|-1.0
w:geweest|bekritiseren|0.99
w:geweest|etiketteren|-0.99
w:geweld|jij-boodschap|-0.91
w:geweld|bekritiseren|-0.96
w:geweldig|adviseren|-0.93
w:geweldige|bekritiseren|2.63
w:geweldige|prijzen|0.97
w:geweldige|afronding-aankondigen|-0.92
w:geweldige|bedanken|-3.37
w:gewend|geruststellen|0.97
w:gewerkt|bevelen|-0.91
w:gewerkt|adviseren|-1.0
w:gewerkt|bekritiseren|-0.94
w:gewone|vervolgafspraak|-0.88
w:gewoon|jij-boodschap|1.71
w:gewoon|gevoelsreflectie|-0.93
w:gewoon|bevelen|-0.92
w:gewoon|waarschuwen|-1.88
w:gewoon|moraliseren|0.92
w:gewoon|adviseren|2.04
w:gewoon|argumenteren|1.16
w:gewoon|bekritiseren|-0.51
w:gewoon|etiketteren|-0.95
w:gewoon|interpreteren|2.76
w:gewoon|geruststellen|0.65
w:gewoon|ondervragen|-0.9
w:gewoon|afleiden|0.22
w:gewoon|vervolgafspraak|-1.0
w:geworden|etiketteren|0.95
w:geworden|interpreteren|0.95
w:geworden|ondervragen|-0.95
w:gezakt|ik-boodschap|0.73
w:gezegd|ik-boodschap|-0.99
w:gezegd|jij-boodschap|0.79
w:gezegd|parafrase|-0.91
w:gezegd|gevoelsreflectie|0.81
w:gezegd|open-vraag|-1.0
w:gezegd|aanmoediging|-0.65
w:gezegd|waarschuwen|-0.99
w:gezegd|bekritiseren|-0.99
w:gezegd|prijzen|-0.98
w:gezegd|ondervragen|0.97
w:gezegd|afleiden|-1.93
w:gezegd|afronding-aankondigen|-1.96
w:gezegd|vervolgafspraak|-1.0
w:gezeur|bevelen|0.99
w:gezeur|bekritiseren|-0.12
w:gezien|ik-boodschap|-0.92
w:gezien|parafrase|-0.99
w:gezien|adviseren|-1.0
w:gezien|argumenteren|0.83
w:gezien|interpreteren|1.29
w:gezien|ondervragen|-0.99
w:gezien|afleiden|0.99
w:gezin|geruststellen|-0.91
w:gezocht|jij-boodschap|0.97
w:geïrriteerd|gevoelsreflectie|1.0
w:geïrriteerd|waarschuwen|-0.99
w:gijs|ik-boodschap|0.93
w:gijs|vervolgafspraak|-0.79
w:ging|gevoelsreflectie|-0.88
w:ging|samenvatting|0.99
w:ging|afleiden|-0.95
w:gisteren|ik-boodschap|1.84
w:gisteren|gevoelsreflectie|-0.83
w:gisteren|samenvatting|-0.99
w:gisteren|ondervragen|-0.99
w:gisteren|afleiden|-0.98
w:goed|ik-boodschap|-1.58
w:goed|parafrase|1.68
w:goed|samenvatting|-0.77
w:goed|open-vraag|-0.77
w:goed|aanmoediging|-0.99
w:goed|bevelen|-1.74
w:goed|waarschuwen|-1.67
w:goed|moraliseren|-0.97
w:goed|argumenteren|-1.81
w:goed|prijzen|0.97
w:goed|geruststellen|0.7
w:goed|afleiden|0.24
w:goed|bedanken|-1.72
w:goede|parafrase|-0.97
w:goede|moraliseren|1.84
w:goede|adviseren|-0.92
w:goede|bekritiseren|-1.96
w:goede|prijzen|1.16
w:goedemiddag|parafrase|-0.99
w:goedemiddag|gevoelsreflectie|-0.99
w:goedemiddag|bedanken|-0.97
w:goedenavond|ondervragen|-1.0
w:goedkomt|geruststellen|0.44
w:goeiemiddag|bevelen|-0.89
w:gouden|geruststellen|-0.96
w:graag|parafrase|-1.16
w:graag|gevoelsreflectie|-0.99
w:graag|samenvatting|-0.99
w:graag|aanmoediging|-0.96
w:graag|waarschuwen|-0.9
w:graag|vervolgafspraak|-0.97
w:graag|bedanken|0.24
w:grap|bekritiseren|-0.94
w:grapjes|interpreteren|1.68
w:grenzen|moraliseren|1.0
w:grenzen|bekritiseren|0.27
w:grenzen|interpreteren|0.71
w:grijpen|adviseren|1.0
w:grijpen|bekritiseren|0.78
w:groeit|argumenteren|-0.95
w:groep|ik-boodschap|-0.48
w:groep|jij-boodschap|1.51
w:groep|samenvatting|-0.99
w:groep|open-vraag|-1.0
w:groep|bekritiseren|-0.99
w:groep|interpreteren|0.19
w:groepje|ik-boodschap|0.98
w:groepje|samenvatting|-0.98
w:groepsapp|bekritiseren|0.95
w:groepsapp|afleiden|0.94
w:groepsgenoten|jij-boodschap|0.99
w:groepsgenoten|bekritiseren|0.55
w:groepsopdracht|gevoelsreflectie|-0.9
w:groepsopdracht|vervolgafspraak|-0.9
w:groepswerk|ik-boodschap|0.98
w:groepswerk|samenvatting|-0.98
w:grond|ik-boodschap|-0.88
w:grond|gevoelsreflectie|0.96
w:groot|geruststellen|-0.91
w:grote|gevoelsreflectie|0.98
w:grote|moraliseren|-0.9
w:grote|etiketteren|0.94
w:gym|ik-boodschap|0.93
w:gym|afleiden|0.97
w:gymdocent|parafrase|-0.78
w:gymkleren|bevelen|0.99
w:gymles|ik-boodschap|0.97
w:gymles|gevoelsreflectie|1.81
w:gymspullen|interpreteren|-0.99
w:haal|geruststellen|1.64
w:haal|vervolgafspraak|-0.99
w:haalde|parafrase|0.91
w:haalde|argumenteren|0.82
w:haalt|gevoelsreflectie|0.92
w:haalt|samenvatting|0.99
w:haalt|argumenteren|1.07
w:haalt|geruststellen|2.5
w:haar|ik-boodschap|2.83
w:haar|jij-boodschap|0.64
w:haar|samenvatting|-0.2
w:haar|open-vraag|0.94
w:haar|bevelen|-0.83
w:haar|moraliseren|-1.0
w:haar|adviseren|1.81
w:haar|bekritiseren|0.38
w:haar|prijzen|-0.97
w:haar|interpreteren|-0.2
w:haar|geruststellen|0.98
w:haar|afleiden|-0.99
w:haar|vervolgafspraak|0.98
w:had|gevoelsreflectie|-1.9
w:had|bevelen|-0.95
w:had|waarschuwen|-0.91
w:had|moraliseren|-0.97
w:had|argumenteren|1.8
w:had|bekritiseren|0.36
w:had|vervolgafspraak|-1.0
w:hadden|moraliseren|-0.95
w:hadden|bekritiseren|0.31
w:haha|afleiden|0.94
w:halen|argumenteren|-0.13
w:halen|prijzen|0.65
w:halen|geruststellen|1.0
w:half|open-vraag|0.94
w:half|bevelen|0.95
w:half|bedanken|1.9
w:halverwege|afronding-aankondigen|-0.9
w:hamza|argumenteren|-0.96
w:hand|jij-boodschap|0.9
w:hand|gevoelsreflectie|0.97
w:hand|bekritiseren|0.51
w:hand|geruststellen|-0.5
w:handtekeningen|bekritiseren|0.97
w:hangen|samenvatting|-0.99
w:hangt|moraliseren|-1.0
w:hard|waarschuwen|-0.77
w:hard|adviseren|-1.0
w:hard|bekritiseren|-0.94
w:hard|etiketteren|-0.99
w:hardop|afleiden|-0.72
w:hartelijk|afronding-aankondigen|-0.95
w:havo|aanmoediging|-0.95
w:havo|bevelen|-0.95
w:havo|waarschuwen|0.9
w:he|moraliseren|-1.0
w:he|bekritiseren|-0.82
w:he|afleiden|1.94
w:heb|ik-boodschap|0.92
w:heb|jij-boodschap|-0.97
w:heb|gevoelsreflectie|-2.03
w:heb|waarschuwen|-1.97
w:heb|moraliseren|0.77
w:heb|adviseren|-1.0
w:heb|argumenteren|-0.16
w:heb|prijzen|-0.91
w:heb|etiketteren|0.91
w:heb|interpreteren|0.52
w:heb|ondervragen|0.97
w:heb|afleiden|-0.95
w:heb|vervolgafspraak|-1.91
w:hebben|jij-boodschap|-2.26
w:hebben|gevoelsreflectie|-1.79
w:hebben|samenvatting|-0.98
w:hebben|bevelen|-0.97
w:hebben|moraliseren|1.86
w:hebben|argumenteren|-0.35
w:hebben|bekritiseren|-1.69
w:hebben|prijzen|-1.87
w:hebben|etiketteren|0.94
w:hebben|geruststellen|-0.72
w:hebben|afleiden|2.84
w:hebben|afronding-aankondigen|-0.86
w:hebben|vervolgafspraak|-0.92
w:hebben|bedanken|-0.92
w:hebt|ik-boodschap|1.21
w:hebt|jij-boodschap|1.84
w:hebt|parafrase|1.93
w:hebt|gevoelsreflectie|-0.15
w:hebt|samenvatting|-1.88
w:hebt|open-vraag|-0.87
w:hebt|bevelen|-0.91
w:hebt|waarschuwen|-0.93
w:hebt|argumenteren|0.15
w:hebt|bekritiseren|2.29
w:hebt|etiketteren|-0.91
w:hebt|interpreteren|-0.71
w:hebt|geruststellen|-0.74
w:heeft|ik-boodschap|1.65
w:heeft|jij-boodschap|-1.1
w:heeft|parafrase|-0.26
w:heeft|gevoelsreflectie|-0.99
w:heeft|samenvatting|-1.68
w:heeft|open-vraag|-3.12
w:heeft|aanmoediging|-0.95
w:heeft|waarschuwen|-1.99
w:heeft|moraliseren|-1.65
w:heeft|adviseren|-1.82
w:heeft|argumenteren|0.48
w:heeft|bekritiseren|-0.72
w:heeft|prijzen|-0.4
w:heeft|etiketteren|-1.89
w:heeft|interpreteren|-1.04
w:heeft|geruststellen|-1.02
w:heeft|ondervragen|0.99
w:heeft|afleiden|-1.84
w:heeft|afronding-aankondigen|1.0
w:heeft|vervolgafspraak|1.0
w:heeft|bedanken|-0.96
w:heel|ik-boodschap|0.61
w:heel|jij-boodschap|0.95
w:heel|gevoelsreflectie|0.91
w:heel|bevelen|-2.82
w:heel|waarschuwen|-0.5
w:heel|argumenteren|0.91
w:heel|bekritiseren|1.63
w:heel|prijzen|0.98
w:heel|etiketteren|0.99
w:heel|interpreteren|-0.98
w:heel|geruststellen|-0.52
w:heel|afronding-aankondigen|-0.96
w:heel|bedanken|-1.78
w:heen|gevoelsreflectie|-0.11
w:heen|samenvatting|-1.0
w:heen|open-vraag|-0.94
w:heen|afronding-aankondigen|-0.89
w:heftig|jij-boodschap|0.91
w:heimwee|interpreteren|0.8
w:hek|bevelen|1.0
w:helaas|interpreteren|-0.99
w:helaas|vervolgafspraak|-0.99
w:held|etiketteren|0.94
w:helder|ik-boodschap|-0.99
w:helder|argumenteren|0.87
w:hele|ik-boodschap|0.47
w:hele|jij-boodschap|0.74
w:hele|parafrase|0.86
w:hele|gevoelsreflectie|0.13
w:hele|samenvatting|-0.99
w:hele|bevelen|0.97
w:hele|waarschuwen|0.92
w:hele|moraliseren|0.76
w:hele|argumenteren|0.34
w:hele|bekritiseren|0.89
w:hele|etiketteren|0.82
w:hele|afleiden|-0.98
w:helemaal|jij-boodschap|-0.9
w:helemaal|gevoelsreflectie|1.82
w:helemaal|samenvatting|-0.85
w:helemaal|open-vraag|-0.96
w:helemaal|moraliseren|-1.0
w:helemaal|interpreteren|0.99
w:helft|parafrase|-1.8
w:helft|argumenteren|0.84
w:helikopterouder|bevelen|-0.97
w:helikopterouder|etiketteren|0.95
w:helikopterouders|bekritiseren|-0.96
w:helpen|jij-boodschap|-1.0
w:helpen|gevoelsreflectie|-0.94
w:helpen|open-vraag|2.85
w:helpen|adviseren|1.0
w:helpen|bekritiseren|-0.96
w:helpen|vervolgafspraak|0.81
w:helpt|adviseren|0.95
w:hem|ik-boodschap|-0.77
w:hem|jij-boodschap|-0.85
w:hem|parafrase|0.97
w:hem|gevoelsreflectie|-1.91
w:hem|samenvatting|-0.93
w:hem|open-vraag|1.88
w:hem|aanmoediging|-1.0
w:hem|bevelen|2.08
w:hem|waarschuwen|1.03
w:hem|moraliseren|-1.97
w:hem|adviseren|2.05
w:hem|argumenteren|-0.81
w:hem|bekritiseren|-1.02
w:hem|prijzen|-0.89
w:hem|etiketteren|-2.0
w:hem|interpreteren|0.98
w:hem|ondervragen|0.99
w:hem|afleiden|-1.7
w:hem|afronding-aankondigen|-0.94
w:hem|vervolgafspraak|-1.74
w:hem|bedanken|-0.8
w:herexamen|geruststellen|1.64
w:herfstvakantie|ik-boodschap|1.78
w:herfstvakantie|jij-boodschap|-1.96
w:herfstvakantie|bekritiseren|-1.63
w:herhalen|open-vraag|0.87
w:herkansing|ik-boodschap|0.79
w:herkansing|parafrase|-1.0
w:herkansing|gevoelsreflectie|1.94
w:herkansing|samenvatting|0.78
w:herkansing|argumenteren|0.95
w:herkansing|prijzen|1.0
w:herkansing|geruststellen|0.91
w:herkansing|vervolgafspraak|0.86
w:herkansingsdata|ik-boodschap|-0.71
w:herkansingsdata|argumenteren|0.95
w:herkent|ondervragen|-0.9
w:het|ik-boodschap|-0.28
w:het|jij-boodschap|-1.16
w:het|parafrase|-2.76
w:het|gevoelsreflectie|-1.71
w:het|samenvatting|0.19
w:het|open-vraag|-0.47
w:het|aanmoediging|-1.03
w:het|bevelen|-2.76
w:het|waarschuwen|-1.71
w:het|moraliseren|-1.93
w:het|argumenteren|-0.79
w:het|bekritiseren|-0.88
w:het|prijzen|0.24
w:het|etiketteren|-1.02
w:het|interpreteren|-0.83
w:het|geruststellen|-1.75
w:het|ondervragen|-1.93
w:het|afleiden|0.49
w:het|afronding-aankondigen|-1.45
w:het|vervolgafspraak|-0.83
w:het|bedanken|-2.72
w:hetzelfde|ik-boodschap|0.97
w:hetzelfde|argumenteren|0.98
w:hetzelfde|afronding-aankondigen|0.97
w:heus|gevoelsreflectie|0.92
w:heus|adviseren|-0.81
w:heus|argumenteren|-0.93
w:heus|geruststellen|3.45
w:hielp|ik-boodschap|1.0
w:hier|ik-boodschap|-1.95
w:hier|gevoelsreflectie|0.93
w:hier|samenvatting|-1.0
w:hier|open-vraag|0.76
w:hier|aanmoediging|-0.93
w:hier|waarschuwen|-0.85
w:hier|moraliseren|1.0
w:hier|argumenteren|0.87
w:hier|geruststellen|0.29
w:hier|afleiden|-1.06
w:hier|afronding-aankondigen|3.62
w:hier|vervolgafspraak|-1.01
w:hier|bedanken|-0.3
w:hierbij|samenvatting|0.74
w:hierbij|afronding-aankondigen|0.98
w:hierbij|vervolgafspraak|-0.94
w:hierbij|bedanken|-1.9
w:hierdoor|ik-boodschap|-0.95
w:hierdoor|jij-boodschap|-1.0
w:hierdoor|bekritiseren|-1.0
w:hiermee|waarschuwen|0.96
w:hiervan|gevoelsreflectie|-0.91
w:hij|ik-boodschap|-1.65
w:hij|jij-boodschap|-1.06
w:hij|parafrase|-1.8
w:hij|gevoelsreflectie|-0.68
w:hij|samenvatting|1.77
w:hij|open-vraag|-3.33
w:hij|aanmoediging|-0.73
w:hij|bevelen|-1.92
w:hij|waarschuwen|1.1
w:hij|moraliseren|-0.9
w:hij|adviseren|-1.86
w:hij|argumenteren|-1.63
w:hij|bekritiseren|-1.82
w:hij|prijzen|-0.39
w:hij|etiketteren|-1.86
w:hij|interpreteren|0.56
w:hij|geruststellen|-0.87
w:hij|ondervragen|1.74
w:hij|afleiden|-2.0
w:hij|afronding-aankondigen|-0.94
w:hij|vervolgafspraak|-1.84
w:hij|bedanken|-1.88
w:hm|samenvatting|-0.96
w:hm|aanmoediging|0.96
w:hockey|afleiden|0.95
w:hoe|ik-boodschap|0.7
w:hoe|parafrase|-0.82
w:hoe|gevoelsreflectie|-1.97
w:hoe|samenvatting|-1.66
w:hoe|open-vraag|2.55
w:hoe|aanmoediging|-0.73
w:hoe|waarschuwen|-1.0
w:hoe|adviseren|-2.9
w:hoe|argumenteren|-0.91
w:hoe|prijzen|0.92
w:hoe|interpreteren|-1.57
w:hoe|geruststellen|0.5
w:hoe|ondervragen|-0.89
w:hoe|afleiden|2.83
w:hoe|afronding-aankondigen|-0.97
w:hoe|vervolgafspraak|0.91
w:hoe|bedanken|-0.91
w:hoeft|bevelen|-0.92
w:hoeft|moraliseren|-0.92
w:hoeft|bekritiseren|-0.99
w:hoeft|interpreteren|-1.67
w:hoeft|geruststellen|1.9
w:hoeft|afleiden|1.63
w:hoi|ik-boodschap|-0.97
w:hoi|jij-boodschap|-0.77
w:hoi|bevelen|-0.91
w:hond|open-vraag|-0.93
w:hoofd|ik-boodschap|1.0
w:hoofd|samenvatting|-0.96
w:hoofdstuk|waarschuwen|-0.5
w:hoogte|samenvatting|0.8
w:hoogte|adviseren|-0.82
w:hoogte|bedanken|0.92
w:hoor|parafrase|0.99
w:hoor|gevoelsreflectie|2.95
w:hoor|samenvatting|-1.0
w:hoor|open-vraag|-0.29
w:hoor|aanmoediging|1.88
w:hoor|bevelen|-1.84
w:hoor|waarschuwen|-1.0
w:hoor|adviseren|-0.82
w:hoor|argumenteren|0.96
w:hoor|bekritiseren|-0.26
w:hoor|prijzen|0.22
w:hoor|geruststellen|2.89
w:hoor|ondervragen|1.97
w:hoor|afleiden|-0.79
w:hoorde|ik-boodschap|-0.15
w:hoorde|vervolgafspraak|-1.0
w:hoort|ik-boodschap|0.94
w:hoort|jij-boodschap|-2.8
w:hoort|samenvatting|-0.96
w:hoort|bevelen|-0.92
w:hoort|waarschuwen|0.77
w:hoort|moraliseren|4.69
w:hoort|argumenteren|-2.57
w:hoort|bekritiseren|-4.02
w:hoort|prijzen|-1.64
w:hoort|interpreteren|-2.49
w:hoort|geruststellen|-1.89
w:hoort|ondervragen|-1.0
w:hoort|afleiden|1.88
w:hoort|vervolgafspraak|-1.0
w:horen|parafrase|0.97
w:horen|samenvatting|-0.95
w:horen|waarschuwen|-0.85
w:horen|adviseren|-1.95
w:horen|bekritiseren|-0.15
w:horen|vervolgafspraak|1.93
w:horen|bedanken|0.83
w:hou|bevelen|1.96
w:hou|waarschuwen|-0.85
w:hou|bekritiseren|0.73
w:houd|ik-boodschap|1.0
w:houd|samenvatting|0.8
w:houd|bedanken|0.92
w:houden|jij-boodschap|-0.65
w:houden|gevoelsreflectie|-0.99
w:houden|samenvatting|-0.99
w:houden|aanmoediging|-0.97
w:houden|moraliseren|1.96
w:houden|argumenteren|0.96
w:houden|bekritiseren|-0.98
w:houden|afleiden|0.99
w:houden|afronding-aankondigen|-0.76
w:houden|bedanken|0.96
w:houding|jij-boodschap|-0.99
w:houding|bekritiseren|0.99
w:houding|afleiden|-0.99
w:houdt|parafrase|-0.78
w:houdt|bekritiseren|0.98
w:huilend|ik-boodschap|0.68
w:huilend|afleiden|-0.98
w:huilt|open-vraag|-0.99
w:huis|open-vraag|-1.73
w:huis|adviseren|-0.99
w:huisarts|ik-boodschap|0.97
w:huisarts|gevoelsreflectie|0.88
w:huisarts|bevelen|0.93
w:huisarts|adviseren|1.83
w:huisarts|vervolgafspraak|0.1
w:huisarts|bedanken|0.95
w:huiswerk|ik-boodschap|-0.29
w:huiswerk|parafrase|-1.0
w:huiswerk|gevoelsreflectie|-1.0
w:huiswerk|samenvatting|2.18
w:huiswerk|open-vraag|2.81
w:huiswerk|waarschuwen|0.77
w:huiswerk|moraliseren|1.0
w:huiswerk|argumenteren|-1.82
w:huiswerk|bekritiseren|0.16
w:huiswerk|prijzen|-0.91
w:huiswerk|interpreteren|-0.8
w:huiswerk|ondervragen|0.98
w:huiswerk|vervolgafspraak|0.81
w:huiswerk|bedanken|1.0
w:huiswerkinstituut|adviseren|1.0
w:huiswerkinstituut|ondervragen|-1.0
w:huiswerkklas|parafrase|-1.81
w:huiswerkklas|samenvatting|0.85
w:huiswerkklas|bevelen|-0.95
w:huiswerkklas|ondervragen|-0.95
w:huiswerkopdracht|ik-boodschap|1.57
w:huiswerkopdracht|jij-boodschap|-0.98
w:huiswerkopdracht|argumenteren|-0.96
w:huiswerkopdracht|bekritiseren|-0.65
w:huiswerkritme|prijzen|1.0
w:huiswerktijd|adviseren|1.91
w:huiswerkuur|adviseren|0.92
w:hulp|jij-boodschap|-0.98
w:hulp|adviseren|1.0
w:hulp|prijzen|0.96
w:hun|ik-boodschap|1.36
w:hun|waarschuwen|-0.89
w:hun|moraliseren|1.0
w:hysterisch|bevelen|0.85
w:hè|gevoelsreflectie|0.98
w:hè|open-vraag|-0.66
w:hè|bekritiseren|-0.91
w:hè|etiketteren|0.91
w:hè|geruststellen|-0.97
w:hé|afleiden|-0.9
w:idee|gevoelsreflectie|-0.91
w:idee|moraliseren|-1.88
w:idee|adviseren|1.81
w:idee|argumenteren|-0.8
w:idee|interpreteren|1.68
w:ideeen|bekritiseren|-0.99
w:ideeën|prijzen|0.99
w:ideeën|ondervragen|-0.93
w:ieder|jij-boodschap|-0.91
w:ieder|bekritiseren|-0.96
w:iedereen|jij-boodschap|0.99
w:iedereen|samenvatting|-0.99
w:iedereen|open-vraag|-0.95
w:iedereen|waarschuwen|-1.0
w:iedereen|moraliseren|-0.99
w:iedereen|argumenteren|0.14
w:iedereen|bekritiseren|-0.93
w:iedereen|etiketteren|1.0
w:iedereen|interpreteren|-0.99
w:iedereen|geruststellen|-1.24
w:iedereen|afleiden|1.99
w:iemand|jij-boodschap|-0.97
w:iemand|samenvatting|-0.96
w:iemand|open-vraag|-0.96
w:iemand|moraliseren|1.91
w:iemand|bekritiseren|-0.94
w:iemand|prijzen|0.85
w:iets|ik-boodschap|-0.97
w:iets|jij-boodschap|-0.65
w:iets|parafrase|-0.96
w:iets|gevoelsreflectie|0.12
w:iets|samenvatting|-0.97
w:iets|bevelen|-1.0
w:iets|bekritiseren|1.97
w:iets|geruststellen|-1.99
w:iets|afronding-aankondigen|-0.98
w:iets|vervolgafspraak|0.91
w:ik|ik-boodschap|3.58
w:ik|jij-boodschap|-0.78
w:ik|parafrase|-0.29
w:ik|gevoelsreflectie|-1.03
w:ik|samenvatting|-0.94
w:ik|open-vraag|-1.03
w:ik|aanmoediging|0.39
w:ik|bevelen|-1.21
w:ik|waarschuwen|0.78
w:ik|moraliseren|-2.7
w:ik|argumenteren|-3.28
w:ik|bekritiseren|-1.56
w:ik|prijzen|-1.71
w:ik|etiketteren|-2.86
w:ik|interpreteren|-1.46
w:ik|geruststellen|-2.41
w:ik|afleiden|-1.95
w:ik|vervolgafspraak|1.68
w:ik|bedanken|-1.51
w:ilias|adviseren|-0.95
w:imponeren|interpreteren|0.6
w:in|ik-boodschap|0.11
w:in|jij-boodschap|0.79
w:in|parafrase|-0.97
w:in|gevoelsreflectie|-1.16
w:in|samenvatting|-0.25
w:in|open-vraag|-0.19
w:in|aanmoediging|-0.95
w:in|bevelen|-0.7
w:in|adviseren|-1.08
w:in|argumenteren|-0.11
w:in|bekritiseren|1.11
w:in|prijzen|1.84
w:in|etiketteren|-1.84
w:in|interpreteren|-2.11
w:in|geruststellen|1.84
w:in|afleiden|0.93
w:in|afronding-aankondigen|-1.0
w:in|vervolgafspraak|-1.74
w:incident|gevoelsreflectie|-0.99
w:incident|afleiden|0.95
w:informatie|parafrase|-0.71
w:informatie|samenvatting|1.0
w:informatie|bekritiseren|-0.2
w:informatie|vervolgafspraak|-0.82
w:informatieavond|gevoelsreflectie|-0.93
w:ingegrepen|parafrase|1.0
w:ingegrepen|samenvatting|-1.0
w:ingegrepen|open-vraag|-1.0
w:ingeleverd|ik-boodschap|0.94
w:ingeleverd|parafrase|1.0
w:ingeleverd|gevoelsreflectie|-1.0
w:ingeleverd|waarschuwen|-1.0
w:ingeleverd|argumenteren|1.54
w:ingeleverd|geruststellen|-0.74
w:ingeleverd|afleiden|-0.99
w:ingelevert|ik-boodschap|1.57
w:ingelevert|jij-boodschap|-0.98
w:ingelevert|bekritiseren|-0.65
w:ingelicht|gevoelsreflectie|0.93
w:ingewikkelder|geruststellen|-0.85
w:ingreep|parafrase|0.99
w:ingreep|geruststellen|-0.99
w:inhalen|ik-boodschap|0.61
w:inhalen|moraliseren|-0.94
w:inleverde|ik-boodschap|-0.96
w:inleveren|waarschuwen|-0.75
w:inlevert|waarschuwen|0.91
w:inlevert|argumenteren|-0.98
w:inlevert|interpreteren|-0.99
w:innemen|bevelen|-0.96
w:inpakt|open-vraag|-1.8
w:inpakt|adviseren|1.8
w:inplannen|bedanken|-0.66
w:inschrijven|waarschuwen|-1.0
w:inspectie|bekritiseren|0.93
w:instructie|samenvatting|-0.96
w:instructie|vervolgafspraak|0.98
w:interesse|bekritiseren|-0.95
w:interesseert|bekritiseren|0.93
w:internet|waarschuwen|-1.0
w:inzet|bekritiseren|1.78
w:inzet|bedanken|-1.6
w:inzetten|prijzen|0.82
w:iris|ik-boodschap|-0.97
w:irritant|bekritiseren|0.99
w:is|ik-boodschap|-1.02
w:is|jij-boodschap|0.66
w:is|parafrase|0.73
w:is|gevoelsreflectie|-1.11
w:is|samenvatting|0.87
w:is|open-vraag|-0.37
w:is|aanmoediging|-1.0
w:is|bevelen|-0.19
w:is|waarschuwen|-1.97
w:is|moraliseren|-0.12
w:is|adviseren|-1.64
w:is|argumenteren|1.28
w:is|bekritiseren|-1.45
w:is|prijzen|-0.15
w:is|etiketteren|-0.91
w:is|interpreteren|-1.4
w:is|geruststellen|-1.88
w:is|ondervragen|-1.93
w:is|afleiden|-0.66
w:is|afronding-aankondigen|-0.95
w:is|bedanken|-1.97
w:ja|parafrase|-1.0
w:ja|gevoelsreflectie|-1.83
w:ja|open-vraag|-0.99
w:ja|aanmoediging|1.84
w:ja|etiketteren|1.88
w:ja|ondervragen|-1.97
w:ja|afleiden|1.13
w:jaar|ik-boodschap|-0.94
w:jaar|jij-boodschap|0.81
w:jaar|gevoelsreflectie|-0.93
w:jaar|waarschuwen|0.93
w:jaar|argumenteren|-0.96
w:jaar|prijzen|-0.91
w:jaar|geruststellen|0.38
w:jaar|afleiden|-0.95
w:jaarlaag|geruststellen|-0.99
w:jaloers|waarschuwen|-0.97
w:jaloers|interpreteren|0.98
w:jammer|ik-boodschap|0.19
w:jammer|parafrase|-0.99
w:jammer|gevoelsreflectie|-0.9
w:jammer|open-vraag|1.0
w:jammer|adviseren|0.93
w:jammer|bedanken|-0.79
w:jansen|afronding-aankondigen|-0.85
w:januari|ik-boodschap|0.91
w:jayden|ik-boodschap|0.41
w:jayden|parafrase|-0.78
w:jayden|gevoelsreflectie|0.98
w:je|ik-boodschap|0.57
w:je|jij-boodschap|-1.95
w:je|parafrase|-1.0
w:je|gevoelsreflectie|-1.16
w:je|samenvatting|-0.1
w:je|open-vraag|-0.93
w:je|aanmoediging|-3.01
w:je|bevelen|-2.84
w:je|waarschuwen|-0.16
w:je|moraliseren|0.12
w:je|adviseren|0.65
w:je|argumenteren|-2.69
w:je|bekritiseren|-2.26
w:je|prijzen|-0.18
w:je|etiketteren|-2.91
w:je|interpreteren|-0.15
w:je|geruststellen|-1.46
w:je|ondervragen|-2.0
w:je|afleiden|-2.74
w:je|afronding-aankondigen|-1.21
w:je|vervolgafspraak|-2.07
w:jesse|ik-boodschap|0.98
w:jesse|jij-boodschap|-0.98
w:jesse|parafrase|0.96
w:jesse|bevelen|-0.96
w:jesse|argumenteren|-0.98
w:jesse|bekritiseren|-0.98
w:jesse|afronding-aankondigen|0.95
w:jesse|bedanken|0.75
w:jezelf|ik-boodschap|0.9
w:jij|ik-boodschap|-0.56
w:jij|jij-boodschap|3.38
w:jij|parafrase|-0.9
w:jij|gevoelsreflectie|-0.93
w:jij|samenvatting|-0.79
w:jij|open-vraag|1.19
w:jij|bevelen|-0.97
w:jij|waarschuwen|-0.88
w:jij|adviseren|-1.8
w:jij|bekritiseren|1.07
w:jij|prijzen|2.85
w:jij|etiketteren|-0.93
w:jij|interpreteren|-1.52
w:jij|afleiden|-0.99
w:jij|afronding-aankondigen|0.95
w:jij|vervolgafspraak|-0.96
w:jij|bedanken|0.75
w:joep|jij-boodschap|1.6
w:joep|bekritiseren|1.87
w:joh|gevoelsreflectie|0.84
w:joh|open-vraag|-0.95
w:joh|bekritiseren|-0.99
w:joh|etiketteren|1.0
w:joh|geruststellen|0.97
w:joh|afleiden|1.98
w:jongen|bevelen|-0.96
w:jongen|waarschuwen|-0.9
w:jongen|bekritiseren|-1.79
w:jongens|argumenteren|-0.96
w:jou|ik-boodschap|0.89
w:jou|jij-boodschap|0.99
w:jou|parafrase|-0.91
w:jou|samenvatting|-1.78
w:jou|open-vraag|1.81
w:jou|bevelen|-1.0
w:jou|bekritiseren|0.99
w:jouw|moraliseren|1.0
w:jouw|adviseren|0.95
w:jullie|ik-boodschap|-0.41
w:jullie|jij-boodschap|1.17
w:jullie|open-vraag|0.7
w:jullie|aanmoediging|-1.0
w:jullie|prijzen|0.99
w:jullie|interpreteren|-0.94
w:jullie|geruststellen|-0.92
w:jullie|ondervragen|-1.9
w:jullie|afleiden|-0.95
w:jullie|afronding-aankondigen|0.97
w:jullie|vervolgafspraak|-0.88
w:kader|adviseren|-0.96
w:kamer|ik-boodschap|1.48
w:kamp|gevoelsreflectie|0.98
w:kamp|open-vraag|-0.66
w:kamp|waarschuwen|0.91
w:kamp|afleiden|0.95
w:kampweek|parafrase|-1.0
w:kan|ik-boodschap|2.05
w:kan|jij-boodschap|-0.98
w:kan|parafrase|-1.93
w:kan|gevoelsreflectie|0.18
w:kan|samenvatting|-0.78
w:kan|open-vraag|-0.93
w:kan|aanmoediging|-0.91
w:kan|bevelen|-0.96
w:kan|waarschuwen|-0.85
w:kan|adviseren|-0.94
w:kan|argumenteren|1.23
w:kan|bekritiseren|-0.16
w:kan|prijzen|2.74
w:kan|etiketteren|-0.98
w:kan|interpreteren|-1.03
w:kan|geruststellen|-0.99
w:kan|vervolgafspraak|0.96
w:kans|ik-boodschap|0.81
w:kantoor|vervolgafspraak|0.98
w:kapot|aanmoediging|-0.93
w:karin|afronding-aankondigen|0.95
w:karin|bedanken|0.75
w:kast|argumenteren|-0.96
w:kast|prijzen|-0.84
w:keer|samenvatting|0.99
w:keer|waarschuwen|1.06
w:keer|moraliseren|-0.99
w:keer|adviseren|-1.94
w:keer|argumenteren|-0.8
w:keer|bekritiseren|0.49
w:keer|prijzen|-1.0
w:keer|etiketteren|-0.99
w:keer|interpreteren|-0.69
w:keer|geruststellen|-0.99
w:keer|vervolgafspraak|1.88
w:kees|afronding-aankondigen|-0.76
w:kerst|geruststellen|0.92
w:kerstdiner|prijzen|0.92
w:kerstdiner|vervolgafspraak|-0.92
w:kerstdiner|bedanken|-0.75
w:keulen|afronding-aankondigen|-0.94
w:keus|ik-boodschap|-0.99
w:keus|argumenteren|0.87
w:keuzevak|open-vraag|-1.0
w:keuzevak|ondervragen|-1.0
w:kevin|samenvatting|-0.78
w:kevin|waarschuwen|-0.97
w:kevin|bekritiseren|0.99
w:kevin|prijzen|0.93
w:kevin|etiketteren|-0.99
w:kevin|afronding-aankondigen|-0.94
w:kiezen|ondervragen|-0.98
w:kijk|jij-boodschap|-1.62
w:kijk|samenvatting|-0.74
w:kijk|open-vraag|1.84
w:kijk|bevelen|1.0
w:kijk|waarschuwen|-1.0
w:kijk|moraliseren|-0.91
w:kijk|adviseren|0.9
w:kijk|argumenteren|0.2
w:kijk|bekritiseren|-1.64
w:kijk|etiketteren|-1.98
w:kijk|bedanken|-0.82
w:kijken|ik-boodschap|-0.9
w:kijken|jij-boodschap|1.0
w:kijken|parafrase|-0.9
w:kijken|samenvatting|0.94
w:kijken|bevelen|-0.97
w:kijken|afronding-aankondigen|-0.97
w:kijkt|ik-boodschap|-0.88
w:kijkt|parafrase|-0.78
w:kijkt|gevoelsreflectie|3.51
w:kijkt|open-vraag|-0.94
w:kijkt|argumenteren|0.91
w:kijkt|interpreteren|-0.6
w:kijkt|bedanken|-0.91
w:kim|open-vraag|0.94
w:kind|jij-boodschap|-0.91
w:kind|moraliseren|2.86
w:kind|argumenteren|-1.0
w:kind|bekritiseren|-0.96
w:kind|prijzen|-1.0
w:kind|ondervragen|-1.0
w:kinderachtig|interpreteren|-0.99
w:kinderen|moraliseren|1.0
w:kinderen|bekritiseren|-0.96
w:kinderen|geruststellen|1.34
w:klaagt|parafrase|0.99
w:klaar|bevelen|0.62
w:klaar|moraliseren|-0.93
w:klaar|interpreteren|-0.99
w:klaar|geruststellen|-0.93
w:klaarstaat|prijzen|0.92
w:klaarstaat|vervolgafspraak|-0.92
w:klaarstaat|bedanken|-0.75
w:klager|etiketteren|0.89
w:klap|geruststellen|0.92
w:klas|jij-boodschap|-0.89
w:klas|gevoelsreflectie|-0.83
w:klas|samenvatting|0.98
w:klas|open-vraag|1.73
w:klas|bevelen|-0.13
w:klas|waarschuwen|-1.87
w:klas|moraliseren|0.76
w:klas|adviseren|-0.9
w:klas|argumenteren|1.81
w:klas|bekritiseren|-0.87
w:klas|prijzen|1.83
w:klas|geruststellen|0.89
w:klas|ondervragen|-0.99
w:klas|afleiden|-2.79
w:klas|vervolgafspraak|-0.98
w:klas|bedanken|-0.92
w:klasgenoten|jij-boodschap|-1.3
w:klasgenoten|parafrase|-0.99
w:klasgenoten|moraliseren|0.91
w:klasgenoten|bekritiseren|-1.57
w:klasgenoten|geruststellen|-0.99
w:klasgenoten|afleiden|-0.7
w:kleedkamer|parafrase|0.99
w:kleren|ik-boodschap|-1.0
w:kleren|jij-boodschap|-1.0
w:kleren|parafrase|1.0
w:kleren|gevoelsreflectie|1.0
w:kleren|samenvatting|-1.0
w:kleren|open-vraag|-1.0
w:kleren|aanmoediging|-1.0
w:kleren|bevelen|-1.0
w:kleren|waarschuwen|-1.0
w:kleren|moraliseren|-1.0
w:kleren|adviseren|-1.0
w:kleren|argumenteren|-1.0
w:kleren|bekritiseren|-1.0
w:kleren|prijzen|-1.0
w:kleren|etiketteren|-1.0
w:kleren|interpreteren|-1.0
w:kleren|geruststellen|-1.0
w:kleren|ondervragen|-1.0
w:kleren|afleiden|-1.0
w:kleren|afronding-aankondigen|-1.0
w:kleren|vervolgafspraak|-1.0
w:kleren|bedanken|-1.0
w:kleuter|geruststellen|-0.64
w:kleuterachtig|bekritiseren|-0.24
w:kleuterachtig|etiketteren|1.89
w:kleuterachtig|afleiden|-0.87
w:klinkt|jij-boodschap|-0.99
w:klinkt|parafrase|-3.62
w:klinkt|gevoelsreflectie|3.8
w:klinkt|bekritiseren|-0.43
w:klinkt|etiketteren|0.89
w:klinkt|interpreteren|-0.8
w:klinkt|geruststellen|-0.95
w:kloppen|argumenteren|0.99
w:klopt|ik-boodschap|-0.71
w:klopt|parafrase|1.7
w:klopt|open-vraag|1.0
w:klopt|argumenteren|1.04
w:klopt|bekritiseren|-0.93
w:klopt|etiketteren|-0.88
w:kluis|bevelen|-0.83
w:kluis|afleiden|-0.99
w:kluisjes|ik-boodschap|0.71
w:knap|prijzen|1.0
w:knelpunten|ik-boodschap|-0.93
w:koelkast|samenvatting|-0.99
w:koen|ik-boodschap|0.99
w:koffie|ondervragen|-1.0
w:kom|ik-boodschap|0.94
w:kom|jij-boodschap|-0.75
w:kom|argumenteren|0.81
w:kom|ondervragen|-0.97
w:komen|ik-boodschap|-0.9
w:komen|parafrase|0.92
w:komen|gevoelsreflectie|0.99
w:komen|samenvatting|0.14
w:komen|waarschuwen|-0.93
w:komen|afronding-aankondigen|-0.87
w:komst|samenvatting|1.74
w:komst|afronding-aankondigen|1.97
w:komst|vervolgafspraak|0.9
w:komst|bedanken|1.67
w:komt|ik-boodschap|2.0
w:komt|jij-boodschap|1.01
w:komt|parafrase|-1.0
w:komt|gevoelsreflectie|0.95
w:komt|samenvatting|-0.97
w:komt|open-vraag|0.95
w:komt|aanmoediging|-1.0
w:komt|bevelen|-2.87
w:komt|moraliseren|-1.0
w:komt|adviseren|0.91
w:komt|argumenteren|-1.71
w:komt|prijzen|-0.99
w:komt|interpreteren|-0.12
w:komt|geruststellen|3.7
w:komt|ondervragen|-1.0
w:komt|afleiden|-1.61
w:komt|vervolgafspraak|-1.95
w:kon|gevoelsreflectie|-0.83
w:kon|open-vraag|0.96
w:kon|adviseren|0.93
w:kon|bekritiseren|-0.9
w:kon|afronding-aankondigen|-0.95
w:konden|afronding-aankondigen|0.97
w:kort|jij-boodschap|-0.98
w:kort|samenvatting|1.98
w:kort|bekritiseren|-0.2
w:kort|vervolgafspraak|-0.82
w:kortom|jij-boodschap|0.99
w:kortom|parafrase|-0.69
w:kortom|samenvatting|3.59
w:kortom|bekritiseren|0.99
w:kortom|geruststellen|-0.98
w:kortom|vervolgafspraak|0.96
w:kortom|bedanken|-0.87
w:kortzichtige|bekritiseren|0.94
w:kost|samenvatting|1.0
w:kost|open-vraag|0.87
w:kost|afronding-aankondigen|1.0
w:kost|bedanken|1.0
w:kosten|waarschuwen|0.9
w:kreeg|gevoelsreflectie|0.94
w:kreeg|samenvatting|0.78
w:kreeg|vervolgafspraak|0.86
w:krijg|ik-boodschap|1.0
w:krijgen|bekritiseren|-0.99
w:krijgt|samenvatting|0.91
w:krijgt|moraliseren|-0.89
w:krijgt|argumenteren|1.91
w:krijgt|bekritiseren|-0.97
w:krijgt|prijzen|0.97
w:krijgt|interpreteren|-0.99
w:krijgt|geruststellen|-0.99
w:kringetjes|afronding-aankondigen|0.77
w:kritiek|jij-boodschap|1.79
w:kritiek|samenvatting|-0.83
w:kritiek|bekritiseren|1.21
w:kritiek|ondervragen|-0.96
w:kun|parafrase|-0.88
w:kun|moraliseren|-0.91
w:kun|vervolgafspraak|-0.93
w:kunnen|ik-boodschap|0.45
w:kunnen|jij-boodschap|-1.0
w:kunnen|parafrase|0.91
w:kunnen|samenvatting|-0.99
w:kunnen|open-vraag|1.0
w:kunnen|bevelen|-0.93
w:kunnen|waarschuwen|-0.89
w:kunnen|bekritiseren|-0.69
w:kunnen|prijzen|1.64
w:kunnen|etiketteren|-0.93
w:kunnen|afleiden|-0.92
w:kunnen|bedanken|-0.79
w:kunt|ik-boodschap|1.87
w:kunt|jij-boodschap|-0.94
w:kunt|parafrase|-0.96
w:kunt|aanmoediging|-0.96
w:kunt|bevelen|-0.9
w:kunt|moraliseren|-0.94
w:kunt|adviseren|3.71
w:kunt|argumenteren|-0.96
w:kunt|bekritiseren|-0.94
w:kunt|etiketteren|-0.9
w:kunt|interpreteren|0.94
w:kunt|geruststellen|0.98
w:kunt|ondervragen|-0.9
w:kunt|afleiden|-0.88
w:kwalijk|ik-boodschap|-0.64
w:kwam|ik-boodschap|0.9
w:kwam|gevoelsreflectie|-0.98
w:kwam|adviseren|-0.93
w:kwam|interpreteren|-0.69
w:kwam|ondervragen|0.98
w:kwam|bedanken|0.99
w:kwart|ik-boodschap|-0.9
w:kwart|bevelen|1.0
w:kwartaal|adviseren|-1.0
w:kwartaal|bekritiseren|-0.94
w:kwestie|argumenteren|-0.99
w:kwestie|interpreteren|-0.99
w:kwestie|geruststellen|0.99
w:kán|parafrase|-1.8
w:kán|argumenteren|0.84
w:laag|parafrase|0.86
w:laag|moraliseren|-0.96
w:laag|argumenteren|0.97
w:laag|afleiden|-0.7
w:laars|jij-boodschap|0.92
w:laars|bekritiseren|0.83
w:laat|ik-boodschap|-1.93
w:laat|jij-boodschap|0.73
w:laat|gevoelsreflectie|-0.95
w:laat|samenvatting|-0.79
w:laat|open-vraag|-1.96
w:laat|bevelen|-1.59
w:laat|waarschuwen|0.96
w:laat|moraliseren|-1.08
w:laat|argumenteren|1.05
w:laat|bekritiseren|0.13
w:laat|prijzen|0.97
w:laat|etiketteren|-1.0
w:laat|interpreteren|-0.6
w:laat|geruststellen|-0.91
w:laat|ondervragen|1.82
w:laat|afleiden|0.21
w:laat|vervolgafspraak|0.91
w:laat|bedanken|-0.82
w:laatste|ik-boodschap|0.88
w:laatste|open-vraag|-0.64
w:laatste|aanmoediging|-1.0
w:laatste|argumenteren|-0.91
w:laatste|interpreteren|-0.94
w:laatste|geruststellen|-0.26
w:laatste|ondervragen|-1.0
w:laatste|vervolgafspraak|-1.0
w:lachen|geruststellen|0.96
w:lag|ondervragen|0.9
w:lage|samenvatting|0.99
w:lang|bevelen|-0.97
w:lang|ondervragen|0.98
w:langst|moraliseren|0.9
w:langst|geruststellen|-0.99
w:langzamer|etiketteren|-0.91
w:lapt|jij-boodschap|0.92
w:lapt|bekritiseren|0.83
w:laptop|ik-boodschap|2.76
w:laptop|parafrase|-0.88
w:laptop|samenvatting|-0.98
w:laptop|afleiden|-0.99
w:laptop|vervolgafspraak|-0.93
w:lars|prijzen|-0.97
w:lars|vervolgafspraak|-0.92
w:lastig|ik-boodschap|-0.88
w:lastig|gevoelsreflectie|0.1
w:lastig|argumenteren|-1.67
w:lastig|vervolgafspraak|-0.97
w:lastige|argumenteren|-0.84
w:lastigst|open-vraag|0.94
w:lastpak|jij-boodschap|0.56
w:laten|ik-boodschap|1.71
w:laten|parafrase|-0.92
w:laten|gevoelsreflectie|-0.93
w:laten|samenvatting|-0.16
w:laten|waarschuwen|-0.96
w:laten|moraliseren|-0.97
w:laten|argumenteren|-0.99
w:laten|bekritiseren|-0.99
w:laten|geruststellen|-0.8
w:laten|ondervragen|0.94
w:laten|afleiden|1.0
w:laten|afronding-aankondigen|3.01
w:laten|bedanken|-1.3
w:later|jij-boodschap|-0.94
w:later|open-vraag|-0.98
w:later|bevelen|-1.0
w:later|geruststellen|-1.0
w:later|afleiden|0.98
w:leeftijd|moraliseren|-1.0
w:leeftijd|argumenteren|-0.96
w:leeftijd|bekritiseren|-0.91
w:leeftijd|geruststellen|-0.45
w:leeftijd|afleiden|1.81
w:leeg|ik-boodschap|0.9
w:leek|jij-boodschap|0.92
w:leek|bekritiseren|0.83
w:leer|geruststellen|-0.99
w:leerling|jij-boodschap|1.74
w:leerling|bevelen|-1.0
w:leerling|waarschuwen|-0.16
w:leerling|moraliseren|2.7
w:leerling|argumenteren|-0.94
w:leerling|etiketteren|0.91
w:leerlingen|open-vraag|-0.94
w:leerlingen|bevelen|-0.98
w:leerlingen|waarschuwen|-0.92
w:leerlingen|moraliseren|-0.95
w:leerlingen|argumenteren|1.47
w:leerlingen|geruststellen|-1.96
w:leerlingen|afleiden|-0.99
w:leerplicht|waarschuwen|1.0
w:leerplicht|adviseren|-1.0
w:leerplicht|ondervragen|-1.0
w:leerplichtambtenaar|waarschuwen|0.99
w:leert|ik-boodschap|0.93
w:leert|parafrase|0.96
w:leert|argumenteren|0.96
w:leert|vervolgafspraak|0.93
w:leerweg|adviseren|-0.96
w:leg|bevelen|0.89
w:leg|adviseren|-0.95
w:leggen|ik-boodschap|1.48
w:leggen|bevelen|0.91
w:leggen|adviseren|0.97
w:legt|ik-boodschap|1.0
w:legt|samenvatting|-0.96
w:lekker|ik-boodschap|1.87
w:lekker|gevoelsreflectie|-0.96
w:lekker|argumenteren|-0.84
w:lekker|bekritiseren|1.1
w:lekker|etiketteren|-0.94
w:leraren|geruststellen|-0.87
w:leren|parafrase|0.83
w:leren|gevoelsreflectie|-1.88
w:leren|samenvatting|-0.72
w:leren|open-vraag|-1.98
w:leren|bevelen|-0.87
w:leren|moraliseren|1.02
w:leren|bekritiseren|1.0
w:leren|interpreteren|-1.97
w:leren|geruststellen|-0.93
w:leren|afleiden|-0.97
w:les|ik-boodschap|-0.55
w:les|jij-boodschap|1.09
w:les|samenvatting|-1.95
w:les|waarschuwen|0.92
w:les|moraliseren|-1.0
w:les|adviseren|-0.1
w:les|argumenteren|-1.82
w:les|interpreteren|-0.96
w:les|afronding-aankondigen|-0.94
w:lesuren|argumenteren|0.81
w:let|samenvatting|0.99
w:let|bekritiseren|-0.12
w:let|geruststellen|1.0
w:let|afleiden|-0.99
w:letten|samenvatting|0.96
w:letten|bekritiseren|0.99
w:letten|ondervragen|-0.9
w:letten|vervolgafspraak|0.96
w:leuk|jij-boodschap|-0.77
w:leukere|afleiden|0.95
w:leven|parafrase|-1.0
w:leven|gevoelsreflectie|-1.0
w:leven|bevelen|-0.87
w:leven|moraliseren|2.0
w:leven|afleiden|1.82
w:leven|vervolgafspraak|-1.0
w:lever|bevelen|0.94
w:levert|ik-boodschap|-0.92
w:levert|bevelen|1.0
w:levert|afleiden|-0.92
w:lezen|ik-boodschap|-0.91
w:lezen|parafrase|0.91
w:lezen|samenvatting|1.0
w:lezen|afleiden|-0.72
w:lezen|afronding-aankondigen|1.0
w:lezen|bedanken|1.0
w:liefst|jij-boodschap|-0.96
w:liegen|moraliseren|0.96
w:liegen|adviseren|-0.99
w:liegen|argumenteren|0.12
w:lieke|jij-boodschap|1.0
w:lieke|gevoelsreflectie|-0.94
w:lieke|samenvatting|-0.98
w:lieke|open-vraag|-1.81
w:lieke|bekritiseren|0.12
w:lieke|geruststellen|-1.0
w:liever|afleiden|1.92
w:lig|jij-boodschap|1.6
w:lig|bekritiseren|1.87
w:liggen|ik-boodschap|0.98
w:liggen|parafrase|1.0
w:liggen|gevoelsreflectie|-0.99
w:liggen|moraliseren|0.91
w:liggen|bekritiseren|-0.99
w:liggen|geruststellen|0.98
w:ligt|ik-boodschap|-0.98
w:ligt|parafrase|0.84
w:ligt|argumenteren|0.98
w:ligt|interpreteren|0.69
w:lijdt|gevoelsreflectie|1.0
w:lijkt|jij-boodschap|-1.0
w:lijkt|gevoelsreflectie|1.0
w:lijkt|samenvatting|-1.0
w:lijkt|open-vraag|0.32
w:lijkt|aanmoediging|-1.0
w:lijkt|moraliseren|-1.0
w:lijkt|argumenteren|-0.93
w:lijkt|bekritiseren|-1.0
w:lijkt|prijzen|-1.0
w:lijkt|afronding-aankondigen|-1.0
w:lijkt|vervolgafspraak|-0.85
w:lijkt|bedanken|-1.0
w:lijst|ik-boodschap|-0.59
w:logisch|moraliseren|-0.91
w:logisch|argumenteren|0.91
w:lokaal|ik-boodschap|0.68
w:lokaal|vervolgafspraak|0.92
w:loop|ik-boodschap|0.93
w:loop|waarschuwen|-1.46
w:loop|bekritiseren|-0.95
w:loop|vervolgafspraak|0.93
w:loopt|ik-boodschap|1.98
w:loopt|parafrase|0.75
w:loopt|gevoelsreflectie|-1.98
w:loopt|samenvatting|-0.98
w:loopt|afronding-aankondigen|-0.94
w:lopen|geruststellen|0.89
w:lopen|ondervragen|0.9
w:los|prijzen|-0.98
w:los|interpreteren|0.98
w:loslaten|adviseren|0.92
w:loslaten|prijzen|0.92
w:lotte|ik-boodschap|0.93
w:lotte|parafrase|-0.9
w:lotte|samenvatting|-0.85
w:lotte|bekritiseren|-2.19
w:lotte|etiketteren|0.99
w:lotte|afleiden|-0.98
w:lucas|open-vraag|-1.0
w:lucas|waarschuwen|0.91
w:luchtig|bekritiseren|0.91
w:luchtig|afronding-aankondigen|-0.76
w:lui|ik-boodschap|-0.99
w:lui|bekritiseren|1.0
w:lui|etiketteren|0.95
w:lui|interpreteren|0.95
w:lui|geruststellen|0.91
w:lui|bedanken|-0.97
w:luilak|jij-boodschap|0.88
w:luiste|jij-boodschap|1.74
w:luiste|prijzen|-0.91
w:luiste|etiketteren|0.91
w:luister|ik-boodschap|-1.0
w:luister|gevoelsreflectie|0.82
w:luister|open-vraag|-0.99
w:luister|aanmoediging|1.93
w:luister|interpreteren|-1.0
w:luisteren|bevelen|0.95
w:luisteren|afronding-aankondigen|0.95
w:luistert|gevoelsreflectie|-1.76
w:luistert|bevelen|1.95
w:luistert|adviseren|-1.0
w:luistert|afleiden|-1.0
w:lukken|geruststellen|0.74
w:lukt|samenvatting|-0.97
w:lukt|open-vraag|-0.99
w:lukt|geruststellen|-0.98
w:lunch|open-vraag|0.7
w:luuk|ik-boodschap|-0.96
w:maak|ik-boodschap|-0.84
w:maak|gevoelsreflectie|-0.98
w:maak|samenvatting|-0.96
w:maak|aanmoediging|-1.0
w:maak|waarschuwen|-0.96
w:maak|argumenteren|-0.96
w:maak|bekritiseren|-0.95
w:maak|etiketteren|-1.0
w:maak|geruststellen|0.98
w:maak|ondervragen|-1.0
w:maak|afleiden|-0.92
w:maakt|ik-boodschap|-0.58
w:maakt|jij-boodschap|-0.31
w:maakt|gevoelsreflectie|2.71
w:maakt|open-vraag|1.7
w:maakt|aanmoediging|-1.0
w:maakt|bevelen|-1.0
w:maakt|waarschuwen|-1.0
w:maakt|moraliseren|-1.0
w:maakt|argumenteren|-1.0
w:maakt|bekritiseren|-1.0
w:maakt|prijzen|-1.0
w:maakt|etiketteren|-1.0
w:maakt|interpreteren|0.68
w:maakt|geruststellen|-0.76
w:maakt|ondervragen|-1.0
w:maakt|afronding-aankondigen|-1.0
w:maakt|vervolgafspraak|-0.19
w:maakt|bedanken|-1.0
w:maakte|open-vraag|0.97
w:maakte|argumenteren|-0.81
w:maakte|interpreteren|-0.94
w:maand|ik-boodschap|0.73
w:maand|geruststellen|-0.97
w:maand|afronding-aankondigen|-0.99
w:maand|vervolgafspraak|0.77
w:maandag|ik-boodschap|1.86
w:maandag|gevoelsreflectie|0.94
w:maandag|samenvatting|0.78
w:maandag|bevelen|0.94
w:maandag|afronding-aankondigen|-0.92
w:maandag|vervolgafspraak|2.83
w:maandag|bedanken|-1.89
w:maandagochtend|parafrase|-0.81
w:maandje|geruststellen|0.97
w:maar|jij-boodschap|1.81
w:maar|parafrase|0.94
w:maar|gevoelsreflectie|-0.77
w:maar|samenvatting|0.11
w:maar|open-vraag|-1.78
w:maar|aanmoediging|1.7
w:maar|bevelen|-0.98
w:maar|waarschuwen|-1.83
w:maar|argumenteren|1.82
w:maar|bekritiseren|1.5
w:maar|prijzen|-0.93
w:maar|geruststellen|3.76
w:maar|ondervragen|-0.98
w:maar|afleiden|1.83
w:maar|bedanken|-0.97
w:maart|samenvatting|0.9
w:maatregel|moraliseren|-1.0
w:machteloos|gevoelsreflectie|1.9
w:machteloos|open-vraag|0.99
w:machteloos|afronding-aankondigen|-0.94
w:mag|gevoelsreflectie|0.98
w:mag|open-vraag|-0.66
w:mag|aanmoediging|0.93
w:mag|moraliseren|0.94
w:mag|argumenteren|-1.0
w:mag|bekritiseren|-0.94
w:magister|ik-boodschap|0.94
w:magister|jij-boodschap|0.97
w:magister|bevelen|-0.97
w:mail|ik-boodschap|-1.0
w:mail|jij-boodschap|-1.0
w:mail|gevoelsreflectie|-0.86
w:mail|open-vraag|-1.0
w:mail|argumenteren|-0.71
w:mail|geruststellen|-1.0
w:mail|ondervragen|0.95
w:mails|aanmoediging|-0.99
w:mails|bekritiseren|1.19
w:mails|geruststellen|-0.99
w:maken|ik-boodschap|1.83
w:maken|jij-boodschap|-0.98
w:maken|open-vraag|0.96
w:maken|bevelen|-0.96
w:maken|waarschuwen|0.77
w:maken|argumenteren|-0.94
w:maken|interpreteren|-0.8
w:maken|afronding-aankondigen|-0.73
w:maken|vervolgafspraak|0.18
w:maken|bedanken|0.67
w:makkelijk|jij-boodschap|0.83
w:makkelijk|waarschuwen|-0.9
w:makkelijk|prijzen|0.65
w:makkelijk|interpreteren|0.94
w:manier|jij-boodschap|-0.65
w:manier|samenvatting|-0.92
w:manier|bekritiseren|0.62
w:mark|ik-boodschap|-0.97
w:me|ik-boodschap|4.68
w:me|jij-boodschap|-0.87
w:me|parafrase|-2.9
w:me|samenvatting|-1.87
w:me|open-vraag|-0.94
w:me|aanmoediging|-1.0
w:me|bevelen|0.93
w:me|waarschuwen|-1.96
w:me|moraliseren|-1.92
w:me|argumenteren|-2.8
w:me|bekritiseren|-1.67
w:me|prijzen|0.97
w:me|etiketteren|-1.0
w:me|interpreteren|-0.67
w:me|geruststellen|-1.98
w:me|ondervragen|-1.0
w:me|afronding-aankondigen|-0.18
w:medewerking|bekritiseren|0.85
w:medewerking|prijzen|0.98
w:medewerking|afronding-aankondigen|-0.92
w:medewerking|bedanken|-1.77
w:mediatheek|samenvatting|0.82
w:medicatie|vervolgafspraak|0.92
w:mee|gevoelsreflectie|3.02
w:mee|open-vraag|1.13
w:mee|bevelen|1.04
w:mee|moraliseren|1.0
w:mee|argumenteren|-1.0
w:mee|bekritiseren|0.66
w:mee|prijzen|1.17
w:mee|etiketteren|-0.98
w:mee|interpreteren|0.99
w:mee|bedanken|0.99
w:meedenkend|parafrase|-1.0
w:meedenkend|waarschuwen|-0.78
w:meedenkend|moraliseren|-1.0
w:meedenkend|prijzen|1.0
w:meedenkend|geruststellen|-1.0
w:meedoen|ik-boodschap|1.81
w:meedoen|parafrase|-0.88
w:meedoen|open-vraag|1.0
w:meedoen|vervolgafspraak|-1.9
w:meedoet|open-vraag|-0.87
w:meegeven|moraliseren|1.0
w:meekwam|afronding-aankondigen|0.92
w:meeneemt|parafrase|-0.94
w:meeneemt|bevelen|0.99
w:meeneemt|moraliseren|-1.0
w:meer|ik-boodschap|1.51
w:meer|jij-boodschap|-0.98
w:meer|parafrase|-2.57
w:meer|samenvatting|0.75
w:meer|open-vraag|0.7
w:meer|bevelen|-1.0
w:meer|waarschuwen|-0.85
w:meer|moraliseren|1.87
w:meer|adviseren|0.97
w:meer|bekritiseren|-1.2
w:meer|prijzen|0.92
w:meer|geruststellen|-1.0
w:meer|afleiden|-0.88
w:meer|afronding-aankondigen|0.98
w:meer|vervolgafspraak|-0.89
w:mees|ik-boodschap|-0.95
w:mees|samenvatting|0.99
w:mees|waarschuwen|-0.92
w:mees|vervolgafspraak|0.92
w:meest|samenvatting|-0.78
w:meest|open-vraag|0.98
w:meest|prijzen|0.93
w:meest|geruststellen|-0.95
w:meestal|geruststellen|0.99
w:meevalt|interpreteren|-0.73
w:meewerkt|waarschuwen|0.99
w:meid|moraliseren|-0.94
w:meid|argumenteren|-0.98
w:meid|bekritiseren|-0.98
w:meid|prijzen|1.91
w:meisjes|ik-boodschap|-0.98
w:meisjes|samenvatting|-0.2
w:meisjes|bevelen|-1.0
w:meisjes|moraliseren|1.0
w:meisjes|ondervragen|1.0
w:meisjes|vervolgafspraak|-1.0
w:meivakantie|ik-boodschap|0.41
w:meld|bevelen|-0.97
w:melden|ik-boodschap|-0.92
w:melden|adviseren|-1.0
w:melden|argumenteren|1.66
w:melden|ondervragen|-1.0
w:meldt|bevelen|0.97
w:meneer|gevoelsreflectie|-0.88
w:meneer|adviseren|-1.0
w:meneer|argumenteren|-0.62
w:meneer|etiketteren|0.91
w:meneer|interpreteren|-0.99
w:meneer|afronding-aankondigen|-1.85
w:mens|interpreteren|-0.99
w:mentor|ik-boodschap|-0.97
w:mentor|samenvatting|0.8
w:mentor|vervolgafspraak|0.84
w:mentor|bedanken|0.92
w:mentorlessen|gevoelsreflectie|-0.98
w:merk|ik-boodschap|0.27
w:merk|parafrase|-1.0
w:merk|gevoelsreflectie|0.8
w:merk|afronding-aankondigen|0.77
w:merk|bedanken|0.82
w:merken|jij-boodschap|0.94
w:merkt|ik-boodschap|0.16
w:merkt|parafrase|0.19
w:merkt|gevoelsreflectie|-0.94
w:merkt|adviseren|1.0
w:merkt|bekritiseren|-0.88
w:met|ik-boodschap|1.38
w:met|jij-boodschap|-1.57
w:met|parafrase|1.8
w:met|samenvatting|-0.99
w:met|open-vraag|-2.83
w:met|bevelen|0.91
w:met|waarschuwen|-1.96
w:met|adviseren|1.82
w:met|argumenteren|0.15
w:met|bekritiseren|-1.38
w:met|prijzen|1.77
w:met|etiketteren|-0.94
w:met|interpreteren|-0.73
w:met|geruststellen|-0.71
w:met|vervolgafspraak|-0.86
w:met|bedanken|0.12
w:meteen|gevoelsreflectie|-0.18
w:meteen|bekritiseren|-0.91
w:meteen|prijzen|0.81
w:meteen|etiketteren|0.91
w:meteen|ondervragen|1.97
w:methode|prijzen|-0.96
w:mevrouw|ik-boodschap|-0.9
w:mevrouw|samenvatting|-0.79
w:mevrouw|bevelen|1.0
w:mevrouw|moraliseren|-0.87
w:mevrouw|bekritiseren|-1.88
w:mevrouw|etiketteren|0.91
w:mevrouw|geruststellen|-0.99
w:mevrouw|ondervragen|-1.0
w:middag|ik-boodschap|0.89
w:middag|parafrase|0.97
w:middag|open-vraag|0.94
w:middag|moraliseren|-0.97
w:middelpunt|interpreteren|0.99
w:midden|afronding-aankondigen|-0.94
w:middernacht|open-vraag|-0.7
w:middernacht|bekritiseren|0.27
w:mij|ik-boodschap|-1.82
w:mij|jij-boodschap|0.89
w:mij|parafrase|-0.93
w:mij|gevoelsreflectie|-0.12
w:mij|open-vraag|-1.9
w:mij|bevelen|1.95
w:mij|waarschuwen|-0.98
w:mij|adviseren|-1.0
w:mij|bekritiseren|1.1
w:mij|etiketteren|-0.99
w:mij|interpreteren|2.93
w:mij|ondervragen|0.97
w:mij|afronding-aankondigen|-0.98
w:mij|vervolgafspraak|1.82
w:mijn|waarschuwen|-0.99
w:mijn|moraliseren|-1.0
w:mijn|adviseren|0.92
w:mijn|bekritiseren|-0.84
w:mijn|prijzen|0.97
w:mijn|geruststellen|-0.99
w:mijn|afronding-aankondigen|-0.95
w:mijn|vervolgafspraak|-0.99
w:mila|open-vraag|1.0
w:milan|ik-boodschap|0.94
w:milan|open-vraag|-0.7
w:milan|bevelen|-0.9
w:milan|adviseren|0.89
w:minder|ik-boodschap|1.0
w:minder|jij-boodschap|-1.0
w:minder|parafrase|-0.91
w:minder|samenvatting|-1.0
w:minder|aanmoediging|-1.0
w:minder|moraliseren|-1.0
w:minder|bekritiseren|-1.0
w:minder|prijzen|-1.0
w:minder|geruststellen|1.0
w:minder|afronding-aankondigen|-1.0
w:minder|bedanken|-1.0
w:minste|afleiden|-0.99
w:minuten|samenvatting|-0.9
w:minuten|open-vraag|0.87
w:mis|parafrase|1.75
w:mis|argumenteren|0.81
w:misschien|ik-boodschap|2.45
w:misschien|gevoelsreflectie|1.0
w:misschien|bevelen|-0.96
w:misschien|moraliseren|-0.91
w:misschien|adviseren|5.78
w:misschien|argumenteren|-0.8
w:misschien|prijzen|-0.91
w:missen|moraliseren|0.91
w:missen|geruststellen|-0.97
w:mist|ik-boodschap|0.96
w:mist|parafrase|-1.8
w:mist|samenvatting|1.96
w:mist|open-vraag|0.87
w:mist|waarschuwen|-0.92
w:mist|argumenteren|0.95
w:mist|afleiden|-0.92
w:mm|aanmoediging|1.0
w:mmm|parafrase|-1.0
w:mmm|gevoelsreflectie|-1.0
w:mmm|aanmoediging|1.0
w:mo|ik-boodschap|0.98
w:mo|waarschuwen|-0.98
w:mocht|jij-boodschap|-0.94
w:moe|ik-boodschap|0.97
w:moe|samenvatting|0.99
w:moe|moraliseren|-0.99
w:moe|adviseren|1.99
w:moe|argumenteren|0.91
w:moe|bekritiseren|-0.99
w:moe|interpreteren|-0.99
w:moe|afleiden|0.99
w:moe|afronding-aankondigen|0.97
w:moeder|jij-boodschap|1.95
w:moeder|parafrase|0.97
w:moeder|gevoelsreflectie|0.97
w:moeder|bevelen|-0.83
w:moeder|waarschuwen|-1.0
w:moeder|moraliseren|1.0
w:moeder|adviseren|0.84
w:moeder|bekritiseren|0.27
w:moeder|prijzen|0.97
w:moeder|geruststellen|-0.92
w:moeder|afleiden|-0.99
w:moeder|vervolgafspraak|0.94
w:moeilijk|ik-boodschap|-0.95
w:moeilijk|jij-boodschap|0.28
w:moeilijk|parafrase|-1.86
w:moeilijk|gevoelsreflectie|1.89
w:moeilijk|samenvatting|0.78
w:moeilijk|open-vraag|1.78
w:moeilijk|aanmoediging|-0.93
w:moeilijk|moraliseren|-1.95
w:moeilijk|bekritiseren|-0.13
w:moeilijk|interpreteren|1.98
w:moeilijk|vervolgafspraak|0.86
w:moeite|samenvatting|1.0
w:moeite|afronding-aankondigen|1.0
w:moest|ik-boodschap|0.87
w:moest|parafrase|0.97
w:moest|gevoelsreflectie|0.97
w:moest|adviseren|-0.97
w:moet|ik-boodschap|2.64
w:moet|parafrase|-1.0
w:moet|gevoelsreflectie|2.91
w:moet|waarschuwen|0.74
w:moet|adviseren|-0.88
w:moet|argumenteren|-0.94
w:moet|bekritiseren|-1.82
w:moet|prijzen|0.76
w:moet|interpreteren|-1.93
w:moet|geruststellen|-1.07
w:moet|ondervragen|-1.0
w:moet|afleiden|-0.92
w:moet|vervolgafspraak|-1.91
w:moeten|gevoelsreflectie|-0.98
w:moeten|bevelen|-1.0
w:moeten|waarschuwen|-2.88
w:moeten|moraliseren|2.9
w:moeten|adviseren|-1.92
w:moeten|argumenteren|-0.12
w:moeten|bekritiseren|-1.65
w:moeten|prijzen|-1.0
w:moeten|geruststellen|-1.0
w:moeten|ondervragen|-1.0
w:moeten|vervolgafspraak|-2.72
w:mogelijk|jij-boodschap|0.94
w:mogen|afleiden|-0.99
w:mohammed|jij-boodschap|1.69
w:mohammed|bekritiseren|1.78
w:moment|ik-boodschap|0.87
w:moment|prijzen|-0.91
w:momenten|open-vraag|0.94
w:mondeling|geruststellen|0.74
w:mooi|afleiden|0.99
w:mooie|samenvatting|-0.99
w:mooie|moraliseren|-1.0
w:mooie|afleiden|0.99
w:morgen|jij-boodschap|0.74
w:morgen|parafrase|-0.99
w:morgen|gevoelsreflectie|-1.0
w:morgen|samenvatting|-2.8
w:morgen|bevelen|4.14
w:morgen|moraliseren|-0.87
w:morgen|adviseren|-0.87
w:morgen|bekritiseren|-1.9
w:morgen|etiketteren|-0.93
w:morgen|afronding-aankondigen|1.0
w:morgen|vervolgafspraak|1.03
w:morgen|bedanken|-1.0
w:musical|samenvatting|-0.99
w:musical|afleiden|0.99
w:muur|ik-boodschap|0.91
w:na|ik-boodschap|-0.96
w:na|jij-boodschap|0.92
w:na|parafrase|0.15
w:na|gevoelsreflectie|-0.99
w:na|samenvatting|-0.81
w:na|open-vraag|0.27
w:na|aanmoediging|-1.0
w:na|bevelen|0.97
w:na|waarschuwen|-0.9
w:na|moraliseren|-0.99
w:na|adviseren|-0.93
w:na|etiketteren|-0.91
w:na|interpreteren|-0.96
w:na|afronding-aankondigen|-0.75
w:na|vervolgafspraak|2.85
w:na|bedanken|0.24
w:naam|vervolgafspraak|-0.99
w:naar|ik-boodschap|0.77
w:naar|jij-boodschap|0.98
w:naar|parafrase|-1.84
w:naar|samenvatting|0.11
w:naar|open-vraag|0.33
w:naar|aanmoediging|-1.0
w:naar|bevelen|0.82
w:naar|waarschuwen|0.9
w:naar|moraliseren|-0.9
w:naar|argumenteren|-0.1
w:naar|bekritiseren|1.57
w:naar|prijzen|-0.92
w:naar|interpreteren|-0.86
w:naar|afronding-aankondigen|-0.94
w:naar|vervolgafspraak|-1.0
w:naar|bedanken|-0.82
w:naast|ik-boodschap|1.93
w:naast|samenvatting|-0.78
w:naast|open-vraag|-0.96
w:naast|bekritiseren|-1.86
w:naast|prijzen|0.93
w:nablijven|waarschuwen|1.73
w:nablijven|moraliseren|-0.99
w:nablijven|argumenteren|0.99
w:nablijven|geruststellen|-0.99
w:nachtrust|samenvatting|0.99
w:nachts|jij-boodschap|0.98
w:nachts|parafrase|-0.75
w:nachts|bekritiseren|0.94
w:nadenken|aanmoediging|0.93
w:nadenken|bevelen|-0.97
w:nagekeken|argumenteren|-1.0
w:nagekomen|etiketteren|-0.99
w:nakijken|moraliseren|-1.0
w:nakomen|jij-boodschap|-1.0
w:nakomen|bekritiseren|-1.0
w:natuurkunde|jij-boodschap|-0.75
w:natuurkunde|argumenteren|0.81
w:natuurkunde|bekritiseren|-0.81
w:natuurlijk|bekritiseren|-0.94
w:natuurlijk|prijzen|1.81
w:nauwelijks|ik-boodschap|0.99
w:nauwelijks|bekritiseren|1.94
w:nederland|moraliseren|1.0
w:nederland|vervolgafspraak|-1.0
w:nederlands|bevelen|-0.89
w:nederlands|argumenteren|-0.9
w:nee|moraliseren|-0.95
w:nee|argumenteren|0.99
w:nee|bekritiseren|-0.99
w:nee|geruststellen|-0.99
w:neem|jij-boodschap|-0.6
w:neem|parafrase|-0.91
w:neem|gevoelsreflectie|-0.16
w:neem|aanmoediging|0.99
w:neem|vervolgafspraak|-0.8
w:neemt|ik-boodschap|0.56
w:neemt|jij-boodschap|1.0
w:neemt|aanmoediging|1.0
w:neemt|moraliseren|-0.92
w:neemt|adviseren|-1.0
w:neemt|bekritiseren|1.0
w:neemt|prijzen|-0.91
w:neemt|interpreteren|-1.0
w:neer|samenvatting|-0.97
w:negatief|etiketteren|-0.95
w:negen|ik-boodschap|-0.9
w:negen|parafrase|1.0
w:negen|bevelen|0.95
w:negen|adviseren|1.0
w:negen|vervolgafspraak|-0.91
w:negen|bedanken|0.96
w:negeren|ik-boodschap|-0.72
w:nemen|parafrase|-1.0
w:nemen|gevoelsreflectie|-1.0
w:nemen|open-vraag|0.96
w:nemen|bevelen|-0.87
w:nemen|adviseren|0.82
w:nergens|samenvatting|-1.96
w:nergens|bevelen|-1.0
w:nergens|argumenteren|0.92
w:nergens|bekritiseren|1.99
w:nergens|vervolgafspraak|-1.0
w:nest|adviseren|-0.98
w:nest|etiketteren|0.99
w:net|geruststellen|-0.99
w:netjes|moraliseren|0.92
w:neus|geruststellen|1.64
w:niemand|parafrase|1.7
w:niemand|gevoelsreflectie|1.92
w:niemand|adviseren|-0.82
w:niemand|interpreteren|-0.89
w:niemand|geruststellen|1.47
w:niet|ik-boodschap|2.12
w:niet|jij-boodschap|-2.71
w:niet|parafrase|0.11
w:niet|gevoelsreflectie|-1.94
w:niet|samenvatting|-0.88
w:niet|open-vraag|-0.87
w:niet|aanmoediging|-1.98
w:niet|bevelen|0.36
w:niet|waarschuwen|-0.14
w:niet|argumenteren|-0.88
w:niet|bekritiseren|-1.49
w:niet|prijzen|0.78
w:niet|etiketteren|-1.86
w:niet|interpreteren|0.33
w:niet|geruststellen|1.24
w:niet|ondervragen|-0.92
w:niet|afleiden|-0.79
w:niet|afronding-aankondigen|-1.9
w:niet|vervolgafspraak|-1.86
w:niet|bedanken|-2.51
w:niets|jij-boodschap|0.9
w:niets|samenvatting|-0.85
w:niets|open-vraag|-0.96
w:niets|bekritiseren|-2.37
w:niets|geruststellen|0.82
w:niets|afronding-aankondigen|-0.13
w:niets|vervolgafspraak|-0.88
w:nieuw|afronding-aankondigen|0.14
w:nieuw|vervolgafspraak|1.0
w:nieuw|bedanken|-0.66
w:nieuwe|ik-boodschap|0.9
w:nieuwe|open-vraag|-0.87
w:nieuwe|argumenteren|-0.84
w:nieuwe|bekritiseren|-0.84
w:nieuwe|prijzen|-0.96
w:nieuwe|geruststellen|0.92
w:nieuwe|afleiden|0.87
w:nieuwe|vervolgafspraak|0.9
w:nieuwe|bedanken|0.67
w:nieuwsbrief|argumenteren|1.0
w:niks|jij-boodschap|1.93
w:niks|parafrase|-0.93
w:niks|samenvatting|-0.83
w:niks|moraliseren|-1.0
w:niks|adviseren|-0.94
w:niks|argumenteren|0.98
w:niks|bekritiseren|2.55
w:niks|etiketteren|-0.98
w:niks|interpreteren|0.93
w:niks|ondervragen|-0.96
w:niks|afleiden|1.97
w:niks|afronding-aankondigen|0.97
w:noah|ik-boodschap|0.97
w:nodig|gevoelsreflectie|-0.99
w:nodig|open-vraag|0.99
w:nodig|waarschuwen|-0.98
w:nodig|moraliseren|-0.99
w:nodig|prijzen|0.96
w:nodig|etiketteren|-0.93
w:nodig|interpreteren|-0.99
w:nodig|geruststellen|-0.97
w:nodig|vervolgafspraak|0.77
w:nog|jij-boodschap|-0.61
w:nog|parafrase|-0.75
w:nog|gevoelsreflectie|-0.88
w:nog|samenvatting|1.83
w:nog|open-vraag|0.54
w:nog|bevelen|-0.33
w:nog|waarschuwen|1.99
w:nog|moraliseren|0.95
w:nog|adviseren|-1.94
w:nog|interpreteren|0.96
w:nog|geruststellen|-1.0
w:nog|afleiden|0.91
w:nog|afronding-aankondigen|-0.94
w:nog|vervolgafspraak|-3.67
w:nogal|ik-boodschap|-0.99
w:nogal|bekritiseren|0.94
w:nooit|ik-boodschap|-1.97
w:nooit|jij-boodschap|1.88
w:nooit|gevoelsreflectie|-1.0
w:nooit|bevelen|-0.94
w:nooit|waarschuwen|0.97
w:nooit|moraliseren|-1.0
w:nooit|adviseren|-1.0
w:nooit|bekritiseren|4.4
w:nooit|interpreteren|-1.0
w:nooit|geruststellen|-0.74
w:noor|ik-boodschap|-0.91
w:noor|jij-boodschap|-0.97
w:noor|bekritiseren|-0.86
w:noor|afronding-aankondigen|0.92
w:noor|vervolgafspraak|-1.0
w:nooti|jij-boodschap|0.97
w:nooti|bekritiseren|0.97
w:normaal|ik-boodschap|-0.88
w:normaal|moraliseren|0.93
w:normaal|bekritiseren|1.0
w:normaal|geruststellen|1.34
w:normaal|afleiden|-0.92
w:normering|parafrase|0.86
w:normering|argumenteren|0.97
w:nou|ik-boodschap|0.9
w:nou|jij-boodschap|1.27
w:nou|samenvatting|0.82
w:nou|open-vraag|-1.8
w:nou|waarschuwen|-0.85
w:nou|moraliseren|0.97
w:nou|adviseren|1.8
w:nou|argumenteren|-1.85
w:nou|bekritiseren|1.72
w:nou|etiketteren|1.82
w:nou|ondervragen|-0.97
w:nou|afleiden|0.28
w:nou|afronding-aankondigen|-0.92
w:nou|bedanken|-3.55
w:nu|ik-boodschap|0.6
w:nu|gevoelsreflectie|0.2
w:nu|samenvatting|-0.86
w:nu|aanmoediging|-0.8
w:nu|bevelen|3.93
w:nu|waarschuwen|-0.99
w:nu|moraliseren|-1.88
w:nu|adviseren|-1.0
w:nu|argumenteren|-2.66
w:nu|bekritiseren|-0.14
w:nu|prijzen|0.82
w:nu|interpreteren|-1.7
w:nu|geruststellen|-2.89
w:nu|ondervragen|1.0
w:nu|afleiden|1.9
w:nu|afronding-aankondigen|2.89
w:nu|vervolgafspraak|-1.74
w:nu|bedanken|-1.0
w:och|geruststellen|-0.7
w:och|afleiden|2.73
w:ochtend|ik-boodschap|1.48
w:ochtend|gevoelsreflectie|-0.96
w:ochtends|ondervragen|0.9
w:ochtends|vervolgafspraak|-0.91
w:oefenen|waarschuwen|-0.74
w:oefeningen|open-vraag|0.96
w:oefent|moraliseren|-0.91
w:oefent|argumenteren|0.91
w:oefent|geruststellen|-0.42
w:of|jij-boodschap|-0.94
w:of|parafrase|0.96
w:of|open-vraag|-0.87
w:of|waarschuwen|0.98
w:of|prijzen|0.82
w:of|ondervragen|-1.0
w:of|vervolgafspraak|0.94
w:ogen|bevelen|0.97
w:ogen|bekritiseren|0.84
w:oke|samenvatting|0.99
w:oké|parafrase|-0.97
w:oké|aanmoediging|-0.97
w:oké|bevelen|-1.0
w:oké|afleiden|-1.0
w:oké|afronding-aankondigen|0.95
w:oké|bedanken|0.75
w:om|ik-boodschap|-0.27
w:om|jij-boodschap|-1.64
w:om|parafrase|0.34
w:om|gevoelsreflectie|0.91
w:om|open-vraag|1.0
w:om|aanmoediging|-1.0
w:om|bevelen|-0.11
w:om|waarschuwen|-1.98
w:om|adviseren|1.73
w:om|argumenteren|-2.79
w:om|bekritiseren|0.13
w:om|prijzen|-1.06
w:om|etiketteren|-1.0
w:om|interpreteren|1.21
w:om|geruststellen|-0.11
w:om|ondervragen|-0.1
w:om|afleiden|-2.96
w:om|afronding-aankondigen|-1.95
w:om|vervolgafspraak|-0.87
w:om|bedanken|-0.9
w:omar|ik-boodschap|0.84
w:omdat|ik-boodschap|-0.34
w:omdat|jij-boodschap|-0.8
w:omdat|parafrase|1.68
w:omdat|gevoelsreflectie|1.22
w:omdat|open-vraag|-0.99
w:omdat|aanmoediging|-0.99
w:omdat|bevelen|-0.99
w:omdat|adviseren|-1.89
w:omdat|bekritiseren|-0.99
w:omdat|prijzen|-0.97
w:omdat|interpreteren|4.64
w:omdat|bedanken|-1.77
w:omgooien|ik-boodschap|0.46
w:onbeantwoord|aanmoediging|-0.99
w:onbeleefd|jij-boodschap|0.99
w:onbeleefd|bekritiseren|0.55
w:onbeschoft|jij-boodschap|-1.0
w:onbeschoft|geruststellen|-0.99
w:onbetrouwbare|bekritiseren|-1.79
w:onbetrouwbare|etiketteren|0.93
w:onder|ik-boodschap|-1.0
w:onder|gevoelsreflectie|1.0
w:onder|open-vraag|-0.87
w:onder|afronding-aankondigen|1.0
w:onder|vervolgafspraak|0.98
w:onderbouw|vervolgafspraak|-0.99
w:onderbreek|bekritiseren|0.32
w:onderbreken|bevelen|0.62
w:onderbreken|afronding-aankondigen|0.95
w:onderschat|waarschuwen|0.75
w:onderwijs|bekritiseren|-0.94
w:onderwijs|prijzen|0.85
w:onderwijs|ondervragen|-0.93
w:onderzoek|bevelen|-0.98
w:oneerlijk|jij-boodschap|-1.3
w:oneerlijk|parafrase|0.93
w:oneerlijk|samenvatting|-0.9
w:oneerlijk|moraliseren|0.91
w:oneerlijk|bekritiseren|-0.98
w:ongeldig|moraliseren|-0.89
w:ongemakkelijk|ik-boodschap|0.94
w:ongemakkelijk|bevelen|-1.0
w:ongemotiveerd|etiketteren|-0.92
w:ongeoorloofd|argumenteren|0.81
w:ongepast|geruststellen|-0.85
w:ongepaste|bekritiseren|0.89
w:ongerust|parafrase|-1.0
w:ongerust|gevoelsreflectie|0.83
w:ongerust|interpreteren|-0.97
w:ongerust|geruststellen|-0.25
w:ongerust|vervolgafspraak|0.92
w:onhandig|bekritiseren|0.99
w:online|parafrase|-1.0
w:onnodig|bekritiseren|0.95
w:onrustig|parafrase|-0.96
w:onrustig|waarschuwen|-0.92
w:onrustig|afronding-aankondigen|-0.95
w:ons|bevelen|-0.94
w:ons|adviseren|-1.0
w:ons|bekritiseren|-0.96
w:ons|interpreteren|-1.0
w:ontbijt|ik-boodschap|0.97
w:ontbreekt|waarschuwen|0.96
w:ontdaan|geruststellen|-0.99
w:ontevreden|gevoelsreflectie|-0.98
w:onvoldoende|samenvatting|-0.85
w:onvoldoende|bevelen|-0.99
w:onvoldoende|moraliseren|-0.79
w:onvoldoende|adviseren|-0.99
w:onvoldoende|argumenteren|0.79
w:onvoldoende|geruststellen|-0.88
w:onvoldoende|afleiden|0.9
w:onvoldoendes|ik-boodschap|1.6
w:onvoldoendes|aanmoediging|-0.65
w:onvoldoendes|argumenteren|0.99
w:onvoldoendes|bekritiseren|-0.99
w:onze|prijzen|-0.89
w:onze|bedanken|-0.96
w:onzeker|gevoelsreflectie|0.93
w:onzeker|open-vraag|0.96
w:onzeker|interpreteren|0.99
w:onzin|moraliseren|0.98
w:onzin|bekritiseren|0.98
w:onzinverhaal|bekritiseren|2.72
w:oog|ik-boodschap|0.93
w:ooit|jij-boodschap|1.85
w:ooit|bekritiseren|1.06
w:ooit|bedanken|-0.99
w:ook|ik-boodschap|-2.22
w:ook|jij-boodschap|-0.56
w:ook|bevelen|-1.87
w:ook|waarschuwen|-1.0
w:ook|moraliseren|2.01
w:ook|adviseren|-1.11
w:ook|argumenteren|-0.19
w:ook|bekritiseren|-0.91
w:ook|prijzen|1.07
w:ook|geruststellen|0.74
w:ook|ondervragen|0.98
w:ook|afronding-aankondigen|1.87
w:ook|vervolgafspraak|0.82
w:ook|bedanken|-0.93
w:oor|aanmoediging|0.71
w:oortjes|ik-boodschap|-0.9
w:oortjes|samenvatting|-0.9
w:op|ik-boodschap|-0.91
w:op|jij-boodschap|0.25
w:op|parafrase|-0.9
w:op|gevoelsreflectie|0.8
w:op|samenvatting|1.61
w:op|open-vraag|1.05
w:op|aanmoediging|-0.65
w:op|bevelen|-1.83
w:op|moraliseren|-0.9
w:op|adviseren|0.82
w:op|argumenteren|-0.3
w:op|bekritiseren|2.28
w:op|etiketteren|-0.93
w:op|interpreteren|-0.83
w:op|geruststellen|-0.91
w:op|ondervragen|1.03
w:op|afleiden|-0.72
w:op|afronding-aankondigen|-0.98
w:op|vervolgafspraak|1.73
w:op|bedanken|-1.93
w:opdagen|waarschuwen|1.0
w:opdracht|ik-boodschap|0.95
w:opdracht|parafrase|1.0
w:opdracht|gevoelsreflectie|-1.0
w:opdracht|adviseren|-0.9
w:opdracht|argumenteren|0.92
w:opdracht|prijzen|0.9
w:opdracht|etiketteren|-0.9
w:opdracht|geruststellen|-0.74
w:opdracht|afleiden|-0.99
w:opdrachten|ik-boodschap|1.93
w:opdrachten|open-vraag|1.0
w:open|gevoelsreflectie|-0.96
w:open|bekritiseren|-0.88
w:openheid|afronding-aankondigen|-0.99
w:opgave|interpreteren|-0.94
w:opgaven|vervolgafspraak|1.0
w:opgelet|bekritiseren|1.94
w:ophaalt|ik-boodschap|-0.93
w:ophalen|bevelen|-0.95
w:ophouden|bevelen|0.98
w:ophoudt|ik-boodschap|-0.93
w:oplaadt|ik-boodschap|0.88
w:oplaadt|parafrase|-0.88
w:oplaadt|vervolgafspraak|-0.93
w:opletten|bekritiseren|-0.7
w:opletten|vervolgafspraak|0.92
w:oplevert|parafrase|0.97
w:oplossen|open-vraag|1.0
w:oplossing|adviseren|-0.83
w:oplossing|bekritiseren|-0.94
w:oplossing|prijzen|0.85
w:opmerking|waarschuwen|1.0
w:opmerking|bekritiseren|0.97
w:opnieuw|adviseren|-0.93
w:opnieuw|geruststellen|-0.97
w:opnieuw|afronding-aankondigen|-0.99
w:opnieuw|vervolgafspraak|0.77
w:opnieuw|bedanken|-0.95
w:oppast|ik-boodschap|-0.94
w:oprecht|ik-boodschap|0.73
w:opschrijft|ik-boodschap|0.9
w:opstaat|afronding-aankondigen|-0.9
w:opsteekt|ik-boodschap|0.91
w:opsteekt|jij-boodschap|-0.7
w:opvoeden|moraliseren|0.99
w:opvoeden|argumenteren|-0.7
w:opvoeder|prijzen|0.82
w:orde|geruststellen|-0.94
w:ordinaire|jij-boodschap|1.0
w:ordinaire|etiketteren|1.0
w:oude|ik-boodschap|-0.87
w:oude|samenvatting|0.96
w:oude|open-vraag|0.87
w:oude|interpreteren|0.8
w:ouder|jij-boodschap|-1.19
w:ouder|moraliseren|2.9
w:ouder|prijzen|0.33
w:ouder|geruststellen|1.32
w:ouder|afleiden|-0.92
w:ouder|bedanken|-0.92
w:ouderavond|parafrase|-0.91
w:ouderavond|waarschuwen|-0.99
w:ouderavond|moraliseren|-1.0
w:ouders|bevelen|-1.0
w:ouders|moraliseren|2.0
w:ouders|argumenteren|-0.94
w:ouders|bekritiseren|-1.0
w:ouders|interpreteren|0.98
w:ouders|geruststellen|-1.94
w:ouders|vervolgafspraak|-1.78
w:over|ik-boodschap|-0.21
w:over|jij-boodschap|-0.7
w:over|parafrase|-0.89
w:over|gevoelsreflectie|-1.15
w:over|waarschuwen|-0.9
w:over|moraliseren|-1.96
w:over|argumenteren|0.69
w:over|bekritiseren|-2.2
w:over|prijzen|-1.69
w:over|interpreteren|1.78
w:over|geruststellen|0.49
w:over|afleiden|-1.66
w:over|afronding-aankondigen|-1.77
w:over|vervolgafspraak|0.78
w:over|bedanken|1.17
w:overal|jij-boodschap|1.65
w:overal|gevoelsreflectie|-0.86
w:overal|samenvatting|-0.83
w:overal|bekritiseren|3.65
w:overal|ondervragen|-0.96
w:overbezorgde|jij-boodschap|0.92
w:overdreven|jij-boodschap|-1.97
w:overdreven|bekritiseren|-0.73
w:overheen|argumenteren|-0.95
w:overkomt|geruststellen|-1.34
w:overkomt|afleiden|1.76
w:overleg|ik-boodschap|-0.91
w:overleg|samenvatting|0.9
w:overleggen|vervolgafspraak|0.92
w:overstap|gevoelsreflectie|-0.94
w:overstap|bekritiseren|-0.88
w:overzicht|open-vraag|-0.99
w:paar|parafrase|-0.99
w:paar|etiketteren|-0.91
w:paar|geruststellen|0.88
w:paar|afleiden|0.93
w:pak|ik-boodschap|-0.7
w:pak|waarschuwen|0.91
w:pakt|parafrase|0.92
w:pakt|samenvatting|-0.77
w:pakt|adviseren|-0.94
w:pakt|bekritiseren|-0.84
w:parijs|waarschuwen|-1.0
w:pas|ik-boodschap|0.97
w:pas|parafrase|1.0
w:pas|samenvatting|-1.0
w:pas|open-vraag|0.23
w:pas|aanmoediging|-1.0
w:pas|bevelen|-1.0
w:pas|argumenteren|0.99
w:pas|geruststellen|-0.98
w:pas|ondervragen|1.0
w:pas|vervolgafspraak|-0.91
w:pasje|ik-boodschap|-0.68
w:passeren|adviseren|-1.0
w:passeren|prijzen|1.0
w:pauze|ik-boodschap|1.05
w:pauze|gevoelsreflectie|-0.99
w:pauze|samenvatting|-0.9
w:pauze|open-vraag|0.94
w:pauze|vervolgafspraak|0.92
w:pauzes|open-vraag|-1.0
w:pen|ik-boodschap|0.96
w:per|open-vraag|-1.0
w:per|geruststellen|-1.99
w:periode|open-vraag|0.97
w:periode|waarschuwen|-0.96
w:periode|argumenteren|-0.9
w:pest|jij-boodschap|1.69
w:pest|bekritiseren|1.78
w:pesten|samenvatting|1.0
w:pesten|bekritiseren|-0.2
w:pesten|vervolgafspraak|-0.82
w:pesterijen|parafrase|-0.71
w:pesterijen|samenvatting|0.93
w:pesterijen|afronding-aankondigen|0.9
w:pestkop|etiketteren|0.98
w:pestkop|afleiden|-0.98
w:pieter|vervolgafspraak|-0.99
w:pijn|jij-boodschap|-0.97
w:pijn|parafrase|-0.93
w:pijn|gevoelsreflectie|-0.93
w:pijn|samenvatting|-0.96
w:pijn|moraliseren|-0.92
w:pijn|interpreteren|0.26
w:pitbull|jij-boodschap|0.97
w:plaats|prijzen|-0.84
w:plaats|interpreteren|-0.99
w:plagen|geruststellen|-0.97
w:plagen|afleiden|0.88
w:plan|samenvatting|0.78
w:plan|adviseren|-0.92
w:plan|afronding-aankondigen|-1.76
w:plan|vervolgafspraak|1.86
w:plannen|jij-boodschap|-2.85
w:plannen|samenvatting|0.98
w:plannen|bevelen|0.28
w:plannen|adviseren|1.91
w:plannen|argumenteren|-0.71
w:plannen|bekritiseren|-1.23
w:plannen|geruststellen|-0.98
w:plannen|ondervragen|0.93
w:plannen|afronding-aankondigen|1.74
w:plannen|bedanken|-0.97
w:planner|ik-boodschap|0.93
w:planner|samenvatting|0.9
w:planner|argumenteren|1.0
w:planner|vervolgafspraak|-0.79
w:planning|ik-boodschap|-0.4
w:planning|jij-boodschap|0.92
w:planning|gevoelsreflectie|-0.98
w:planning|samenvatting|1.93
w:planning|bekritiseren|-0.12
w:planning|afronding-aankondigen|-0.97
w:planning|vervolgafspraak|1.91
w:planning|bedanken|0.1
w:planningsmaatje|bedanken|-0.91
w:playstation|adviseren|1.0
w:playstation|bekritiseren|0.78
w:playstation|prijzen|-0.84
w:plek|samenvatting|0.82
w:plek|waarschuwen|0.9
w:plezier|parafrase|-0.92
w:plezier|gevoelsreflectie|-0.99
w:plezier|samenvatting|0.91
w:plezier|open-vraag|0.99
w:plezier|moraliseren|-0.99
w:plichten|moraliseren|1.76
w:plichten|argumenteren|-0.9
w:pols|gevoelsreflectie|-0.97
w:pootjes|geruststellen|0.86
w:positief|afleiden|0.99
w:praat|ik-boodschap|-2.75
w:praat|parafrase|-0.9
w:praat|samenvatting|2.55
w:praat|waarschuwen|-0.77
w:praat|adviseren|0.93
w:praat|etiketteren|-1.9
w:praat|afronding-aankondigen|-0.97
w:praat|vervolgafspraak|0.97
w:praat|bedanken|0.92
w:praten|ik-boodschap|0.97
w:praten|gevoelsreflectie|0.99
w:praten|open-vraag|-0.91
w:praten|adviseren|0.95
w:praten|bekritiseren|1.66
w:praten|prijzen|-0.93
w:praten|geruststellen|-0.96
w:praten|afleiden|-0.7
w:praten|afronding-aankondigen|-0.11
w:praten|vervolgafspraak|0.84
w:praten|bedanken|-0.77
w:precies|parafrase|0.92
w:precies|samenvatting|-0.77
w:precies|open-vraag|1.0
w:precies|aanmoediging|-0.81
w:precies|argumenteren|0.98
w:precies|prijzen|-1.0
w:precies|ondervragen|1.0
w:presentatie|ik-boodschap|0.87
w:presentatie|open-vraag|-1.0
w:presentatie|waarschuwen|-0.99
w:presentatie|bekritiseren|1.83
w:presentatie|prijzen|0.97
w:presentatie|geruststellen|-0.96
w:prestatie|moraliseren|-1.0
w:presteren|bevelen|-0.98
w:prikkelbaar|parafrase|-0.91
w:prikkelbaar|gevoelsreflectie|-0.94
w:prikkelbaar|bekritiseren|-0.88
w:prima|jij-boodschap|0.98
w:prima|parafrase|-0.75
w:prima|samenvatting|0.89
w:prima|bekritiseren|0.94
w:probeer|adviseren|0.96
w:probeer|geruststellen|-1.0
w:probeer|vervolgafspraak|-1.0
w:probeert|jij-boodschap|-1.0
w:probeert|open-vraag|-1.0
w:probeert|aanmoediging|-1.0
w:probleem|ik-boodschap|-0.98
w:probleem|jij-boodschap|-0.79
w:probleem|parafrase|0.96
w:probleem|samenvatting|0.95
w:probleem|waarschuwen|1.0
w:probleem|argumenteren|-1.95
w:probleem|bekritiseren|-0.97
w:probleem|prijzen|0.97
w:probleem|interpreteren|1.97
w:profiel|parafrase|0.79
w:programma|afleiden|-0.92
w:project|bekritiseren|0.95
w:project|interpreteren|-0.99
w:protocol|argumenteren|-1.0
w:pta|ik-boodschap|-0.92
w:pta|bekritiseren|-0.93
w:pta|afleiden|-0.92
w:puber|etiketteren|0.99
w:puber|geruststellen|0.23
w:puber|afleiden|0.87
w:pubers|moraliseren|-1.0
w:pubers|bekritiseren|-0.82
w:pubers|afleiden|1.94
w:puberteit|jij-boodschap|-0.97
w:puberteit|bevelen|-0.92
w:puberteit|moraliseren|-0.92
w:puberteit|interpreteren|-0.25
w:puberteit|geruststellen|-0.92
w:puberteit|afleiden|1.63
w:pubertijd|moraliseren|-0.95
w:punt|ik-boodschap|0.97
w:punt|afronding-aankondigen|1.74
w:punt|vervolgafspraak|-0.94
w:put|ik-boodschap|0.95
w:pws|ik-boodschap|-0.41
w:raak|waarschuwen|-0.99
w:raak|vervolgafspraak|-0.95
w:raakt|ik-boodschap|-0.9
w:raakt|parafrase|-0.9
w:raakt|gevoelsreflectie|0.82
w:radeloos|gevoelsreflectie|0.88
w:rapport|ik-boodschap|1.6
w:rapport|open-vraag|-0.99
w:rapport|aanmoediging|-0.65
w:rapport|bevelen|-0.97
w:rapport|argumenteren|-0.9
w:rapport|bekritiseren|-0.99
w:rapport|interpreteren|-0.99
w:rapport|bedanken|-0.66
w:rapportvergadering|prijzen|-0.91
w:ravi|ik-boodschap|-0.84
w:ravi|interpreteren|0.65
w:rayan|gevoelsreflectie|0.94
w:rayan|open-vraag|0.8
w:reactie|bekritiseren|0.95
w:reactie|etiketteren|0.99
w:reageerde|aanmoediging|-0.73
w:reageert|jij-boodschap|0.91
w:reageert|gevoelsreflectie|0.94
w:reageert|open-vraag|0.8
w:reageert|afronding-aankondigen|-0.98
w:reageren|jij-boodschap|0.97
w:reageren|bekritiseren|0.97
w:recht|geruststellen|0.92
w:rechtop|ik-boodschap|-0.93
w:rechtop|jij-boodschap|-0.87
w:rechtop|bevelen|1.0
w:rechtop|waarschuwen|-1.0
w:rechtop|argumenteren|-1.0
w:rechtop|etiketteren|-1.0
w:rechtszaak|jij-boodschap|0.65
w:redelijk|parafrase|-1.0
w:redelijk|samenvatting|1.0
w:regel|parafrase|0.8
w:regel|adviseren|-0.94
w:regel|argumenteren|0.9
w:regel|vervolgafspraak|0.91
w:regelen|jij-boodschap|0.83
w:regelen|prijzen|0.92
w:regelen|vervolgafspraak|-0.92
w:regelen|bedanken|-0.75
w:regels|jij-boodschap|-0.92
w:regels|argumenteren|2.9
w:regelt|prijzen|1.0
w:regen|afleiden|0.68
w:reglement|waarschuwen|-0.93
w:reglement|moraliseren|-0.99
w:reglement|argumenteren|0.99
w:reglement|geruststellen|-0.99
w:reistijd|jij-boodschap|-0.78
w:reistijd|vervolgafspraak|-0.98
w:reken|prijzen|0.98
w:rekenen|argumenteren|0.98
w:rekenen|etiketteren|-0.98
w:rekenmachine|open-vraag|0.96
w:rekenmachine|vervolgafspraak|1.0
w:rekentoets|open-vraag|0.94
w:respect|moraliseren|0.25
w:respect|afleiden|-0.99
w:rest|ik-boodschap|0.71
w:rest|parafrase|0.91
w:rest|argumenteren|0.82
w:resultaten|afleiden|0.97
w:reuze|prijzen|-0.78
w:rij|vervolgafspraak|-0.98
w:rijtje|ik-boodschap|-0.91
w:rijtje|samenvatting|0.99
w:rik|ik-boodschap|0.99
w:roep|bevelen|0.8
w:roept|ik-boodschap|1.36
w:roept|waarschuwen|-0.89
w:roken|ik-boodschap|0.97
w:rol|samenvatting|-0.99
w:rol|afleiden|0.99
w:rollen|bevelen|0.97
w:rollen|bekritiseren|0.84
w:rond|ik-boodschap|0.97
w:rond|afronding-aankondigen|0.95
w:rond|bedanken|-0.19
w:ronden|samenvatting|-0.8
w:ronden|bevelen|-1.0
w:ronden|afleiden|-1.0
w:ronden|afronding-aankondigen|1.86
w:ronden|vervolgafspraak|-0.92
w:ronden|bedanken|0.8
w:ronduit|argumenteren|-0.99
w:rooster|parafrase|1.96
w:rooster|gevoelsreflectie|-1.98
w:rooster|waarschuwen|-0.9
w:rooster|adviseren|0.9
w:rooster|etiketteren|-0.91
w:rooster|geruststellen|-0.92
w:rooster|afleiden|-1.82
w:rooster|vervolgafspraak|-0.93
w:rot|ik-boodschap|-0.57
w:rot|gevoelsreflectie|-1.8
w:rot|open-vraag|-0.97
w:rotmoment|gevoelsreflectie|0.93
w:ruimt|jij-boodschap|-0.9
w:rust|parafrase|1.0
w:rust|adviseren|1.0
w:rusten|afleiden|0.99
w:rusten|afronding-aankondigen|-0.94
w:rustig|ik-boodschap|-1.0
w:rustig|open-vraag|-0.94
w:rustig|aanmoediging|2.0
w:rustig|bevelen|0.89
w:rustig|interpreteren|-1.0
w:ruzie|parafrase|0.97
w:ruzie|samenvatting|1.9
w:ruzie|open-vraag|-0.87
w:ruzie|moraliseren|-0.97
w:ruzie|adviseren|-0.86
w:ruzie|afronding-aankondigen|-0.83
w:ruzie|vervolgafspraak|-0.92
w:ruzies|geruststellen|0.99
w:ruzietjes|geruststellen|-0.89
w:ruzietjes|afleiden|2.78
w:ruziezoeker|jij-boodschap|1.0
w:ruziezoeker|etiketteren|1.0
w:samen|jij-boodschap|0.92
w:samen|parafrase|-0.91
w:samen|samenvatting|0.25
w:samen|adviseren|2.76
w:samen|argumenteren|0.28
w:samen|etiketteren|-0.98
w:samen|vervolgafspraak|2.71
w:samen|bedanken|-1.74
w:samengevat|ik-boodschap|-0.98
w:samengevat|jij-boodschap|1.02
w:samengevat|parafrase|-1.83
w:samengevat|samenvatting|0.77
w:samengevat|bekritiseren|0.8
w:samengevat|ondervragen|-0.96
w:samengevat|vervolgafspraak|-0.94
w:samenvat|parafrase|1.0
w:samenvat|gevoelsreflectie|-0.95
w:samenvat|samenvatting|0.87
w:samenvat|open-vraag|-1.0
w:samenvat|bevelen|-0.95
w:samenvatten|parafrase|-0.96
w:samenvatten|samenvatting|1.8
w:samenvatten|bedanken|0.92
w:samenvattend|ik-boodschap|-0.93
w:samenvattend|samenvatting|1.95
w:samenvattend|open-vraag|-1.88
w:samenvattend|argumenteren|-0.82
w:samenvattend|afronding-aankondigen|1.0
w:samenvattend|bedanken|1.0
w:samenwerken|ik-boodschap|0.98
w:samenwerken|samenvatting|-0.98
w:sandra|jij-boodschap|0.83
w:sandra|geruststellen|0.96
w:sanne|gevoelsreflectie|-1.0
w:sanne|samenvatting|-0.95
w:sanne|open-vraag|1.0
w:sanne|bevelen|-0.91
w:sanne|prijzen|-1.0
w:sanne|vervolgafspraak|0.95
w:sanne|bedanken|0.95
w:sara|jij-boodschap|-0.7
w:sara|open-vraag|-1.95
w:schakel|waarschuwen|0.99
w:schandalig|bekritiseren|0.97
w:scheiding|interpreteren|0.99
w:scheikunde|waarschuwen|-0.5
w:schelen|parafrase|-0.93
w:schelen|gevoelsreflectie|-0.93
w:schelen|interpreteren|0.93
w:scherm|parafrase|-0.91
w:schermtijd|moraliseren|-0.91
w:schermtijd|argumenteren|0.16
w:schieten|ik-boodschap|0.97
w:schieten|afronding-aankondigen|0.97
w:school|ik-boodschap|-0.91
w:school|jij-boodschap|-2.84
w:school|parafrase|-0.58
w:school|samenvatting|-0.16
w:school|open-vraag|0.23
w:school|aanmoediging|-1.0
w:school|moraliseren|1.03
w:school|adviseren|-0.87
w:school|argumenteren|-2.66
w:school|bekritiseren|-0.13
w:school|etiketteren|-1.83
w:school|interpreteren|-0.19
w:school|geruststellen|-1.91
w:school|ondervragen|-1.0
w:school|afleiden|-0.82
w:school|afronding-aankondigen|-0.95
w:school|vervolgafspraak|-0.99
w:school|bedanken|-1.71
w:schoolavond|vervolgafspraak|-0.88
w:schoolgids|jij-boodschap|-0.92
w:schooljaar|prijzen|-0.96
w:schoolkamp|moraliseren|1.0
w:schoolkamp|vervolgafspraak|-1.0
w:schoolplein|afleiden|0.95
w:schoolvoetbalteam|waarschuwen|0.87
w:schorsing|ik-boodschap|-0.99
w:schorsing|moraliseren|0.95
w:schreeuwen|waarschuwen|1.0
w:schrift|moraliseren|-1.0
w:schrijft|argumenteren|0.79
w:schrik|gevoelsreflectie|0.98
w:schrik|afleiden|-0.98
w:schrikt|jij-boodschap|-0.9
w:schrikt|gevoelsreflectie|0.99
w:schrikt|geruststellen|0.99
w:schrok|ik-boodschap|2.76
w:schrok|gevoelsreflectie|-2.79
w:schrok|samenvatting|-0.99
w:schrok|vervolgafspraak|-1.0
w:schuift|vervolgafspraak|1.74
w:schuld|jij-boodschap|0.99
w:schuld|samenvatting|-0.99
w:schuld|bekritiseren|1.86
w:schuldig|interpreteren|1.0
w:sectie|gevoelsreflectie|0.94
w:sectie|samenvatting|0.78
w:sectie|etiketteren|0.91
w:sectie|vervolgafspraak|0.86
w:sem|ik-boodschap|0.61
w:sem|gevoelsreflectie|-0.91
w:sem|aanmoediging|-0.95
w:sem|bevelen|0.9
w:sem|adviseren|-0.94
w:sem|bekritiseren|-2.79
w:sem|etiketteren|0.93
w:sem|geruststellen|-0.96
w:sem|ondervragen|1.0
w:september|ik-boodschap|-0.71
w:september|jij-boodschap|-1.29
w:september|argumenteren|1.95
w:serieus|aanmoediging|-0.99
w:sfeer|jij-boodschap|0.82
w:sfeer|samenvatting|0.95
w:sfeer|bekritiseren|1.87
w:sfeer|vervolgafspraak|-0.98
w:signalen|etiketteren|-0.91
w:simpel|moraliseren|0.97
w:simpel|argumenteren|0.91
w:simpel|geruststellen|-0.42
w:sinds|ik-boodschap|3.34
w:sinds|jij-boodschap|-2.34
w:sinds|parafrase|-0.99
w:sinds|samenvatting|-1.16
w:sinds|open-vraag|-0.3
w:sinds|bevelen|-1.0
w:sinds|argumenteren|0.95
w:sinds|bekritiseren|-1.63
w:sinds|ondervragen|1.0
w:sinds|afleiden|-0.94
w:situatie|argumenteren|-0.84
w:slaap|ik-boodschap|1.48
w:slaap|samenvatting|0.96
w:slaapt|parafrase|-1.73
w:slaapt|gevoelsreflectie|-0.94
w:slaapt|samenvatting|1.96
w:slaapt|open-vraag|0.87
w:slaapt|adviseren|0.83
w:slaapt|bekritiseren|-0.88
w:slaat|jij-boodschap|-0.96
w:slaat|bevelen|-1.0
w:slaat|argumenteren|0.92
w:slaat|bekritiseren|1.0
w:slaat|vervolgafspraak|-1.0
w:slapen|samenvatting|1.0
w:slapen|open-vraag|-0.7
w:slapen|afronding-aankondigen|-1.0
w:slecht|ik-boodschap|-0.87
w:slecht|jij-boodschap|0.8
w:slecht|parafrase|-1.73
w:slecht|gevoelsreflectie|-0.94
w:slecht|samenvatting|1.96
w:slecht|open-vraag|0.87
w:slecht|argumenteren|0.96
w:slecht|bekritiseren|1.11
w:slechte|samenvatting|0.99
w:slechte|open-vraag|-0.95
w:slechte|geruststellen|1.79
w:slechte|afleiden|0.95
w:slechter|bevelen|-0.98
w:slim|adviseren|0.97
w:slim|etiketteren|0.99
w:slimme|bevelen|-0.96
w:slimme|waarschuwen|-0.9
w:slimme|moraliseren|-0.94
w:slimme|adviseren|0.92
w:slimme|prijzen|3.48
w:slimste|adviseren|-0.9
w:slimste|prijzen|0.9
w:slimste|etiketteren|-0.9
w:slordig|bekritiseren|0.99
w:slordige|argumenteren|-0.98
w:slordige|bekritiseren|-0.98
w:sluiten|samenvatting|1.0
w:sluiten|afronding-aankondigen|1.0
w:sluiten|bedanken|1.0
w:smit|bevelen|0.92
w:smit|moraliseren|-0.87
w:snap|parafrase|1.83
w:snap|gevoelsreflectie|1.8
w:snap|aanmoediging|1.0
w:snap|bevelen|0.97
w:snap|waarschuwen|-0.9
w:snap|moraliseren|-0.97
w:snap|adviseren|0.97
w:snap|prijzen|1.0
w:snap|interpreteren|-0.94
w:snap|geruststellen|1.74
w:snap|afleiden|-0.92
w:snapchat|interpreteren|-0.98
w:snapt|ik-boodschap|0.9
w:snapt|bevelen|-0.96
w:snapt|moraliseren|-0.94
w:snapt|adviseren|-1.0
w:snapt|argumenteren|-0.84
w:snapt|bekritiseren|-0.84
w:snapt|prijzen|1.0
w:snapt|interpreteren|1.68
w:snel|parafrase|0.94
w:snel|bevelen|-0.94
w:snel|bekritiseren|-0.9
w:snel|afronding-aankondigen|-0.95
w:sneller|samenvatting|1.0
w:sneller|bekritiseren|-0.2
w:sneller|vervolgafspraak|-0.82
w:sofie|ik-boodschap|-0.93
w:soms|moraliseren|-1.0
w:soms|geruststellen|1.0
w:soort|bekritiseren|1.19
w:soort|geruststellen|-0.99
w:soort|afleiden|0.92
w:sophie|gevoelsreflectie|0.83
w:sorry|jij-boodschap|0.79
w:spanend|gevoelsreflectie|0.98
w:spannend|ik-boodschap|-0.87
w:spannend|open-vraag|1.0
w:speelt|ik-boodschap|-0.98
w:speelt|samenvatting|0.8
w:speelt|open-vraag|1.0
w:speelt|bevelen|-0.93
w:speelt|waarschuwen|0.83
w:speelt|interpreteren|0.81
w:speelt|afronding-aankondigen|-0.98
w:spelcomputer|argumenteren|-0.96
w:spieken|jij-boodschap|-1.3
w:spieken|moraliseren|0.91
w:spieken|bekritiseren|-1.57
w:spiekt|moraliseren|-0.89
w:spiekt|afleiden|0.92
w:spijbelt|jij-boodschap|2.24
w:spijbelt|bekritiseren|1.29
w:spijbelt|interpreteren|1.0
w:spijbelt|geruststellen|-0.5
w:sprake|gevoelsreflectie|0.94
w:sprake|open-vraag|0.8
w:spreek|samenvatting|0.99
w:spreken|ik-boodschap|-0.9
w:spreken|samenvatting|0.9
w:spreken|moraliseren|0.76
w:spreken|argumenteren|-0.8
w:spreken|afronding-aankondigen|-1.83
w:spreken|vervolgafspraak|0.97
w:spreker|ik-boodschap|0.99
w:spullen|ik-boodschap|1.89
w:spullen|bekritiseren|0.99
w:spullen|vervolgafspraak|-0.97
w:sta|ik-boodschap|0.95
w:staan|ik-boodschap|0.89
w:staan|jij-boodschap|-0.92
w:staan|open-vraag|-0.94
w:staan|aanmoediging|-0.65
w:staan|moraliseren|1.89
w:staan|argumenteren|0.88
w:staan|vervolgafspraak|-0.94
w:staat|ik-boodschap|-0.18
w:staat|bevelen|-0.97
w:staat|moraliseren|-0.24
w:staat|adviseren|0.9
w:staat|argumenteren|-0.77
w:staat|bekritiseren|-0.93
w:staat|interpreteren|0.99
w:staat|afleiden|-1.82
w:staat|vervolgafspraak|-0.79
w:stad|ondervragen|0.9
w:stage|jij-boodschap|-0.93
w:stage|afleiden|0.9
w:stage|vervolgafspraak|-0.92
w:stagebegeleider|gevoelsreflectie|-1.0
w:stagebegeleider|bevelen|1.0
w:stand|argumenteren|-0.92
w:stap|moraliseren|0.96
w:stap|ondervragen|0.98
w:star|parafrase|-0.97
w:staren|ik-boodschap|-0.98
w:statistisch|argumenteren|0.83
w:steeds|ik-boodschap|2.27
w:steeds|jij-boodschap|-1.82
w:steeds|gevoelsreflectie|-1.83
w:steeds|samenvatting|0.91
w:steeds|open-vraag|-1.93
w:steeds|waarschuwen|-0.99
w:steeds|moraliseren|-0.92
w:steeds|adviseren|-0.92
w:steeds|bekritiseren|-1.65
w:steeds|etiketteren|-0.91
w:steeds|interpreteren|-0.67
w:steeds|ondervragen|0.99
w:steeds|afronding-aankondigen|0.97
w:steeds|vervolgafspraak|-0.9
w:steek|prijzen|0.97
w:stel|samenvatting|-1.0
w:stel|moraliseren|-0.96
w:stel|bekritiseren|-1.0
w:stel|etiketteren|1.0
w:stel|vervolgafspraak|1.0
w:stel|bedanken|-1.0
w:stellen|ik-boodschap|1.36
w:stellen|waarschuwen|-0.89
w:stellen|moraliseren|1.0
w:stellen|bekritiseren|0.27
w:stelt|gevoelsreflectie|0.84
w:stelt|argumenteren|-0.96
w:stelt|bekritiseren|1.68
w:stelt|afleiden|1.97
w:stem|interpreteren|-0.98
w:sterk|prijzen|-0.97
w:sterk|interpreteren|0.9
w:stiekem|interpreteren|0.58
w:stil|interpreteren|0.97
w:stil|ondervragen|-0.95
w:stoel|waarschuwen|-0.99
w:stoer|ik-boodschap|-0.89
w:stoer|bekritiseren|-0.75
w:stoer|interpreteren|0.99
w:stoer|geruststellen|-0.99
w:stoer|afleiden|-0.99
w:stof|ik-boodschap|0.9
w:stof|argumenteren|-0.84
w:stof|bekritiseren|-0.84
w:stond|ik-boodschap|-0.59
w:stond|argumenteren|2.0
w:stonden|argumenteren|1.0
w:stonden|vervolgafspraak|-1.0
w:stop|bevelen|1.85
w:stop|waarschuwen|0.99
w:stop|moraliseren|-0.95
w:stop|interpreteren|-0.99
w:stop|afronding-aankondigen|-0.99
w:stop|bedanken|-0.99
w:stoppen|ik-boodschap|0.97
w:stoppen|parafrase|-0.71
w:stoppen|samenvatting|-1.0
w:stoppen|waarschuwen|-0.99
w:stoppen|bekritiseren|-0.84
w:stoppen|afronding-aankondigen|2.94
w:stoppen|vervolgafspraak|1.87
w:stoppen|bedanken|-0.86
w:stopt|samenvatting|1.0
w:stopt|waarschuwen|1.0
w:stopt|adviseren|-1.0
w:stopt|bekritiseren|-0.2
w:stopt|ondervragen|-1.0
w:stopt|vervolgafspraak|-0.82
w:straat|ondervragen|0.9
w:straf|parafrase|0.77
w:strafwerk|parafrase|-1.0
w:strafwerk|waarschuwen|-0.78
w:strafwerk|prijzen|1.0
w:strafwerk|geruststellen|-1.0
w:straks|ik-boodschap|0.95
w:straks|bevelen|-0.97
w:straks|waarschuwen|1.83
w:straks|interpreteren|-0.97
w:straks|vervolgafspraak|-1.82
w:streep|ik-boodschap|-1.0
w:streep|afronding-aankondigen|1.0
w:strenger|adviseren|-0.93
w:stress|argumenteren|-0.97
w:structuur|parafrase|-0.91
w:structuur|samenvatting|0.74
w:structuur|interpreteren|0.98
w:structuur|afronding-aankondigen|0.98
w:struikelen|waarschuwen|-0.92
w:studiecoach|geruststellen|-0.99
w:studiewijzer|ik-boodschap|-0.71
w:studiewijzer|argumenteren|2.87
w:studiewijzer|vervolgafspraak|-1.0
w:stuk|jij-boodschap|-2.55
w:stuk|bekritiseren|-1.0
w:stuk|etiketteren|1.0
w:sturen|bekritiseren|1.94
w:sturen|geruststellen|-0.99
w:sturen|vervolgafspraak|-0.96
w:stuur|ik-boodschap|-1.0
w:stuur|samenvatting|-0.89
w:stuur|open-vraag|-1.0
w:stuur|waarschuwen|0.98
w:stuur|argumenteren|-0.71
w:stuur|geruststellen|-1.0
w:stuur|vervolgafspraak|1.0
w:stuurt|bevelen|0.93
w:super|etiketteren|-0.94
w:sven|adviseren|0.95
w:taak|moraliseren|1.0
w:tafel|ik-boodschap|1.0
w:tafel|samenvatting|-0.96
w:tafel|open-vraag|-0.87
w:tafel|afleiden|-0.95
w:tafel|afronding-aankondigen|-0.99
w:tafel|vervolgafspraak|0.98
w:tafel|bedanken|0.96
w:tandarts|argumenteren|-0.91
w:tas|open-vraag|-1.8
w:tas|waarschuwen|-0.92
w:tas|adviseren|1.8
w:te|ik-boodschap|0.87
w:te|jij-boodschap|0.76
w:te|parafrase|-1.04
w:te|gevoelsreflectie|-0.18
w:te|samenvatting|1.75
w:te|open-vraag|0.84
w:te|bevelen|-1.88
w:te|waarschuwen|-0.16
w:te|moraliseren|0.9
w:te|adviseren|0.73
w:te|argumenteren|0.86
w:te|bekritiseren|-0.84
w:te|prijzen|-1.71
w:te|interpreteren|0.65
w:te|geruststellen|-1.98
w:te|ondervragen|-1.97
w:te|afleiden|-0.79
w:te|afronding-aankondigen|1.0
w:te|vervolgafspraak|1.0
w:te|bedanken|-0.84
w:team|ik-boodschap|0.99
w:teamleider|parafrase|0.8
w:teamleider|samenvatting|-1.0
w:teamleider|bevelen|-0.87
w:teamleider|waarschuwen|0.98
w:teamleider|afronding-aankondigen|1.0
w:teamleider|bedanken|-0.33
w:teamoverleg|vervolgafspraak|0.99
w:tegen|jij-boodschap|0.99
w:tegen|parafrase|1.79
w:tegen|gevoelsreflectie|0.81
w:tegen|samenvatting|-0.99
w:tegen|open-vraag|-0.94
w:tegen|bevelen|0.97
w:tegen|waarschuwen|-0.8
w:tegen|moraliseren|1.0
w:tegen|bekritiseren|1.98
w:tegen|interpreteren|-0.94
w:tegen|geruststellen|-1.85
w:tegen|ondervragen|0.97
w:tegen|afleiden|-1.85
w:tegenover|jij-boodschap|-0.31
w:tegenover|moraliseren|0.91
w:tegenover|argumenteren|0.64
w:tegenover|bekritiseren|-1.02
w:tegenover|geruststellen|-0.99
w:tegenwoordig|ik-boodschap|-0.9
w:tegenwoordig|samenvatting|-0.9
w:tegenwoordig|geruststellen|-0.92
w:tegenwoordig|afleiden|0.92
w:tekent|bedanken|-0.92
w:tekortpunten|argumenteren|0.93
w:telefoon|ik-boodschap|-0.19
w:telefoon|jij-boodschap|-0.6
w:telefoon|parafrase|-0.93
w:telefoon|samenvatting|1.0
w:telefoon|open-vraag|-0.74
w:telefoon|bevelen|-0.88
w:telefoon|waarschuwen|0.11
w:telefoon|moraliseren|-1.0
w:telefoon|argumenteren|-0.99
w:telefoon|bekritiseren|-0.84
w:telefoon|ondervragen|-0.9
w:telefoon|afleiden|-0.99
w:telefoon|afronding-aankondigen|-1.0
w:telefoon|vervolgafspraak|0.18
w:telefoonnummer|open-vraag|-0.97
w:telefoons|ik-boodschap|-1.0
w:telefoons|bevelen|0.85
w:teleurgesteld|ik-boodschap|0.87
w:teleurgesteld|parafrase|-1.62
w:teleurgesteld|gevoelsreflectie|2.84
w:teleurgesteld|samenvatting|0.78
w:teleurgesteld|open-vraag|-1.01
w:teleurgesteld|vervolgafspraak|0.86
w:telkens|vervolgafspraak|-0.95
w:telt|bekritiseren|-0.96
w:tenminste|afleiden|0.9
w:ter|gevoelsreflectie|0.94
w:ter|open-vraag|0.8
w:terecht|bevelen|-0.93
w:terecht|geruststellen|0.86
w:terug|ik-boodschap|-0.97
w:terug|jij-boodschap|-0.81
w:terug|parafrase|-1.99
w:terug|samenvatting|1.91
w:terug|open-vraag|0.97
w:terug|waarschuwen|-0.9
w:terug|bekritiseren|0.97
w:terug|bedanken|0.9
w:terugbelde|gevoelsreflectie|0.96
w:teruggebeld|gevoelsreflectie|0.85
w:terwijl|open-vraag|-0.94
w:terwijl|bekritiseren|0.27
w:terwijl|afronding-aankondigen|-0.94
w:tess|open-vraag|0.98
w:tess|bedanken|0.92
w:tevoren|open-vraag|-1.8
w:tevoren|adviseren|1.8
w:tevreden|gevoelsreflectie|-0.98
w:thanks|bekritiseren|-0.95
w:thee|ondervragen|-1.0
w:thijs|ik-boodschap|0.81
w:thnx|bedanken|0.92
w:thuis|ik-boodschap|0.15
w:thuis|jij-boodschap|-1.89
w:thuis|parafrase|0.11
w:thuis|gevoelsreflectie|-0.14
w:thuis|samenvatting|1.07
w:thuis|open-vraag|2.51
w:thuis|waarschuwen|0.97
w:thuis|moraliseren|2.0
w:thuis|argumenteren|-1.0
w:thuis|bekritiseren|0.52
w:thuis|prijzen|-0.18
w:thuis|interpreteren|2.15
w:thuis|geruststellen|-0.93
w:thuis|afleiden|-0.97
w:thuis|vervolgafspraak|-0.86
w:thuis|bedanken|0.93
w:thuisblijven|bekritiseren|-0.99
w:thuisblijven|ondervragen|0.99
w:thuisgehouden|bekritiseren|0.99
w:thuiskwam|samenvatting|-0.96
w:thuiskwam|aanmoediging|0.96
w:thuissituatie|argumenteren|-0.99
w:tien|ik-boodschap|0.98
w:tien|samenvatting|-0.9
w:tien|open-vraag|0.87
w:tien|waarschuwen|-0.98
w:tien|moraliseren|0.91
w:tien|adviseren|-0.99
w:tien|vervolgafspraak|-0.91
w:tijd|ik-boodschap|-0.88
w:tijd|jij-boodschap|-0.65
w:tijd|gevoelsreflectie|0.87
w:tijd|samenvatting|-0.2
w:tijd|open-vraag|0.23
w:tijd|aanmoediging|1.86
w:tijd|bevelen|0.12
w:tijd|moraliseren|-0.94
w:tijd|argumenteren|-0.35
w:tijd|bekritiseren|-0.2
w:tijd|prijzen|-0.89
w:tijd|interpreteren|-1.99
w:tijd|ondervragen|-1.0
w:tijd|vervolgafspraak|-1.92
w:tijdens|ik-boodschap|1.02
w:tijdens|samenvatting|-0.98
w:tijdens|open-vraag|-0.94
w:tijdens|waarschuwen|-0.99
w:tijdens|vervolgafspraak|-0.8
w:tijdstip|afronding-aankondigen|0.97
w:tillen|bevelen|-0.92
w:tillen|moraliseren|-0.92
w:tillen|interpreteren|-0.7
w:tillen|geruststellen|-0.92
w:tillen|afleiden|1.63
w:timo|waarschuwen|-1.0
w:tip|waarschuwen|-0.99
w:tip|adviseren|0.92
w:tja|jij-boodschap|0.4
w:tja|open-vraag|-1.73
w:tja|moraliseren|-1.0
w:tja|bekritiseren|0.95
w:tja|etiketteren|0.95
w:tja|afleiden|1.0
w:tja|bedanken|-1.6
w:toch|parafrase|0.92
w:toch|samenvatting|-0.77
w:toch|bevelen|-0.96
w:toch|waarschuwen|-2.81
w:toch|moraliseren|3.77
w:toch|argumenteren|-0.92
w:toch|bekritiseren|-0.96
w:toch|prijzen|2.03
w:toch|geruststellen|-0.47
w:toch|ondervragen|-1.0
w:toch|bedanken|-0.1
w:toe|ik-boodschap|1.84
w:toe|samenvatting|1.0
w:toegeven|argumenteren|-0.99
w:toegeven|interpreteren|0.99
w:toekomt|ik-boodschap|0.99
w:toen|ik-boodschap|2.48
w:toen|jij-boodschap|0.92
w:toen|parafrase|1.0
w:toen|gevoelsreflectie|-2.37
w:toen|samenvatting|-1.94
w:toen|open-vraag|0.6
w:toen|aanmoediging|0.2
w:toen|bekritiseren|0.83
w:toen|afleiden|-0.97
w:toen|vervolgafspraak|-1.0
w:toets|ik-boodschap|1.17
w:toets|samenvatting|0.78
w:toets|bevelen|-0.95
w:toets|moraliseren|-1.85
w:toets|adviseren|0.93
w:toets|argumenteren|2.04
w:toets|bekritiseren|-1.91
w:toets|geruststellen|0.96
w:toets|afleiden|-0.98
w:toetsen|parafrase|-0.96
w:toetsen|argumenteren|0.7
w:toetsen|vervolgafspraak|-1.0
w:toetsweek|ik-boodschap|-0.32
w:toetsweek|waarschuwen|-0.9
w:toetsweek|adviseren|-0.93
w:toetsweek|bedanken|0.24
w:toezicht|jij-boodschap|-0.98
w:tof|ik-boodschap|0.9
w:tolk|ik-boodschap|-0.91
w:tolk|parafrase|0.91
w:tolk|etiketteren|-0.91
w:tolk|afleiden|-1.0
w:tolk|vervolgafspraak|0.91
w:toon|geruststellen|-0.85
w:toont|bekritiseren|-0.95
w:top|bedanken|0.98
w:tornen|argumenteren|0.83
w:tot|ik-boodschap|-0.7
w:tot|parafrase|0.98
w:tot|samenvatting|1.0
w:tot|bevelen|0.8
w:tot|waarschuwen|0.91
w:tot|adviseren|1.0
w:tot|argumenteren|-0.91
w:tot|bekritiseren|0.27
w:tot|vervolgafspraak|-0.8
w:trainer|adviseren|0.93
w:trainingen|ik-boodschap|0.99
w:trekt|jij-boodschap|1.0
w:trekt|parafrase|-0.21
w:trekt|bekritiseren|0.33
w:trouwens|open-vraag|-0.93
w:trouwens|moraliseren|-1.0
w:trouwens|bekritiseren|-0.82
w:trouwens|geruststellen|0.5
w:trouwens|afleiden|1.0
w:tussen|open-vraag|0.7
w:tussenuren|parafrase|0.9
w:tussenuren|waarschuwen|-0.9
w:tussenuren|geruststellen|-0.92
w:tussenuren|afleiden|-0.92
w:twaalf|moraliseren|1.0
w:twaalf|prijzen|-1.0
w:twaalf|ondervragen|-1.0
w:twaalfde|vervolgafspraak|0.91
w:twee|jij-boodschap|-0.95
w:twee|parafrase|-1.65
w:twee|samenvatting|1.81
w:twee|bevelen|-0.95
w:twee|moraliseren|-1.0
w:twee|adviseren|0.93
w:twee|argumenteren|0.92
w:twee|geruststellen|1.64
w:twee|vervolgafspraak|0.79
w:tweede|ik-boodschap|0.93
w:tweede|gevoelsreflectie|0.84
w:tweede|open-vraag|-0.99
w:tweede|waarschuwen|0.93
w:tweede|geruststellen|0.26
w:tweede|afleiden|1.02
w:tweede|vervolgafspraak|1.91
w:tweede|bedanken|-0.66
w:tweeën|adviseren|-0.97
w:typerend|bekritiseren|0.91
w:typisch|etiketteren|1.94
w:typische|prijzen|-0.99
w:u|ik-boodschap|-3.41
w:u|jij-boodschap|-0.39
w:u|parafrase|0.16
w:u|samenvatting|-0.98
w:u|open-vraag|-0.22
w:u|aanmoediging|-0.91
w:u|bevelen|-1.64
w:u|waarschuwen|-1.91
w:u|moraliseren|-0.99
w:u|adviseren|-0.73
w:u|argumenteren|-1.71
w:u|prijzen|-0.14
w:u|etiketteren|-2.02
w:u|interpreteren|-1.67
w:u|geruststellen|-2.35
w:u|ondervragen|-2.83
w:u|afleiden|-1.3
w:u|afronding-aankondigen|-3.8
w:u|vervolgafspraak|0.11
w:uit|ik-boodschap|0.87
w:uit|parafrase|-1.0
w:uit|samenvatting|0.8
w:uit|bevelen|0.93
w:uit|waarschuwen|0.87
w:uit|bekritiseren|-0.99
w:uit|geruststellen|-1.88
w:uit|afleiden|0.92
w:uit|vervolgafspraak|-0.11
w:uitdaging|interpreteren|0.94
w:uitdelen|ik-boodschap|0.96
w:uiterlijk|bevelen|0.94
w:uitgelachen|ik-boodschap|0.99
w:uitgelachen|gevoelsreflectie|-0.99
w:uitgelachen|interpreteren|-0.98
w:uitgeprint|aanmoediging|-0.85
w:uitgeschreven|waarschuwen|1.0
w:uitgesteld|open-vraag|-1.0
w:uitkomst|parafrase|-0.97
w:uitlachen|ik-boodschap|-1.0
w:uitlachen|jij-boodschap|-1.0
w:uitlachen|parafrase|1.0
w:uitlachen|gevoelsreflectie|1.0
w:uitlachen|samenvatting|-1.0
w:uitlachen|open-vraag|-1.0
w:uitlachen|aanmoediging|-1.0
w:uitlachen|bevelen|-1.0
w:uitlachen|waarschuwen|-1.0
w:uitlachen|adviseren|-1.0
w:uitlachen|argumenteren|-1.0
w:uitlachen|bekritiseren|-1.0
w:uitlachen|prijzen|-1.0
w:uitlachen|etiketteren|-1.0
w:uitlachen|interpreteren|-1.0
w:uitlachen|geruststellen|-1.0
w:uitlachen|ondervragen|-1.0
w:uitlachen|afleiden|-1.0
w:uitlachen|afronding-aankondigen|-1.0
w:uitlachen|vervolgafspraak|-1.0
w:uitlachen|bedanken|-1.0
w:uitleg|ik-boodschap|1.0
w:uitleg|open-vraag|0.87
w:uitleg|waarschuwen|-0.99
w:uitleg|bekritiseren|-0.92
w:uitleggen|vervolgafspraak|-0.91
w:uitliep|ik-boodschap|0.68
w:uitlokt|interpreteren|0.99
w:uitpraten|bevelen|1.99
w:uitpraten|moraliseren|-1.0
w:uitpraten|adviseren|-1.0
w:uitscheldt|vervolgafspraak|-0.99
w:uitschold|ik-boodschap|0.84
w:uitslag|bekritiseren|-0.94
w:uitvalt|open-vraag|-0.94
w:uitziet|ondervragen|-0.9
w:uitzondering|ik-boodschap|-0.92
w:uitzondering|afleiden|-1.84
w:uploaden|ik-boodschap|-0.91
w:uren|samenvatting|1.0
w:uren|afronding-aankondigen|1.0
w:uren|bedanken|1.0
w:urenlang|parafrase|0.92
w:urenlang|samenvatting|-0.77
w:uur|ik-boodschap|3.11
w:uur|jij-boodschap|0.98
w:uur|parafrase|-0.63
w:uur|gevoelsreflectie|-0.94
w:uur|bevelen|-0.97
w:uur|waarschuwen|-0.98
w:uur|argumenteren|1.79
w:uur|bekritiseren|0.94
w:uur|geruststellen|-0.93
w:uur|ondervragen|0.9
w:uur|afleiden|-1.0
w:uur|afronding-aankondigen|-0.94
w:uur|vervolgafspraak|2.85
w:uur|bedanken|-1.89
w:uw|jij-boodschap|1.0
w:uw|samenvatting|1.55
w:uw|open-vraag|-1.0
w:uw|aanmoediging|-0.99
w:uw|bevelen|-0.99
w:uw|waarschuwen|-1.99
w:uw|moraliseren|-0.16
w:uw|argumenteren|-0.96
w:uw|bekritiseren|-0.94
w:uw|prijzen|1.94
w:uw|ondervragen|-0.93
w:uw|afronding-aankondigen|-0.94
w:uw|vervolgafspraak|-0.1
w:uw|bedanken|0.82
w:uzelf|etiketteren|0.99
w:uzelf|interpreteren|0.91
w:vaak|ik-boodschap|0.94
w:vaak|jij-boodschap|-0.8
w:vaak|parafrase|-0.99
w:vaak|gevoelsreflectie|-1.0
w:vaak|open-vraag|0.29
w:vaak|aanmoediging|-1.0
w:vaak|bekritiseren|-0.99
w:vaak|prijzen|-0.98
w:vaak|interpreteren|0.99
w:vaak|geruststellen|-1.0
w:vaak|ondervragen|-1.0
w:vaart|geruststellen|0.89
w:vader|parafrase|2.72
w:vader|samenvatting|-0.81
w:vader|bevelen|-0.91
w:vader|waarschuwen|-0.12
w:vader|adviseren|-2.73
w:vader|etiketteren|-0.94
w:vak|open-vraag|-2.0
w:vak|waarschuwen|-1.0
w:vak|ondervragen|-1.0
w:vakantie|adviseren|-0.9
w:vakantie|prijzen|0.9
w:vakantie|interpreteren|0.95
w:vakantie|geruststellen|0.5
w:vakantie|ondervragen|0.94
w:vakantie|afleiden|1.9
w:vakantie|vervolgafspraak|-0.95
w:vakdocent|afronding-aankondigen|-1.0
w:vakdocent|vervolgafspraak|1.0
w:vakdocenten|samenvatting|0.99
w:vakdocenten|afronding-aankondigen|-0.97
w:vakdocenten|vervolgafspraak|0.97
w:vaker|ik-boodschap|-0.8
w:vaker|jij-boodschap|-0.7
w:vaker|gevoelsreflectie|-1.91
w:vaker|open-vraag|-1.96
w:vaker|bevelen|-0.66
w:vaker|adviseren|-0.92
w:vaker|interpreteren|-0.99
w:vaker|geruststellen|-1.89
w:vaker|ondervragen|-0.98
w:vaker|afleiden|-0.72
w:vakken|aanmoediging|-0.95
w:vakken|bevelen|-0.95
w:valt|ik-boodschap|-0.94
w:valt|samenvatting|-0.9
w:valt|moraliseren|-0.96
w:valt|argumenteren|0.83
w:valt|prijzen|-0.78
w:valt|etiketteren|-0.98
w:valt|afleiden|-0.7
w:valt|vervolgafspraak|0.93
w:van|ik-boodschap|1.8
w:van|jij-boodschap|1.27
w:van|parafrase|-1.6
w:van|gevoelsreflectie|-0.93
w:van|samenvatting|0.32
w:van|open-vraag|-1.61
w:van|aanmoediging|-1.58
w:van|bevelen|0.93
w:van|moraliseren|0.92
w:van|adviseren|-1.06
w:van|argumenteren|-0.5
w:van|bekritiseren|-0.96
w:van|prijzen|-2.11
w:van|interpreteren|-1.99
w:van|geruststellen|-0.19
w:van|afleiden|-1.05
w:van|afronding-aankondigen|-1.71
w:van|vervolgafspraak|-0.95
w:van|bedanken|-0.17
w:vanaf|bevelen|-0.93
w:vanaf|waarschuwen|-0.99
w:vanaf|argumenteren|1.0
w:vanaf|bekritiseren|-0.98
w:vanaf|vervolgafspraak|-1.0
w:vandaag|jij-boodschap|-2.55
w:vandaag|gevoelsreflectie|-1.96
w:vandaag|samenvatting|-0.83
w:vandaag|bevelen|-1.91
w:vandaag|moraliseren|-1.0
w:vandaag|bekritiseren|-1.82
w:vandaag|prijzen|-0.99
w:vandaag|etiketteren|1.0
w:vandaag|afleiden|0.69
w:vandaag|afronding-aankondigen|0.98
w:vandaag|vervolgafspraak|-1.05
w:vandaag|bedanken|-0.24
w:vanmiddag|bevelen|1.73
w:vanochtend|ik-boodschap|0.1
w:vanzelf|argumenteren|-0.95
w:vanzelf|interpreteren|0.8
w:vanzelf|geruststellen|1.92
w:vanzelf|afleiden|-0.94
w:vast|ik-boodschap|1.91
w:vast|jij-boodschap|-0.9
w:vast|parafrase|-1.0
w:vast|samenvatting|-1.76
w:vast|bevelen|-0.83
w:vast|waarschuwen|-0.78
w:vast|moraliseren|-0.94
w:vast|adviseren|-0.19
w:vast|bekritiseren|-1.95
w:vast|prijzen|3.89
w:vast|etiketteren|-0.94
w:vast|interpreteren|-0.99
w:vast|geruststellen|1.11
w:vast|ondervragen|-0.93
w:vast|afleiden|-0.99
w:vast|bedanken|-1.68
w:vaste|samenvatting|0.82
w:vaste|moraliseren|-0.91
w:vaste|adviseren|1.91
w:vaste|argumenteren|-0.8
w:vastligt|argumenteren|0.94
w:vastloopt|argumenteren|-0.98
w:vatten|parafrase|-0.91
w:vecht|adviseren|-1.0
w:vechtersbaas|etiketteren|0.95
w:veel|ik-boodschap|-2.26
w:veel|jij-boodschap|0.81
w:veel|samenvatting|-0.9
w:veel|open-vraag|-0.99
w:veel|etiketteren|-2.0
w:veertien|moraliseren|0.91
w:veertien|argumenteren|0.81
w:veilig|bekritiseren|-0.9
w:vel|etiketteren|-0.94
w:veranderde|parafrase|1.0
w:veranderde|aanmoediging|-1.0
w:veranderen|argumenteren|0.98
w:veranderen|etiketteren|-0.98
w:verandert|gevoelsreflectie|-0.82
w:verantwoord|argumenteren|0.93
w:verantwoordelijk|afronding-aankondigen|-0.94
w:verantwoordelijkheid|parafrase|-1.0
w:verantwoordelijkheid|gevoelsreflectie|-1.0
w:verantwoordelijkheid|bevelen|-0.87
w:verantwoordelijkheid|moraliseren|1.83
w:verband|gevoelsreflectie|-0.97
w:verbergen|interpreteren|1.68
w:verbeteringen|moraliseren|-1.0
w:verbouwing|afleiden|0.94
w:verder|ik-boodschap|0.93
w:verder|gevoelsreflectie|-1.83
w:verder|open-vraag|-1.0
w:verder|aanmoediging|1.0
w:verder|waarschuwen|-0.96
w:verder|vervolgafspraak|0.84
w:verder|bedanken|-0.79
w:verdriet|parafrase|-0.97
w:verdrietig|ik-boodschap|-0.98
w:verdrietig|jij-boodschap|-1.0
w:verdrietig|parafrase|1.0
w:verdrietig|gevoelsreflectie|2.6
w:verdrietig|samenvatting|-1.0
w:verdrietig|open-vraag|-1.0
w:verdrietig|bevelen|-1.0
w:verdrietig|waarschuwen|-1.0
w:verdrietig|moraliseren|-1.0
w:verdrietig|adviseren|-1.0
w:verdrietig|argumenteren|-1.0
w:verdrietig|bekritiseren|-1.0
w:verdrietig|prijzen|-1.0
w:verdrietig|etiketteren|-1.0
w:verdrietig|interpreteren|-1.0
w:verdrietig|geruststellen|-1.0
w:verdrietig|ondervragen|-1.0
w:verdrietig|afleiden|-1.0
w:verdrietig|afronding-aankondigen|-1.0
w:verdrietig|vervolgafspraak|-1.0
w:verdrietig|bedanken|-1.0
w:vergeet|ik-boodschap|0.15
w:vergeet|open-vraag|0.94
w:vergeet|moraliseren|-1.0
w:vergeet|argumenteren|0.9
w:vergeet|bekritiseren|0.99
w:vergeet|interpreteren|-0.99
w:vergeet|geruststellen|1.0
w:vergeten|open-vraag|0.96
w:vergis|ik-boodschap|-0.93
w:vergissing|etiketteren|-0.99
w:vergist|argumenteren|1.99
w:vergist|vervolgafspraak|-1.0
w:verhaal|argumenteren|-0.62
w:verhaal|etiketteren|0.95
w:verhaal|afleiden|0.88
w:verhuizing|aanmoediging|-1.0
w:verhuizing|interpreteren|1.66
w:verjaardag|etiketteren|-0.98
w:verjaardag|ondervragen|-0.98
w:verkeerd|argumenteren|0.99
w:verkeerd|geruststellen|2.31
w:verklaard|moraliseren|-0.89
w:verpest|ik-boodschap|-0.97
w:verpest|jij-boodschap|2.34
w:verpest|waarschuwen|0.92
w:verpest|bekritiseren|1.87
w:verpest|etiketteren|-0.99
w:verplaatst|afleiden|-0.98
w:verpleegkundige|prijzen|0.96
w:verrast|ik-boodschap|0.9
w:verschil|samenvatting|0.89
w:verschuiven|vervolgafspraak|-0.95
w:verslag|ik-boodschap|0.98
w:verslag|jij-boodschap|-0.98
w:verslag|bekritiseren|-0.98
w:verslagen|bevelen|-0.96
w:verstaan|waarschuwen|-0.77
w:verstandig|parafrase|-0.99
w:verstandig|argumenteren|-0.99
w:verstandig|interpreteren|-0.99
w:verstandig|vervolgafspraak|-0.85
w:verstoort|jij-boodschap|0.95
w:verstoort|bekritiseren|0.95
w:vertaalt|etiketteren|-0.91
w:vertalen|ik-boodschap|0.94
w:vertel|samenvatting|-0.94
w:vertel|open-vraag|1.0
w:vertel|aanmoediging|2.59
w:vertel|adviseren|-0.86
w:verteld|samenvatting|-0.85
w:vertelde|parafrase|-0.94
w:vertellen|ik-boodschap|-0.92
w:vertellen|parafrase|-0.96
w:vertellen|waarschuwen|0.92
w:vertellen|adviseren|-1.0
w:vertellen|prijzen|-0.92
w:vertellen|ondervragen|-0.9
w:vertellen|afleiden|-0.88
w:vertellen|bedanken|0.99
w:vertelt|parafrase|-0.97
w:vertelt|gevoelsreflectie|0.91
w:vertelt|open-vraag|-0.96
w:vertelt|bedanken|-0.17
w:vertrouwenspersoon|etiketteren|-1.0
w:vertrouwenspersoon|vervolgafspraak|1.0
w:verveelt|interpreteren|0.94
w:vervelend|ik-boodschap|0.9
w:verwacht|parafrase|1.0
w:verwacht|gevoelsreflectie|-0.99
w:verwacht|bevelen|-0.94
w:verwachten|moraliseren|0.94
w:verwachten|argumenteren|-1.0
w:verwend|adviseren|-0.98
w:verwend|bekritiseren|-0.99
w:verwend|etiketteren|0.99
w:verwennen|etiketteren|-1.0
w:verwerkt|interpreteren|0.97
w:verwijderd|interpreteren|-1.0
w:verwijt|vervolgafspraak|-0.88
w:verwijzing|gevoelsreflectie|0.88
w:verzuim|ik-boodschap|-0.99
w:verzuim|jij-boodschap|-0.93
w:verzuim|open-vraag|-0.98
w:verzuim|waarschuwen|1.0
w:verzuim|adviseren|-1.0
w:verzuim|argumenteren|-0.94
w:verzuim|ondervragen|-1.0
w:verzuim|afleiden|-0.95
w:verzuim|afronding-aankondigen|-0.83
w:verzuimlijn|bevelen|0.95
w:verzuimlijn|vervolgafspraak|-0.95
w:via|parafrase|0.97
w:via|gevoelsreflectie|0.97
w:via|adviseren|-0.97
w:via|vervolgafspraak|0.91
w:vier|gevoelsreflectie|-0.94
w:vier|aanmoediging|-0.65
w:vier|argumenteren|1.85
w:vier|bekritiseren|-0.99
w:vier|etiketteren|-0.98
w:vier|bedanken|-0.94
w:vierde|moraliseren|0.94
w:vierde|argumenteren|-1.0
w:vijf|moraliseren|-0.79
w:vijf|argumenteren|2.61
w:vijf|etiketteren|-0.98
w:vijfde|ik-boodschap|0.97
w:vijftiende|bedanken|-0.91
w:vind|ik-boodschap|2.94
w:vind|jij-boodschap|0.87
w:vind|parafrase|-0.99
w:vind|gevoelsreflectie|-2.64
w:vind|open-vraag|1.02
w:vind|moraliseren|0.96
w:vind|argumenteren|-0.71
w:vind|bekritiseren|1.93
w:vind|geruststellen|-0.99
w:vind|bedanken|-0.79
w:vinden|adviseren|-0.83
w:vinden|bekritiseren|-0.97
w:vinden|prijzen|0.97
w:vindt|ik-boodschap|-0.42
w:vindt|jij-boodschap|0.98
w:vindt|parafrase|0.85
w:vindt|gevoelsreflectie|0.98
w:vindt|samenvatting|-0.9
w:vindt|open-vraag|-0.99
w:vindt|bevelen|-0.83
w:vindt|waarschuwen|-0.78
w:vindt|adviseren|0.82
w:vindt|argumenteren|-0.76
w:vindt|bekritiseren|0.67
w:vindt|prijzen|1.91
w:vindt|etiketteren|0.99
w:vindt|geruststellen|-1.0
w:vindt|afleiden|-0.99
w:vindt|vervolgafspraak|-0.92
w:vindt|bedanken|-0.75
w:vinger|ik-boodschap|0.91
w:vinger|jij-boodschap|-0.7
w:vingers|geruststellen|1.64
w:visser|gevoelsreflectie|-0.88
w:voel|ik-boodschap|0.94
w:voel|open-vraag|0.98
w:voel|bevelen|-1.0
w:voel|afronding-aankondigen|-0.94
w:voelde|gevoelsreflectie|0.94
w:voelen|gevoelsreflectie|0.91
w:voelen|bekritiseren|-0.9
w:voelt|jij-boodschap|-0.99
w:voelt|gevoelsreflectie|2.91
w:voelt|samenvatting|0.99
w:voelt|aanmoediging|-0.99
w:voelt|bekritiseren|-0.43
w:voelt|interpreteren|0.11
w:voelt|afronding-aankondigen|1.0
w:voetbalclub|open-vraag|-1.0
w:voetballen|open-vraag|-0.95
w:voetballen|afleiden|0.95
w:voetbalwedstrijd|open-vraag|-1.66
w:voetbalwedstrijd|afleiden|0.95
w:vol|parafrase|0.98
w:voldoende|parafrase|-1.8
w:voldoende|moraliseren|-0.95
w:voldoende|argumenteren|0.93
w:voldoende|geruststellen|-0.42
w:voldoendes|argumenteren|0.96
w:volg|parafrase|0.99
w:volg|samenvatting|-0.85
w:volg|aanmoediging|0.97
w:volgend|ik-boodschap|-0.94
w:volgend|jij-boodschap|-0.93
w:volgend|waarschuwen|0.93
w:volgend|geruststellen|-0.63
w:volgende|ik-boodschap|-1.84
w:volgende|parafrase|0.8
w:volgende|samenvatting|0.88
w:volgende|adviseren|-0.92
w:volgende|argumenteren|-0.94
w:volgende|etiketteren|-1.0
w:volgende|interpreteren|-0.99
w:volgende|afronding-aankondigen|0.86
w:volgende|vervolgafspraak|3.75
w:volgende|bedanken|0.92
w:volgens|ik-boodschap|-1.88
w:volgens|parafrase|-0.12
w:volgens|gevoelsreflectie|-1.87
w:volgens|samenvatting|-1.0
w:volgens|open-vraag|0.97
w:volgens|waarschuwen|-0.93
w:volgens|adviseren|-1.0
w:volgens|argumenteren|-2.74
w:volgens|interpreteren|2.91
w:volgens|afronding-aankondigen|-0.98
w:volgt|gevoelsreflectie|-0.88
w:volgt|samenvatting|-0.96
w:volgt|argumenteren|0.99
w:volgt|geruststellen|-0.99
w:volwassene|samenvatting|-0.78
w:volwassene|prijzen|0.93
w:volwassenen|ik-boodschap|0.94
w:vond|ik-boodschap|1.9
w:vond|interpreteren|-0.98
w:vond|afleiden|0.95
w:voor|ik-boodschap|0.99
w:voor|jij-boodschap|-2.33
w:voor|parafrase|1.67
w:voor|gevoelsreflectie|1.05
w:voor|samenvatting|-1.11
w:voor|open-vraag|0.84
w:voor|aanmoediging|-0.91
w:voor|bevelen|-1.0
w:voor|waarschuwen|-1.98
w:voor|moraliseren|-0.71
w:voor|adviseren|-0.81
w:voor|argumenteren|-0.88
w:voor|bekritiseren|-2.58
w:voor|prijzen|-1.86
w:voor|etiketteren|-0.99
w:voor|geruststellen|-1.03
w:voor|afleiden|-0.64
w:voor|afronding-aankondigen|-1.06
w:voor|bedanken|1.66
w:vooral|gevoelsreflectie|0.14
w:vooral|adviseren|0.1
w:vooral|interpreteren|0.99
w:voorbeeld|aanmoediging|-0.96
w:voorbeeld|adviseren|-0.92
w:voorbeeld|prijzen|-0.65
w:voorbereid|ik-boodschap|0.87
w:voorbereid|bekritiseren|1.09
w:voorbereiden|bekritiseren|1.0
w:voorbij|ik-boodschap|-0.63
w:voorbij|samenvatting|-0.99
w:voorjaarsvakantie|afronding-aankondigen|-0.76
w:voorkomen|bekritiseren|0.31
w:voorkomt|interpreteren|-1.0
w:voorstellen|ik-boodschap|-0.61
w:voorstellen|parafrase|-1.0
w:voorstellen|gevoelsreflectie|1.94
w:voortaan|jij-boodschap|0.9
w:voortaan|bevelen|0.13
w:voortaan|afleiden|-0.99
w:voortzetten|samenvatting|-1.0
w:voortzetten|afronding-aankondigen|1.0
w:voortzetten|vervolgafspraak|1.0
w:voortzetten|bedanken|-1.0
w:voorzichtig|parafrase|-0.97
w:vorig|gevoelsreflectie|-0.93
w:vorig|afleiden|-0.95
w:vorige|ik-boodschap|1.55
w:vorige|jij-boodschap|0.1
w:vorige|argumenteren|-1.0
w:vorige|bekritiseren|0.83
w:vorige|etiketteren|-0.99
w:vorige|ondervragen|0.95
w:vorige|afleiden|-0.94
w:vorige|vervolgafspraak|-0.97
w:vos|vervolgafspraak|-0.99
w:vraag|ik-boodschap|2.36
w:vraag|jij-boodschap|0.98
w:vraag|bevelen|-0.97
w:vraag|waarschuwen|-0.89
w:vraag|argumenteren|-0.93
w:vraag|vervolgafspraak|0.94
w:vragen|ik-boodschap|-1.0
w:vragen|samenvatting|0.98
w:vragen|waarschuwen|-1.98
w:vragen|adviseren|1.0
w:vragen|etiketteren|-0.93
w:vragen|geruststellen|-0.98
w:vragen|afleiden|-0.99
w:vreselijk|gevoelsreflectie|0.99
w:vreselijk|bekritiseren|1.68
w:vreselijke|jij-boodschap|-0.99
w:vreselijke|bekritiseren|0.99
w:vreselijke|afleiden|-0.99
w:vrienden|ik-boodschap|-0.87
w:vrienden|parafrase|-0.9
w:vrienden|samenvatting|1.95
w:vrienden|interpreteren|0.6
w:vriendengroep|open-vraag|0.94
w:vriendin|moraliseren|0.92
w:vriendinnen|ik-boodschap|-0.91
w:vriendinnen|samenvatting|0.99
w:vriendinnen|interpreteren|0.99
w:vriendjes|bekritiseren|-0.97
w:vries|bekritiseren|-0.96
w:vries|ondervragen|-1.0
w:vrijdag|ik-boodschap|-1.9
w:vrijdag|samenvatting|-0.61
w:vrijdag|bevelen|0.93
w:vrijdag|waarschuwen|0.77
w:vrijdag|adviseren|-0.92
w:vrijdag|argumenteren|0.99
w:vrijdag|interpreteren|-0.99
w:vrijdag|afronding-aankondigen|-0.93
w:vrijdag|vervolgafspraak|1.19
w:vrijdag|bedanken|0.8
w:vrijdagmiddag|waarschuwen|0.96
w:vrije|moraliseren|-0.94
w:vrijheid|ik-boodschap|-0.98
w:vroeg|jij-boodschap|-0.94
w:vroeg|aanmoediging|-0.73
w:vroeger|prijzen|-0.97
w:vroeger|interpreteren|0.9
w:vrolijke|etiketteren|-0.96
w:vrouw|adviseren|0.92
w:vrouw|prijzen|0.92
w:vuur|bevelen|-0.93
w:vuur|waarschuwen|0.83
w:vóór|bevelen|0.93
w:waaien|geruststellen|0.99
w:waait|bekritiseren|-0.99
w:waait|afleiden|-0.99
w:waar|ik-boodschap|0.35
w:waar|open-vraag|0.98
w:waar|moraliseren|0.76
w:waar|adviseren|-0.93
w:waar|argumenteren|-0.98
w:waar|bekritiseren|-0.97
w:waar|afleiden|-0.97
w:waar|afronding-aankondigen|-0.94
w:waar|vervolgafspraak|-0.79
w:waardeer|prijzen|0.92
w:waardeer|vervolgafspraak|-0.92
w:waardeer|bedanken|0.22
w:waardeloze|bekritiseren|1.83
w:waardoor|ik-boodschap|3.6
w:waardoor|jij-boodschap|-0.98
w:waardoor|parafrase|-0.99
w:waardoor|waarschuwen|-0.92
w:waardoor|bekritiseren|-0.98
w:waardoor|afronding-aankondigen|0.77
w:waarom|ik-boodschap|-0.59
w:waarom|jij-boodschap|-1.89
w:waarom|parafrase|-0.91
w:waarom|gevoelsreflectie|0.81
w:waarom|samenvatting|-1.0
w:waarom|open-vraag|-1.99
w:waarom|aanmoediging|-1.0
w:waarom|bevelen|-1.0
w:waarom|waarschuwen|-0.99
w:waarom|adviseren|1.82
w:waarom|bekritiseren|-1.19
w:waarom|prijzen|-0.93
w:waarom|etiketteren|-0.91
w:waarom|interpreteren|-1.0
w:waarom|ondervragen|5.82
w:waarom|afleiden|-0.97
w:waarop|ik-boodschap|0.91
w:waarop|samenvatting|-0.92
w:waarschuw|waarschuwen|0.98
w:wacht|bevelen|-0.19
w:wachten|ik-boodschap|0.9
w:wachten|argumenteren|-0.94
w:wachten|vervolgafspraak|-1.78
w:wakker|bekritiseren|-0.99
w:wakker|geruststellen|1.01
w:wanneer|ik-boodschap|2.94
w:wanneer|samenvatting|-1.0
w:wanneer|bevelen|-1.0
w:wanneer|waarschuwen|-0.95
w:wanneer|prijzen|-1.0
w:wanneer|etiketteren|-0.98
w:wanneer|ondervragen|1.01
w:wanneer|afleiden|-0.95
w:wanneer|vervolgafspraak|-0.91
w:want|ik-boodschap|3.92
w:want|open-vraag|-0.64
w:want|aanmoediging|-1.0
w:want|waarschuwen|-0.96
w:want|argumenteren|0.98
w:want|bekritiseren|-1.84
w:want|interpreteren|-0.47
w:want|geruststellen|-1.0
w:want|ondervragen|-1.0
w:want|afronding-aankondigen|-0.87
w:war|bekritiseren|0.95
w:was|ik-boodschap|-1.35
w:was|jij-boodschap|-1.0
w:was|parafrase|-1.03
w:was|gevoelsreflectie|0.94
w:was|samenvatting|-1.16
w:was|open-vraag|-1.04
w:was|waarschuwen|-1.0
w:was|moraliseren|-0.95
w:was|bekritiseren|0.76
w:was|prijzen|0.92
w:was|interpreteren|-1.0
w:was|geruststellen|-0.45
w:was|ondervragen|0.93
w:was|afronding-aankondigen|0.95
w:was|vervolgafspraak|0.87
w:was|bedanken|1.7
w:wat|ik-boodschap|1.08
w:wat|jij-boodschap|0.29
w:wat|parafrase|0.72
w:wat|gevoelsreflectie|0.22
w:wat|samenvatting|2.71
w:wat|open-vraag|3.75
w:wat|bevelen|0.28
w:wat|waarschuwen|-1.0
w:wat|moraliseren|-1.01
w:wat|adviseren|0.98
w:wat|argumenteren|-0.81
w:wat|bekritiseren|0.61
w:wat|prijzen|0.92
w:wat|interpreteren|0.21
w:wat|geruststellen|-0.99
w:wat|ondervragen|-1.89
w:wat|afleiden|1.06
w:wat|afronding-aankondigen|-1.0
w:wat|bedanken|-0.92
w:wc|ik-boodschap|-0.93
w:wc|gevoelsreflectie|-0.92
w:wc|adviseren|-0.92
w:we|ik-boodschap|0.13
w:we|jij-boodschap|-1.93
w:we|parafrase|-2.83
w:we|gevoelsreflectie|-1.89
w:we|samenvatting|2.87
w:we|aanmoediging|-0.97
w:we|bevelen|-1.96
w:we|waarschuwen|-1.74
w:we|adviseren|-3.67
w:we|argumenteren|-0.2
w:we|bekritiseren|-2.04
w:we|prijzen|1.04
w:we|geruststellen|-1.8
w:we|afronding-aankondigen|3.74
w:we|vervolgafspraak|3.85
w:we|bedanken|-2.7
w:website|adviseren|0.9
w:website|argumenteren|-1.79
w:website|afleiden|-0.9
w:week|ik-boodschap|0.61
w:week|jij-boodschap|-0.9
w:week|parafrase|0.8
w:week|samenvatting|0.93
w:week|open-vraag|-0.87
w:week|bevelen|-0.97
w:week|waarschuwen|0.96
w:week|adviseren|-0.97
w:week|argumenteren|-0.84
w:week|etiketteren|-1.0
w:week|interpreteren|-2.67
w:week|ondervragen|0.85
w:week|afronding-aankondigen|0.86
w:week|vervolgafspraak|0.92
w:week|bedanken|0.92
w:weekend|ik-boodschap|0.93
w:weekend|jij-boodschap|-0.98
w:weekend|vervolgafspraak|-0.79
w:weekopening|vervolgafspraak|-0.91
w:weekplanner|adviseren|1.0
w:weekplanner|etiketteren|-1.0
w:weekplanner|geruststellen|1.0
w:weekplanning|samenvatting|-0.99
w:weer|ik-boodschap|-1.7
w:weer|parafrase|-0.92
w:weer|gevoelsreflectie|-0.99
w:weer|open-vraag|1.96
w:weer|bevelen|-1.05
w:weer|waarschuwen|2.8
w:weer|moraliseren|-2.88
w:weer|adviseren|-0.83
w:weer|argumenteren|-0.82
w:weer|bekritiseren|0.8
w:weer|etiketteren|0.92
w:weer|geruststellen|1.89
w:weer|afleiden|0.73
w:weer|afronding-aankondigen|-0.96
w:weer|vervolgafspraak|1.01
w:weer|bedanken|-1.5
w:weerbaarheidstraining|gevoelsreflectie|-0.87
w:weet|ik-boodschap|1.64
w:weet|jij-boodschap|0.95
w:weet|parafrase|-1.9
w:weet|gevoelsreflectie|-0.95
w:weet|samenvatting|1.95
w:weet|open-vraag|-0.87
w:weet|moraliseren|1.18
w:weet|adviseren|-1.75
w:weet|argumenteren|-0.87
w:weet|bekritiseren|1.21
w:weet|prijzen|0.98
w:weet|etiketteren|1.0
w:weet|geruststellen|-0.55
w:weet|afronding-aankondigen|-0.94
w:weg|jij-boodschap|1.0
w:weg|bevelen|0.89
w:weg|adviseren|-0.95
w:weg|afronding-aankondigen|-0.94
w:wegkomt|waarschuwen|0.96
w:wegkomt|bekritiseren|0.97
w:wegloopt|bevelen|0.9
w:wegstopt|ik-boodschap|-0.7
w:wegstopt|waarschuwen|0.91
w:wegzakt|ik-boodschap|0.97
w:wegzakt|adviseren|0.83
w:wegzetten|adviseren|1.0
w:wegzetten|bekritiseren|0.78
w:weinig|ik-boodschap|0.97
w:weinig|parafrase|0.97
w:weinig|gevoelsreflectie|-0.99
w:weinig|samenvatting|0.99
w:weinig|adviseren|0.83
w:weinig|argumenteren|-0.96
w:weinig|interpreteren|0.98
w:wekelijks|parafrase|-0.91
w:weken|parafrase|0.85
w:weken|gevoelsreflectie|-1.0
w:weken|samenvatting|0.91
w:weken|open-vraag|0.97
w:weken|waarschuwen|-0.9
w:weken|moraliseren|-1.98
w:weken|adviseren|0.93
w:weken|argumenteren|1.84
w:weken|bekritiseren|-0.99
w:weken|prijzen|-1.0
w:weken|interpreteren|-0.99
w:weken|geruststellen|0.88
w:weken|afleiden|0.99
w:weken|afronding-aankondigen|-2.7
w:weken|vervolgafspraak|4.67
w:weken|bedanken|0.25
w:wekker|adviseren|0.78
w:wel|ik-boodschap|-0.91
w:wel|jij-boodschap|-1.23
w:wel|parafrase|1.05
w:wel|gevoelsreflectie|-2.93
w:wel|samenvatting|-0.76
w:wel|open-vraag|-0.98
w:wel|bevelen|-2.9
w:wel|waarschuwen|-1.71
w:wel|adviseren|-1.64
w:wel|argumenteren|-1.02
w:wel|bekritiseren|-2.08
w:wel|prijzen|1.17
w:wel|etiketteren|-0.98
w:wel|interpreteren|-1.65
w:wel|geruststellen|1.36
w:wel|ondervragen|-1.0
w:wel|afleiden|0.23
w:wel|afronding-aankondigen|0.96
w:wel|vervolgafspraak|-1.0
w:wel|bedanken|1.91
w:weleens|open-vraag|-0.95
w:weleens|argumenteren|-0.9
w:weleens|afleiden|0.95
w:welk|open-vraag|-2.95
w:welk|ondervragen|-1.0
w:welke|gevoelsreflectie|-0.99
w:welke|samenvatting|-1.0
w:welke|open-vraag|0.94
w:welke|bevelen|-1.0
w:welke|ondervragen|-0.93
w:welkom|jij-boodschap|-1.0
w:welkom|aanmoediging|-1.0
w:wens|samenvatting|0.91
w:werd|ik-boodschap|-0.61
w:werd|gevoelsreflectie|-0.98
w:wereld|afleiden|0.9
w:werk|samenvatting|-0.98
w:werk|bevelen|-0.96
w:werk|moraliseren|1.93
w:werk|argumenteren|-1.93
w:werk|geruststellen|-0.75
w:werk|afleiden|-0.97
w:werk|afronding-aankondigen|-0.95
w:werken|ik-boodschap|-0.42
w:werken|gevoelsreflectie|-0.99
w:werken|bevelen|-0.94
w:werken|bekritiseren|-1.0
w:werken|bedanken|-0.92
w:werkstuk|bevelen|0.94
w:werkstuk|bekritiseren|-0.95
w:werkstuk|interpreteren|-0.99
w:werkt|bevelen|-0.9
w:werkt|adviseren|0.96
w:werkt|argumenteren|0.91
w:werkweek|ik-boodschap|-0.91
w:werkweek|parafrase|0.91
w:werkweek|bekritiseren|-0.94
w:wessel|vervolgafspraak|-0.95
w:wet|ik-boodschap|-0.99
w:wet|argumenteren|0.87
w:weten|jij-boodschap|-0.91
w:weten|samenvatting|-0.74
w:weten|waarschuwen|-1.91
w:weten|moraliseren|2.85
w:weten|adviseren|-1.0
w:weten|argumenteren|-1.0
w:weten|bekritiseren|-1.93
w:weten|prijzen|-1.0
w:weten|interpreteren|-1.0
w:weten|ondervragen|-1.05
w:weten|vervolgafspraak|0.91
w:weten|bedanken|-0.82
w:wie|ik-boodschap|-2.47
w:wie|parafrase|0.99
w:wie|open-vraag|-0.87
w:wie|moraliseren|0.96
w:wie|adviseren|-0.93
w:wie|argumenteren|1.86
w:wie|bekritiseren|-0.97
w:wie|prijzen|-1.0
w:wie|interpreteren|-1.2
w:wie|geruststellen|-1.41
w:wie|ondervragen|2.98
w:wie|afleiden|-2.84
w:wij|ik-boodschap|-0.99
w:wij|gevoelsreflectie|-0.99
w:wij|bevelen|-0.94
w:wij|argumenteren|0.87
w:wij|prijzen|0.99
w:wijkteam|adviseren|1.0
w:wijze|adviseren|-0.81
w:wil|ik-boodschap|-1.85
w:wil|parafrase|-0.14
w:wil|gevoelsreflectie|-1.86
w:wil|samenvatting|1.88
w:wil|open-vraag|0.95
w:wil|aanmoediging|-0.96
w:wil|waarschuwen|-1.76
w:wil|interpreteren|0.99
w:wil|geruststellen|-0.98
w:wil|afleiden|0.95
w:wil|afronding-aankondigen|2.86
w:wil|vervolgafspraak|-2.0
w:wilde|bedanken|0.98
w:willen|jij-boodschap|-0.96
w:willen|parafrase|-0.92
w:willen|samenvatting|0.91
w:willen|afronding-aankondigen|-0.89
w:wilt|parafrase|-0.66
w:wilt|gevoelsreflectie|-1.85
w:wilt|samenvatting|5.53
w:wilt|open-vraag|0.94
w:wilt|bevelen|-0.95
w:wilt|moraliseren|0.92
w:wilt|argumenteren|-0.99
w:wilt|bekritiseren|-0.42
w:wilt|interpreteren|0.99
w:wilt|ondervragen|-1.0
w:wilt|afronding-aankondigen|-1.0
w:wilt|vervolgafspraak|-0.61
w:wippen|waarschuwen|-0.99
w:wiskunde|jij-boodschap|-0.75
w:wiskunde|gevoelsreflectie|-0.92
w:wiskunde|bevelen|-0.9
w:wiskunde|waarschuwen|-0.96
w:wiskunde|moraliseren|-0.96
w:wiskunde|argumenteren|0.94
w:wiskunde|bekritiseren|-0.81
w:wiskunde|afleiden|-0.7
w:wiskunde|afronding-aankondigen|-1.0
w:wiskunde|vervolgafspraak|1.0
w:wisselen|samenvatting|0.91
w:wist|gevoelsreflectie|-0.91
w:wit|argumenteren|0.87
w:wit|afleiden|-0.95
w:woensdag|ik-boodschap|-0.99
w:woensdag|parafrase|-0.9
w:woensdag|gevoelsreflectie|-0.94
w:woensdag|samenvatting|0.85
w:woensdag|bekritiseren|-0.97
w:woensdag|prijzen|0.97
w:woensdag|vervolgafspraak|1.94
w:wonen|prijzen|-0.95
w:wonen|afleiden|-0.95
w:woord|ik-boodschap|1.56
w:woorden|parafrase|1.0
w:woorden|gevoelsreflectie|-0.91
w:woorden|samenvatting|-0.96
w:woorden|open-vraag|-0.99
w:woorden|geruststellen|-0.89
w:woordjes|ik-boodschap|0.93
w:woordjes|vervolgafspraak|0.93
w:word|ik-boodschap|0.97
w:word|gevoelsreflectie|-0.94
w:word|afronding-aankondigen|-0.94
w:worden|samenvatting|1.0
w:worden|moraliseren|0.92
w:worden|bekritiseren|-0.2
w:worden|interpreteren|0.98
w:worden|geruststellen|0.85
w:worden|vervolgafspraak|-0.82
w:worden|bedanken|-0.79
w:wordt|ik-boodschap|0.83
w:wordt|parafrase|1.0
w:wordt|gevoelsreflectie|0.93
w:wordt|samenvatting|-1.0
w:wordt|waarschuwen|2.04
w:wordt|adviseren|-1.0
w:wordt|prijzen|-1.93
w:wordt|bedanken|0.82
w:yilmaz|vervolgafspraak|-0.96
w:yusuf|gevoelsreflectie|-0.99
w:z'n|adviseren|-0.97
w:zag|ik-boodschap|-0.9
w:zag|gevoelsreflectie|-0.97
w:zak|interpreteren|-0.97
w:zakken|ik-boodschap|-0.46
w:zakken|samenvatting|0.96
w:zakken|open-vraag|0.87
w:zakt|ik-boodschap|0.94
w:zal|geruststellen|0.89
w:zal|vervolgafspraak|0.92
w:zal|bedanken|-0.66
w:zat|open-vraag|0.6
w:zat|ondervragen|0.9
w:zat|afleiden|-0.98
w:zaterdag|open-vraag|-2.61
w:zaterdag|afleiden|1.9
w:ze|ik-boodschap|1.82
w:ze|jij-boodschap|-0.7
w:ze|parafrase|0.27
w:ze|gevoelsreflectie|-0.85
w:ze|samenvatting|-0.48
w:ze|waarschuwen|-0.92
w:ze|moraliseren|-2.75
w:ze|adviseren|-1.08
w:ze|argumenteren|-0.38
w:ze|bekritiseren|-1.34
w:ze|prijzen|-0.82
w:ze|etiketteren|-1.0
w:ze|interpreteren|-0.17
w:ze|geruststellen|0.77
w:ze|ondervragen|-0.88
w:ze|afleiden|0.87
w:ze|afronding-aankondigen|-0.98
w:ze|vervolgafspraak|-1.9
w:zeg|ik-boodschap|-0.99
w:zeg|jij-boodschap|0.79
w:zeg|samenvatting|0.99
w:zeg|interpreteren|0.66
w:zeg|geruststellen|0.24
w:zeg|ondervragen|-0.99
w:zeggen|gevoelsreflectie|-1.0
w:zeggen|bekritiseren|-0.78
w:zeggen|interpreteren|-0.94
w:zeggen|geruststellen|-0.99
w:zegt|ik-boodschap|-1.91
w:zegt|jij-boodschap|-1.0
w:zegt|parafrase|1.23
w:zegt|gevoelsreflectie|-2.66
w:zegt|samenvatting|-2.8
w:zegt|open-vraag|-1.96
w:zegt|aanmoediging|0.7
w:zegt|waarschuwen|-1.0
w:zegt|adviseren|-1.0
w:zegt|argumenteren|0.66
w:zegt|bekritiseren|-1.0
w:zegt|prijzen|-1.93
w:zegt|etiketteren|-1.0
w:zegt|geruststellen|0.73
w:zegt|ondervragen|-1.0
w:zegt|afleiden|-1.0
w:zegt|afronding-aankondigen|-1.0
w:zegt|vervolgafspraak|-1.0
w:zegt|bedanken|-1.98
w:zei|jij-boodschap|-0.26
w:zei|gevoelsreflectie|0.94
w:zei|open-vraag|-1.0
w:zei|bevelen|-0.9
w:zeker|waarschuwen|-0.9
w:zeker|moraliseren|-1.0
w:zeker|prijzen|0.97
w:zeker|geruststellen|-0.43
w:zelf|ik-boodschap|0.68
w:zelf|jij-boodschap|2.76
w:zelf|gevoelsreflectie|-0.97
w:zelf|samenvatting|-0.83
w:zelf|open-vraag|0.97
w:zelf|bevelen|0.3
w:zelf|moraliseren|0.92
w:zelf|argumenteren|1.83
w:zelf|bekritiseren|2.74
w:zelf|prijzen|-0.97
w:zelf|interpreteren|1.89
w:zelf|ondervragen|-1.89
w:zelf|afronding-aankondigen|0.92
w:zelf|vervolgafspraak|-0.95
w:zelf|bedanken|0.99
w:zenuwachtig|ik-boodschap|-0.61
w:zenuwachtig|parafrase|-1.0
w:zenuwachtig|gevoelsreflectie|1.92
w:zenuwachtig|open-vraag|1.0
w:zenuwachtig|geruststellen|2.65
w:zenuwachtig|afronding-aankondigen|-0.97
w:zes|argumenteren|1.68
w:zes|etiketteren|-0.98
w:zes|afronding-aankondigen|-1.0
w:zes|vervolgafspraak|1.0
w:zes|bedanken|-0.66
w:zesde|afronding-aankondigen|0.89
w:zesde|vervolgafspraak|0.94
w:zestien|ik-boodschap|-0.99
w:zestien|argumenteren|0.87
w:zet|ik-boodschap|-1.85
w:zet|parafrase|-1.0
w:zet|gevoelsreflectie|-1.0
w:zet|samenvatting|0.2
w:zet|open-vraag|-1.0
w:zet|bevelen|1.0
w:zet|waarschuwen|-0.13
w:zet|adviseren|1.7
w:zetten|ik-boodschap|-1.0
w:zetten|argumenteren|-0.96
w:zetten|prijzen|-0.84
w:zetten|afronding-aankondigen|1.77
w:zetten|vervolgafspraak|-0.94
w:zeurpiet|jij-boodschap|1.0
w:zeurpiet|bekritiseren|-1.0
w:zeven|jij-boodschap|-0.37
w:zich|jij-boodschap|0.35
w:zich|parafrase|-3.77
w:zich|gevoelsreflectie|0.96
w:zich|samenvatting|1.92
w:zich|open-vraag|-1.17
w:zich|aanmoediging|-0.99
w:zich|waarschuwen|-1.0
w:zich|argumenteren|1.0
w:zich|bekritiseren|1.12
w:zich|prijzen|0.82
w:zich|interpreteren|1.05
w:zich|geruststellen|0.19
w:zich|afronding-aankondigen|1.0
w:zichtbaar|gevoelsreflectie|0.94
w:zichtbaar|open-vraag|0.8
w:zie|ik-boodschap|-0.4
w:zie|jij-boodschap|-0.7
w:zie|parafrase|-0.97
w:zie|gevoelsreflectie|1.04
w:zie|samenvatting|-0.96
w:zie|open-vraag|-1.02
w:zie|aanmoediging|-0.65
w:zie|adviseren|-0.91
w:zie|interpreteren|-0.99
w:zie|geruststellen|0.3
w:zie|afronding-aankondigen|0.89
w:zie|vervolgafspraak|1.88
w:zie|bedanken|1.18
w:ziek|jij-boodschap|-0.8
w:ziek|bevelen|0.95
w:ziek|moraliseren|0.93
w:ziek|adviseren|-1.91
w:ziek|bekritiseren|-0.99
w:ziek|ondervragen|-0.1
w:ziekmelding|ik-boodschap|0.98
w:ziekmelding|waarschuwen|-0.98
w:ziekmeldt|ik-boodschap|-0.64
w:ziekte|bedanken|0.96
w:zien|ik-boodschap|2.7
w:zien|parafrase|-0.93
w:zien|samenvatting|-0.89
w:zien|open-vraag|-0.87
w:zien|moraliseren|-0.92
w:zien|bekritiseren|-0.94
w:zien|interpreteren|0.26
w:zien|afleiden|0.98
w:zien|vervolgafspraak|1.0
w:ziet|parafrase|0.96
w:ziet|gevoelsreflectie|0.97
w:ziet|argumenteren|1.92
w:ziet|bekritiseren|-0.94
w:ziet|prijzen|1.81
w:ziet|interpreteren|-0.99
w:ziet|vervolgafspraak|-0.88
w:ziet|bedanken|-0.99
w:zij|jij-boodschap|0.9
w:zij|bekritiseren|-0.19
w:zij|interpreteren|0.99
w:zij|geruststellen|-0.5
w:zijn|ik-boodschap|-2.14
w:zijn|jij-boodschap|0.16
w:zijn|parafrase|-2.07
w:zijn|gevoelsreflectie|-0.93
w:zijn|samenvatting|2.14
w:zijn|open-vraag|-0.8
w:zijn|aanmoediging|-1.0
w:zijn|bevelen|-1.94
w:zijn|waarschuwen|0.41
w:zijn|moraliseren|1.9
w:zijn|adviseren|-0.96
w:zijn|argumenteren|-1.96
w:zijn|bekritiseren|-1.0
w:zijn|prijzen|-1.0
w:zijn|etiketteren|-0.94
w:zijn|interpreteren|-1.62
w:zijn|ondervragen|-1.0
w:zijn|afleiden|0.77
w:zijn|vervolgafspraak|0.9
w:zijn|bedanken|1.06
w:zin|jij-boodschap|1.65
w:zin|bekritiseren|1.15
w:zin|interpreteren|-0.9
w:zinnen|etiketteren|-0.91
w:zit|ik-boodschap|1.09
w:zit|jij-boodschap|0.61
w:zit|parafrase|0.17
w:zit|gevoelsreflectie|-0.96
w:zit|samenvatting|-1.67
w:zit|open-vraag|0.72
w:zit|aanmoediging|-0.95
w:zit|bevelen|0.97
w:zit|argumenteren|-1.05
w:zit|bekritiseren|-0.92
w:zit|prijzen|-1.8
w:zit|etiketteren|-1.94
w:zit|interpreteren|1.4
w:zit|geruststellen|-1.58
w:zit|ondervragen|-0.99
w:zit|afleiden|-1.0
w:zit|vervolgafspraak|1.0
w:zitten|ik-boodschap|-0.93
w:zitten|jij-boodschap|0.11
w:zitten|parafrase|-0.99
w:zitten|gevoelsreflectie|-0.9
w:zitten|samenvatting|-0.78
w:zitten|open-vraag|-1.96
w:zitten|aanmoediging|-0.96
w:zitten|bevelen|3.51
w:zitten|waarschuwen|1.81
w:zitten|argumenteren|-1.0
w:zitten|bekritiseren|-0.97
w:zitten|etiketteren|-1.0
w:zitten|geruststellen|-1.17
w:zitten|ondervragen|-0.95
w:zitten|vervolgafspraak|-0.9
w:zitten|bedanken|-0.95
w:zo|ik-boodschap|0.91
w:zo|jij-boodschap|-1.17
w:zo|parafrase|-2.0
w:zo|gevoelsreflectie|-1.95
w:zo|open-vraag|0.97
w:zo|bevelen|-3.83
w:zo|waarschuwen|-0.67
w:zo|adviseren|-1.81
w:zo|argumenteren|-2.32
w:zo|bekritiseren|-0.92
w:zo|interpreteren|0.59
w:zo|geruststellen|-1.98
w:zo|ondervragen|-0.97
w:zo|afleiden|0.89
w:zo|vervolgafspraak|-1.83
w:zo'n|jij-boodschap|-1.14
w:zo'n|open-vraag|0.94
w:zo'n|bevelen|-0.96
w:zo'n|moraliseren|-0.94
w:zo'n|prijzen|4.37
w:zo'n|etiketteren|0.99
w:zo'n|geruststellen|-0.44
w:zoals|moraliseren|0.92
w:zoekt|interpreteren|0.71
w:zomaar|moraliseren|0.96
w:zomaar|argumenteren|-0.96
w:zomer|parafrase|-0.81
w:zomer|samenvatting|-0.96
w:zomer|open-vraag|-0.98
w:zomer|afleiden|0.98
w:zomervakantie|parafrase|0.96
w:zomervakantie|argumenteren|-0.96
w:zon|gevoelsreflectie|0.98
w:zondag|adviseren|0.95
w:zondag|bekritiseren|-0.78
w:zondag|bedanken|-0.91
w:zonde|ik-boodschap|0.81
w:zonde|vervolgafspraak|1.0
w:zonder|ik-boodschap|1.92
w:zonder|open-vraag|0.35
w:zonder|aanmoediging|-1.0
w:zonder|argumenteren|0.95
w:zonder|bekritiseren|0.9
w:zonder|interpreteren|-0.69
w:zonder|geruststellen|-1.0
w:zonder|ondervragen|-1.0
w:zoon|jij-boodschap|0.98
w:zoon|argumenteren|-0.96
w:zoon|prijzen|0.65
w:zoon|afleiden|-0.99
w:zorg|jij-boodschap|-0.97
w:zorg|samenvatting|-0.79
w:zorg|bevelen|-0.9
w:zorg|vervolgafspraak|0.99
w:zorgcoordinator|afronding-aankondigen|0.8
w:zorgcoordinator|vervolgafspraak|0.94
w:zorgcoördinator|samenvatting|0.9
w:zorgcoördinator|waarschuwen|-0.9
w:zorgcoördinator|adviseren|-0.93
w:zorgcoördinator|argumenteren|-0.71
w:zorgcoördinator|etiketteren|-0.93
w:zorgcoördinator|afronding-aankondigen|0.94
w:zorgcoördinator|vervolgafspraak|1.74
w:zorgelijk|gevoelsreflectie|0.91
w:zorgen|ik-boodschap|1.76
w:zorgen|parafrase|-1.0
w:zorgen|gevoelsreflectie|-1.0
w:zorgen|samenvatting|-0.96
w:zorgen|open-vraag|-0.17
w:zorgen|aanmoediging|-1.0
w:zorgen|waarschuwen|-0.96
w:zorgen|argumenteren|-0.96
w:zorgen|bekritiseren|-0.95
w:zorgen|etiketteren|-1.0
w:zorgen|geruststellen|-0.67
w:zorgen|ondervragen|-1.0
w:zorgen|vervolgafspraak|-1.0
w:zorgpunten|argumenteren|-0.82
w:zorgt|jij-boodschap|0.32
w:zorgt|bevelen|0.99
w:zorgteam|afronding-aankondigen|-0.76
w:zorgvuldig|bekritiseren|-0.96
w:zou|ik-boodschap|-1.0
w:zou|jij-boodschap|-0.96
w:zou|parafrase|0.12
w:zou|gevoelsreflectie|-0.94
w:zou|samenvatting|-0.99
w:zou|open-vraag|0.92
w:zou|waarschuwen|-1.0
w:zou|moraliseren|0.93
w:zou|adviseren|3.94
w:zou|argumenteren|-1.0
w:zou|bekritiseren|-0.18
w:zou|prijzen|-0.92
w:zou|ondervragen|-1.0
w:zouden|gevoelsreflectie|-0.99
w:zoveel|interpreteren|1.68
w:zoë|ik-boodschap|1.73
w:zoë|gevoelsreflectie|0.99
w:zoë|interpreteren|0.99
w:zoë|vervolgafspraak|0.98
w:zulke|bekritiseren|-0.99
w:zulke|prijzen|0.99
w:zulke|geruststellen|-0.84
w:zulke|afleiden|0.92
w:zullen|ik-boodschap|0.93
w:zullen|samenvatting|-0.99
w:zullen|open-vraag|-1.0
w:zullen|moraliseren|-1.0
w:zullen|adviseren|-1.85
w:zullen|afleiden|1.92
w:zullen|vervolgafspraak|1.72
w:zullen|bedanken|-0.29
w:zus|open-vraag|-0.98
w:zus|ondervragen|-0.99
w:zusje|waarschuwen|-0.97
w:zwaar|ik-boodschap|0.61
w:zwaar|parafrase|0.77
w:zwaar|gevoelsreflectie|-0.94
w:zwaar|open-vraag|-0.99
w:zwaar|bevelen|-0.92
w:zwaar|moraliseren|-0.92
w:zwaar|bekritiseren|-0.88
w:zwaar|interpreteren|-0.7
w:zwaar|geruststellen|-0.92
w:zwaar|afleiden|1.63
w:zwart|argumenteren|0.87
w:zwart|afleiden|-0.95
w:één|ik-boodschap|-1.15
w:één|jij-boodschap|-0.6
w:één|bevelen|-0.97
w:één|waarschuwen|1.0
w:één|bekritiseren|-0.94
w:één|prijzen|-1.0
"""#
}
