// The disagreements with the CEN artefacts left on the mutated invoices (seed 16931, 300 mutants), as
// "RULE side invoice": to be fixed, not to be added to. The oracle test fails on any disagreement not listed here
// and on any listed one that no longer happens (remove it then). The fixtures themselves have none.
// Left (issue 17): BR-CL-03 on CII amounts, totals missing in a CII
// summation, and single cases below.
export const KNOWN_DISAGREEMENTS: readonly string[] = [
  "BR-09 cen cii/CII_example6.xml~242:suppression+doublon",
  "BR-09 cen cii/CII_example6.xml~278:date+suppression",
  "BR-11 cen facturx/XMLinvalidV2PDF.pdf~143:doublon+suppression+date",
  "BR-12 ours facturx/Facture_F20180027.pdf~104:suppression+devise",
  "BR-12 ours facturx/MustangBeispiel20221026.pdf~285:devise+suppression+suppression",
  "BR-13 ours facturx/Facture_F20180027.pdf~104:suppression+devise",
  "BR-13 ours facturx/MustangBeispiel20221026.pdf~285:devise+suppression+suppression",
  "BR-14 ours facturx/Facture_F20180027.pdf~104:suppression+devise",
  "BR-14 ours facturx/MustangBeispiel20221026.pdf~285:devise+suppression+suppression",
  "BR-15 ours facturx/Facture_F20180027.pdf~104:suppression+devise",
  "BR-15 ours facturx/MustangBeispiel20221026.pdf~285:devise+suppression+suppression",
  "BR-30 cen cii/CII_example9.xml~173:suppression",
  "BR-49 cen cii/CII_business_example_01.xml~18:suppression+suppression+devise",
  "BR-50 cen cii/CII_example1.xml~57:suppression+doublon+code",
  "BR-50 cen cii/CII_example7.xml~27:suppression",
  "BR-53 cen cii/CII_example5.xml~241:code+devise+devise",
  "BR-53 ours facturx/Facture_F20180027.pdf~104:suppression+devise",
  "BR-61 cen cii/CII_example1.xml~57:suppression+doublon+code",
  "BR-61 cen cii/CII_example7.xml~27:suppression",
  "BR-CL-03 cen cii/CII_example9.xml~29:devise+code",
  "BR-CL-03 cen facturx/validAvoir_FR_type380_BASICWL.pdf~250:code+montant",
  "BR-CL-03 cen facturx/validAvoir_FR_type380_BASICWL.pdf~70:code",
  "BR-CL-18 cen facturx/MustangBeispiel20221026.pdf~249:doublon+date+code",
  "BR-CO-11 ours facturx/Facture_F20180027.pdf~104:suppression+devise",
  "BR-CO-12 ours facturx/Facture_F20180027.pdf~104:suppression+devise",
  "BR-CO-12 ours facturx/MustangBeispiel20221026.pdf~285:devise+suppression+suppression",
  "BR-CO-13 cen facturx/validAvoir_FR_type380_BASICWL.pdf~214:suppression+montant",
  "BR-CO-13 cen ubl/ubl-tc434-example3.xml~191:suppression+suppression+doublon",
  "BR-CO-16 cen cii/CII_example4.xml~60:doublon+suppression+date",
  "BR-CO-16 cen ubl/issue116.xml~185:doublon+suppression+suppression",
  "BR-O-01 ours cii/CII_example7.xml~279:date+code+date",
];
