/** A realistic (invented) suspension notice for the demo case. */
export const DEMO_NOTICE = `差出人: Amazon.co.jp <seller-performance@amazon.co.jp>
件名: Amazon.co.jpでの出品用アカウントの停止について

出品者様

Amazon.co.jpにおけるお客様の出品用アカウントを停止いたしました。

この措置がとられた理由
お客様が出品している商品について、購入者様から真贋に関する苦情を受けております。

対象の商品：
ASIN：Ｂ０９ＡＢＣ１２３４
ＡＳＩＮ：Ｂ０９ＤＥＦ５６７８

アカウントを再開する方法
本通知から１７日以内に、アカウントヘルスページより改善計画書をご提出ください。
また、過去３６５日以内に発行された請求書または領収書を添付してください。

なお、お客様のアカウントの売上金は、最大９０日間保留される場合があります。

Amazon.co.jp アカウントスペシャリスト`;
