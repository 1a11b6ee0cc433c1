// The EN 16931 semantic model, as far as the portal uses it: what the CII/UBL writers and readers, the
// Factur-X PDF and the business-rule validator share. Pure data; amounts and quantities are decimal strings
// ("8.00", "0.440000"), never floats. Business terms are named in the comments (BT-…, BG-…).

// BT-3 (UNTDID 1001): commercial invoice, credit note, prepayment invoice; and the works documents of a public works
// contract (issue 14): 875 partial construction invoice (monthly statement), 876 partial final construction invoice
// (projet de décompte final), 877 final construction invoice (décompte général et définitif).
export type EInvoiceTypeCode = "380" | "381" | "386" | "875" | "876" | "877";

/** BT-151 / BT-118: S standard, Z zero rated, E exempt, AE reverse charge, K intra-community, G export, O not subject. */
export type VatCategory = "S" | "Z" | "E" | "AE" | "K" | "G" | "O" | "L" | "M";

export type EPostalAddress = {
  line1?: string; // BT-35 / BT-50
  line2?: string; // BT-36 / BT-51
  line3?: string; // BT-162 / BT-163
  city?: string; // BT-37 / BT-52
  postCode?: string; // BT-38 / BT-53
  subdivision?: string; // BT-39 / BT-54
  countryCode: string; // BT-40 / BT-55, ISO 3166-1 alpha-2
};

export type EParty = {
  name: string; // BT-27 / BT-44
  tradingName?: string; // BT-28 / BT-45
  /** BT-30 / BT-47 legal registration id; SIRET with scheme "0009". */
  legalId?: { id: string; scheme?: string };
  /** BT-29 / BT-46 other identifiers (e.g. the portal's FRCHORUSSOCIETE). */
  ids?: { id: string; scheme?: string }[];
  vatId?: string; // BT-31 / BT-48
  address: EPostalAddress; // BG-5 / BG-8
  electronicAddress?: { id: string; scheme: string }; // BT-34 / BT-49
  contact?: { name?: string; phone?: string; email?: string }; // BG-6 / BG-9
  taxRegistrationId?: string; // BT-32 (seller only): tax registration identifier ("FC" scheme)
  additionalLegalInfo?: string; // BT-33 (seller only)
};

export type EAllowanceCharge = {
  charge: boolean; // false: allowance (BG-20/BG-27), true: charge (BG-21/BG-28)
  amount: string; // BT-92/99, BT-136/141
  baseAmount?: string;
  percentage?: string;
  reason?: string; // BT-97/104, BT-139/144
  reasonCode?: string;
  /** Document level only: the VAT of the allowance/charge (BT-95/102, BT-96/103). */
  vatCategory?: VatCategory;
  vatRate?: string;
};

export type EIdentifier = { id: string; scheme?: string };

export type ELine = {
  id: string; // BT-126
  note?: string; // BT-127
  quantity: string; // BT-129
  unitCode: string; // BT-130, UN/ECE Recommendation 20 (KGM, C62, HUR…)
  lineNet: string; // BT-131
  orderLineReference?: string; // BT-132
  allowances?: EAllowanceCharge[]; // BG-27 / BG-28
  netPrice: string; // BT-146
  grossPrice?: string; // BT-148
  priceBaseQuantity?: string; // BT-149
  vatCategory: VatCategory; // BT-151
  vatRate?: string; // BT-152, percent
  name: string; // BT-153
  description?: string; // BT-154
  sellerItemId?: string; // BT-155
  objectId?: EIdentifier; // BT-128
  buyerAccountingReference?: string; // BT-133
  period?: { start?: string; end?: string }; // BG-26: BT-134, BT-135
  priceDiscount?: string; // BT-147
  priceBaseQuantityUnit?: string; // BT-150
  buyerItemId?: string; // BT-156
  standardId?: EIdentifier; // BT-157 (scheme: ISO 6523 ICD)
  classifications?: { id: string; listId?: string; listVersion?: string }[]; // BT-158 (listId: UNTDID 7143)
  originCountry?: string; // BT-159
  attributes?: { name: string; value: string }[]; // BG-32: BT-160, BT-161
};

export type EVatBreakdown = {
  taxableAmount: string; // BT-116
  taxAmount: string; // BT-117
  category: VatCategory; // BT-118
  rate?: string; // BT-119, percent
  exemptionReason?: string; // BT-120
  exemptionReasonCode?: string; // BT-121 (VATEX-…)
};

export type ETotals = {
  lineNetTotal: string; // BT-106
  allowanceTotal?: string; // BT-107
  chargeTotal?: string; // BT-108
  taxExclusive: string; // BT-109
  taxTotal?: string; // BT-110 (in the invoice currency)
  taxInclusive: string; // BT-112
  prepaid?: string; // BT-113
  rounding?: string; // BT-114
  amountDue: string; // BT-115
  taxTotalInTaxCurrency?: string; // BT-111 (with BT-6)
  /** As read, when the file does not give exactly one: every VAT total whose currencyID is BT-5 (BR-CO-15 wants one). */
  taxTotalOccurrences?: string[];
  /**
   * UBL, as read, when the breakdown (BG-23) and BT-110 do not say it: every TaxTotal holding subtotals, with its own
   * TaxAmount and theirs (the CEN UBL artefact checks BR-CO-14 on each).
   */
  taxTotalsWithBreakdown?: { taxAmount?: string; subtotalTaxAmounts: string[] }[];
};

export type EAttachment = {
  id: string; // BT-122
  description?: string; // BT-123
  /** Embedded document (BT-125) with its MIME code and file name. */
  content?: { base64: string; mimeCode: string; fileName: string };
  uri?: string; // BT-124
};

export type EInvoice = {
  number: string; // BT-1
  issueDate: string; // BT-2, YYYY-MM-DD
  typeCode: EInvoiceTypeCode; // BT-3
  currency: string; // BT-5, ISO 4217
  taxCurrency?: string; // BT-6
  taxPointDate?: string; // BT-7
  vatPointDateCode?: "3" | "35" | "432"; // BT-8: invoice date (TVA sur les débits), delivery, paid to date (encaissements)
  dueDate?: string; // BT-9
  specificationId?: string; // BT-24, e.g. "urn:cen.eu:en16931:2017"
  businessProcess?: string; // BT-23
  salesOrderReference?: string; // BT-14
  receivingAdviceReference?: string; // BT-15
  despatchAdviceReference?: string; // BT-16
  tenderOrLotReference?: string; // BT-17
  invoicedObjectId?: EIdentifier; // BT-18
  buyerAccountingReference?: string; // BT-19
  noteDetails?: { subjectCode?: string; text: string }[]; // BG-1 with BT-21 (notes keeps the texts alone)
  taxRepresentative?: { name?: string; vatId?: string; address?: EPostalAddress }; // BG-11, BG-12
  delivery?: { name?: string; locationId?: EIdentifier; date?: string; address?: EPostalAddress }; // BG-13: BT-70..72, BG-15
  invoicingPeriod?: { start?: string; end?: string }; // BG-14: BT-73, BT-74
  buyerReference?: string; // BT-10: on the portal, the recipient's code service
  projectReference?: string; // BT-11
  contractReference?: string; // BT-12: N° du marché
  purchaseOrderReference?: string; // BT-13: numéro d'engagement
  notes?: string[]; // BT-22
  precedingInvoices?: { number: string; issueDate?: string }[]; // BG-3: the original invoice of a credit note
  seller: EParty; // BG-4
  buyer: EParty; // BG-7
  payee?: EParty; // BG-10: the factor
  payment?: {
    meansCode: string; // BT-81: 30/58 transfer, 20 cheque, 10 cash, 49/59 direct debit, 1 not defined
    meansText?: string; // BT-82
    remittanceInformation?: string; // BT-83
    accounts?: { iban: string; bic?: string; name?: string }[]; // BG-17: BT-84, BT-86, BT-85
    card?: { pan: string; holder?: string }; // BG-18: BT-87, BT-88
    directDebit?: { mandateReference?: string; creditorId?: string; debitedAccount?: string }; // BG-19: BT-89..91
    terms?: string; // BT-20
  };
  allowancesCharges?: EAllowanceCharge[]; // BG-20 / BG-21
  totals: ETotals; // BG-22
  vatBreakdown: EVatBreakdown[]; // BG-23
  lines: ELine[]; // BG-25
  attachments?: EAttachment[]; // BG-24
};

/**
 * What a reader gives of a file, before validation: any term may be missing and codes may be anything the file
 * says (the validator reports what is wrong, with its rule id). Same shape as EInvoice.
 */
export type ReadEInvoice = Loose<EInvoice>;
type Loose<T> = T extends string
  ? string
  : T extends boolean
    ? boolean
    : T extends readonly (infer U)[]
      ? Loose<U>[]
      : T extends object
        ? { [K in keyof T]?: Loose<T[K]> }
        : T;
