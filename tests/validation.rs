#![cfg(not(target_arch = "wasm32"))]
mod common;
use common::*;
use report_charts::validate;
#[test]
fn scratch() {
    let j = mutated(|v| {
        figure(v, "gdp")["value"] = "800".into();
    });
    println!("{:?}", validate::load("x", &j).err());
    let j = mutated(|v| {
        figure(v, "gdp")["change"]["value"] = "800".into();
    });
    println!("{:?}", validate::load("x", &j).err());
    let j = mutated(|v| {
        v["meta"]["year"] = "2024".into();
    });
    println!("{:?}", validate::load("x", &j).err());
    let j = mutated(|v| {
        v["charts"][2]["figures"] = "gdp".into();
    });
    println!("{:?}", validate::load("x", &j).err());
    let j = mutated(|v| {
        figure(v, "gdp")["label"]["zh"] = 5.into();
    });
    println!("{:?}", validate::load("x", &j).err());
    let j = data_text().replacen("\"year\": 2024,", "\"year\": 2024,,", 1);
    println!("{:?}", validate::load("x", &j).err());
    let j = data_text().replacen("\"value\": 800,", "\"value\": 800", 1);
    println!("{:?}", validate::load("x", &j).err());
}
